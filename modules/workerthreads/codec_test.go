package workerthreads

import (
	"encoding/hex"
	"testing"

	"github.com/dop251/goja"
)

// nodeBytes are what node 20's v8.Serializer writes for each value: the
// fast codec must write the same bytes and read them back.
var nodeBytes = [][2]string{
	{"undefined", "ff0f5f"},
	{"null", "ff0f30"},
	{"true", "ff0f54"},
	{"false", "ff0f46"},
	{"0", "ff0f4900"},
	{"-1", "ff0f4901"},
	{"2147483647", "ff0f49feffffff0f"},
	{"-2147483648", "ff0f49ffffffff0f"},
	{"2147483648", "ff0f4e000000000000e041"},
	{"1.5", "ff0f4e000000000000f83f"},
	{"-0", "ff0f4e0000000000000080"},
	{"NaN", "ff0f4e000000000000f87f"},
	{"Infinity", "ff0f4e000000000000f07f"},
	{"'hello'", "ff0f220568656c6c6f"},
	{"'ünï'", "ff0f2203fc6eef"},
	{"'✓ok'", "ff0f630613276f006b00"},
	{"'a\\ud800b'", "ff0f6306610000d86200"},
	{"[]", "ff0f4100240000"},
	{"[1, 'x', [null]]", "ff0f41034902220178410130240001240003"},
	{"({})", "ff0f6f7b00"},
	{"({ a: 1, b: { c: [true] } })", "ff0f6f22016149022201626f2201634101542400017b017b02"},
	{"(() => { const o = { n: 1 }; return { x: o, y: o }; })()", "ff0f6f2201786f22016e49027b012201795e017b02"},
	{"(() => { const o = { n: 1 }; o.self = o; return o; })()", "ff0f6f22016e4902220473656c665e007b02"},
	{"({ 1: 'one', z: 2 })", "ff0f6f490222036f6e6522017a49047b02"},
	{"({ '✓': 1 })", "ff0f6f006302132749027b01"},
	{"['ab✓', 'c']", "ff0f41026306610062001327220163240002"},
}

func TestFastCodecMatchesNode(t *testing.T) {
	vm := goja.New()
	proto := vm.Get("Object").ToObject(vm).Get("prototype").ToObject(vm)
	for _, c := range nodeBytes {
		v, err := vm.RunString(c[0])
		if err != nil {
			t.Fatal(err)
		}
		out, ok := fastEncode(vm, proto, v)
		if !ok || hex.EncodeToString(out) != c[1] {
			t.Errorf("%s: encoded %x (ok %v), node %s", c[0], out, ok, c[1])
			continue
		}
		raw, _ := hex.DecodeString(c[1])
		back, ok := fastDecode(vm, raw)
		if !ok {
			t.Errorf("%s: not decoded", c[0])
			continue
		}
		again, ok := fastEncode(vm, proto, back)
		if !ok || hex.EncodeToString(again) != c[1] {
			t.Errorf("%s: round trip gave %x", c[0], again)
		}
	}
}

// TestFastCodecFallsBack checks that values outside the fast subset are
// left to the JS serializer rather than mangled.
func TestFastCodecFallsBack(t *testing.T) {
	vm := goja.New()
	proto := vm.Get("Object").ToObject(vm).Get("prototype").ToObject(vm)
	for _, src := range []string{
		"new Map()", "new Set([1])", "new WeakMap()", "new Date(0)", "/x/", "1n", "Symbol('s')",
		"new Uint8Array(2)", "new ArrayBuffer(1)", "new DataView(new ArrayBuffer(1))",
		"new Error('x')", "new Proxy({}, {})", "() => 1", "[1, , 3]", "new (class A {})",
		"({ a: new Map() })", "Object.assign([1], { x: 1 })", "new Number(1)",
	} {
		v, err := vm.RunString(src)
		if err != nil {
			t.Fatal(err)
		}
		if out, ok := fastEncode(vm, proto, v); ok {
			t.Errorf("%s: encoded as %x; the JS serializer should", src, out)
		}
	}
	// Tags outside the subset (a Map here) are left to the JS side too.
	if _, ok := fastDecode(vm, []byte{0xFF, 0x0F, 0x3B, 0x3A, 0x00}); ok {
		t.Error("decoded a Map")
	}
	if _, ok := fastDecode(vm, []byte{0xFF, 0x0F, 0x6F}); ok {
		t.Error("decoded a truncated object")
	}
}
