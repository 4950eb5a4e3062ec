package wasm

import (
	"bytes"
	"testing"
)

func TestParseModule(t *testing.T) {
	t.Parallel()
	// (import "env" "f" (func)) (import "" "m" (memory 1 2)) (export "f" (func 0))
	// and a custom section "c" holding 1 2.
	w := newModuleWriter()
	w.section(1, func(s *writer) { s.u32(1); s.b = append(s.b, 0x60, 0, 0) })
	w.section(2, func(s *writer) {
		s.u32(2)
		s.name("env")
		s.name("f")
		s.b = append(s.b, kindFunc, 0)
		s.name("")
		s.name("m")
		s.b = append(s.b, kindMemory)
		s.limits(limits{min: 1, max: 2, hasMax: true})
	})
	w.section(7, func(s *writer) { s.u32(1); s.name("f"); s.b = append(s.b, kindFunc, 0) })
	w.section(0, func(s *writer) { s.name("c"); s.b = append(s.b, 1, 2) })
	info, err := parseModule(w.b)
	if err != nil {
		t.Fatal(err)
	}
	if len(info.imports) != 2 || info.imports[0].module != "env" || info.imports[1].lim.max != 2 || info.imports[1].kind != kindMemory {
		t.Errorf("imports %+v", info.imports)
	}
	if len(info.exports) != 1 || info.exports[0].name != "f" {
		t.Errorf("exports %+v", info.exports)
	}
	if len(info.custom) != 1 || info.custom[0].name != "c" || !bytes.Equal(info.custom[0].data, []byte{1, 2}) {
		t.Errorf("custom %+v", info.custom)
	}

	// wazero gets no custom section and a named empty module.
	fixed := forWazero(w.b)
	again, err := parseModule(fixed)
	if err != nil {
		t.Fatal(err)
	}
	if len(again.custom) != 0 || again.imports[1].module != emptyModuleName || again.imports[0].module != "env" {
		t.Errorf("forWazero gave %+v", again)
	}
	if plain := newModuleWriter().b; &forWazero(plain)[0] != &plain[0] {
		t.Error("forWazero copied a module it had nothing to change in")
	}
}

func TestHeaderError(t *testing.T) {
	t.Parallel()
	for _, c := range []struct {
		in   []byte
		want string
	}{
		{nil, "BufferSource argument is empty"},
		{[]byte{0, 1, 2}, "expected 4 bytes, fell off end @+0"},
		{[]byte{1, 2, 3, 4}, "expected magic word 00 61 73 6d, found 01 02 03 04 @+0"},
		{[]byte{0, 'a', 's', 'm', 1}, "expected 4 bytes, fell off end @+4"},
		{[]byte{0, 'a', 's', 'm', 2, 0, 0, 0}, "expected version 01 00 00 00, found 02 00 00 00 @+4"},
		{[]byte{0, 'a', 's', 'm', 1, 0, 0, 0}, ""},
	} {
		if got := headerError(c.in); got != c.want {
			t.Errorf("headerError(% x) = %q, want %q", c.in, got, c.want)
		}
	}
}

func TestLEB(t *testing.T) {
	t.Parallel()
	for _, v := range []uint32{0, 1, 127, 128, 16384, 1<<32 - 1} {
		var w writer
		w.u32(v)
		got, err := (&reader{b: w.b}).u32()
		if err != nil || got != v {
			t.Errorf("u32 %d round trip: %d, %v", v, got, err)
		}
	}
	var w writer
	w.s64(-1)
	w.s64(64)
	if !bytes.Equal(w.b, []byte{0x7f, 0xc0, 0x00}) {
		t.Errorf("s64 wrote % x", w.b)
	}
}
