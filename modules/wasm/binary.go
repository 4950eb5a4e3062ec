package wasm

import (
	"errors"
	"math"
	"strconv"
)

// The parts of the wasm binary format that the JS API reports
// (Module.imports/exports/customSections) and that linking needs (the
// import descriptors) are read here; wazero validates and compiles the
// rest. https://webassembly.github.io/spec/core/binary/modules.html

// Extern kinds as the binary encodes them.
const (
	kindFunc   = 0
	kindTable  = 1
	kindMemory = 2
	kindGlobal = 3
	kindTag    = 4
)

var kindNames = [...]string{"function", "table", "memory", "global", "tag"}

// Value types as the binary encodes them.
const (
	typeI32       = 0x7f
	typeI64       = 0x7e
	typeF32       = 0x7d
	typeF64       = 0x7c
	typeV128      = 0x7b
	typeFuncref   = 0x70
	typeExternref = 0x6f
)

type funcType struct {
	params, results []byte
}

type limits struct {
	min    uint32
	max    uint32
	hasMax bool
	shared bool
}

type globalType struct {
	val     byte
	mutable bool
}

// importDesc is one import with what the binary declares for it.
type importDesc struct {
	module, name string
	kind         byte
	fn           funcType   // kindFunc
	table        byte       // kindTable: element type
	lim          limits     // kindTable, kindMemory
	global       globalType // kindGlobal
}

type exportDesc struct {
	name  string
	kind  byte
	index uint32
}

type customSection struct {
	name string
	data []byte
}

// moduleInfo is what parseModule reads from a binary that wazero has
// already validated.
type moduleInfo struct {
	types   []funcType
	imports []importDesc
	exports []exportDesc
	custom  []customSection
	// tables are the element types of the table index space.
	tables []byte
}

var errTruncated = errors.New("unexpected end")

type reader struct {
	b   []byte
	pos int
}

func (r *reader) byte() (byte, error) {
	if r.pos >= len(r.b) {
		return 0, errTruncated
	}
	c := r.b[r.pos]
	r.pos++
	return c, nil
}

func (r *reader) u32() (uint32, error) {
	var v uint64
	for shift := 0; shift < 35; shift += 7 {
		c, err := r.byte()
		if err != nil {
			return 0, err
		}
		v |= uint64(c&0x7f) << shift
		if c&0x80 == 0 {
			if v > math.MaxUint32 {
				return 0, errors.New("integer too large")
			}
			return uint32(v), nil
		}
	}
	return 0, errors.New("integer representation too long")
}

func (r *reader) bytes(n uint32) ([]byte, error) {
	if uint64(r.pos)+uint64(n) > uint64(len(r.b)) {
		return nil, errTruncated
	}
	s := r.b[r.pos : r.pos+int(n)]
	r.pos += int(n)
	return s, nil
}

func (r *reader) name() (string, error) {
	n, err := r.u32()
	if err != nil {
		return "", err
	}
	s, err := r.bytes(n)
	return string(s), err
}

func (r *reader) valTypes() ([]byte, error) {
	n, err := r.u32()
	if err != nil {
		return nil, err
	}
	s, err := r.bytes(n)
	return append([]byte(nil), s...), err
}

func (r *reader) limits() (limits, error) {
	var l limits
	flag, err := r.byte()
	if err != nil {
		return l, err
	}
	if l.min, err = r.u32(); err != nil {
		return l, err
	}
	l.shared = flag&2 != 0
	if flag&1 != 0 {
		l.hasMax = true
		l.max, err = r.u32()
	}
	return l, err
}

// parseModule reads the type, import, export and custom sections of b.
func parseModule(b []byte) (*moduleInfo, error) {
	if len(b) < 8 {
		return nil, errTruncated
	}
	r := &reader{b: b, pos: 8}
	info := &moduleInfo{}
	for r.pos < len(b) {
		id, err := r.byte()
		if err != nil {
			return nil, err
		}
		size, err := r.u32()
		if err != nil {
			return nil, err
		}
		body, err := r.bytes(size)
		if err != nil {
			return nil, err
		}
		s := &reader{b: body}
		switch id {
		case 0:
			name, err := s.name()
			if err != nil {
				return nil, err
			}
			info.custom = append(info.custom, customSection{name: name, data: body[s.pos:]})
		case 1:
			err = info.parseTypes(s)
		case 2:
			err = info.parseImports(s)
		case 4:
			err = info.parseTables(s)
		case 7:
			err = info.parseExports(s)
		}
		if err != nil {
			return nil, err
		}
	}
	return info, nil
}

func (info *moduleInfo) parseTypes(s *reader) error {
	n, err := s.u32()
	if err != nil {
		return err
	}
	for i := uint32(0); i < n; i++ {
		form, err := s.byte()
		if err != nil {
			return err
		}
		if form != 0x60 {
			// Types of the GC proposal, which wazero rejects anyway.
			return errors.New("unsupported type form")
		}
		var ft funcType
		if ft.params, err = s.valTypes(); err != nil {
			return err
		}
		if ft.results, err = s.valTypes(); err != nil {
			return err
		}
		info.types = append(info.types, ft)
	}
	return nil
}

func (info *moduleInfo) parseImports(s *reader) error {
	n, err := s.u32()
	if err != nil {
		return err
	}
	for i := uint32(0); i < n; i++ {
		var d importDesc
		if d.module, err = s.name(); err != nil {
			return err
		}
		if d.name, err = s.name(); err != nil {
			return err
		}
		if d.kind, err = s.byte(); err != nil {
			return err
		}
		switch d.kind {
		case kindFunc:
			idx, err := s.u32()
			if err != nil {
				return err
			}
			if int(idx) >= len(info.types) {
				return errors.New("type index out of range")
			}
			d.fn = info.types[idx]
		case kindTable:
			if d.table, err = s.byte(); err != nil {
				return err
			}
			if d.lim, err = s.limits(); err != nil {
				return err
			}
			info.tables = append(info.tables, d.table)
		case kindMemory:
			if d.lim, err = s.limits(); err != nil {
				return err
			}
		case kindGlobal:
			if d.global.val, err = s.byte(); err != nil {
				return err
			}
			m, err := s.byte()
			if err != nil {
				return err
			}
			d.global.mutable = m == 1
		case kindTag:
			if _, err := s.byte(); err != nil {
				return err
			}
			if _, err := s.u32(); err != nil {
				return err
			}
		default:
			return errors.New("invalid import kind")
		}
		info.imports = append(info.imports, d)
	}
	return nil
}

func (info *moduleInfo) parseTables(s *reader) error {
	n, err := s.u32()
	if err != nil {
		return err
	}
	for i := uint32(0); i < n; i++ {
		elem, err := s.byte()
		if err != nil {
			return err
		}
		if _, err := s.limits(); err != nil {
			return err
		}
		info.tables = append(info.tables, elem)
	}
	return nil
}

func (info *moduleInfo) parseExports(s *reader) error {
	n, err := s.u32()
	if err != nil {
		return err
	}
	for i := uint32(0); i < n; i++ {
		var d exportDesc
		if d.name, err = s.name(); err != nil {
			return err
		}
		if d.kind, err = s.byte(); err != nil {
			return err
		}
		if d.index, err = s.u32(); err != nil {
			return err
		}
		info.exports = append(info.exports, d)
	}
	return nil
}

// writer assembles the small modules that stand behind JS-made memories,
// tables and globals and that link an instance's imports.
type writer struct{ b []byte }

func (w *writer) u32(v uint32) {
	for {
		c := byte(v & 0x7f)
		v >>= 7
		if v != 0 {
			w.b = append(w.b, c|0x80)
			continue
		}
		w.b = append(w.b, c)
		return
	}
}

func (w *writer) s64(v int64) {
	for {
		c := byte(v & 0x7f)
		v >>= 7
		if (v == 0 && c&0x40 == 0) || (v == -1 && c&0x40 != 0) {
			w.b = append(w.b, c)
			return
		}
		w.b = append(w.b, c|0x80)
	}
}

func (w *writer) name(s string) {
	w.u32(uint32(len(s)))
	w.b = append(w.b, s...)
}

func (w *writer) limits(l limits) {
	flag := byte(0)
	if l.hasMax {
		flag |= 1
	}
	if l.shared {
		flag |= 2
	}
	w.b = append(w.b, flag)
	w.u32(l.min)
	if l.hasMax {
		w.u32(l.max)
	}
}

// section appends section id with the body that fill writes.
func (w *writer) section(id byte, fill func(*writer)) {
	var body writer
	fill(&body)
	w.b = append(w.b, id)
	w.u32(uint32(len(body.b)))
	w.b = append(w.b, body.b...)
}

func newModuleWriter() *writer {
	return &writer{b: []byte{0, 'a', 's', 'm', 1, 0, 0, 0}}
}

// holderMemory is a module that defines one memory, exported as "m".
func holderMemory(l limits) []byte {
	w := newModuleWriter()
	w.section(5, func(s *writer) { s.u32(1); s.limits(l) })
	w.section(7, func(s *writer) { s.u32(1); s.name("m"); s.b = append(s.b, kindMemory); s.u32(0) })
	return w.b
}

// holderTable is a module that defines one table (or imports it as
// "s0".from when imported), exported as "t", with helpers to read and
// change it from the host (the wazero API has none): get(i), set(i, v),
// grow(n, v) and size().
func holderTable(elem byte, l limits, imported bool, from string) []byte {
	w := newModuleWriter()
	w.section(1, func(s *writer) {
		s.u32(4)
		s.b = append(s.b, 0x60, 1, typeI32, 1, elem)          // get
		s.b = append(s.b, 0x60, 2, typeI32, elem, 0)          // set
		s.b = append(s.b, 0x60, 2, typeI32, elem, 1, typeI32) // grow
		s.b = append(s.b, 0x60, 0, 1, typeI32)                // size
	})
	if imported {
		w.section(2, func(s *writer) {
			s.u32(1)
			s.name("s0")
			s.name(from)
			s.b = append(s.b, kindTable, elem)
			s.limits(limits{})
		})
	}
	w.section(3, func(s *writer) { s.u32(4); s.b = append(s.b, 0, 1, 2, 3) })
	if !imported {
		w.section(4, func(s *writer) { s.u32(1); s.b = append(s.b, elem); s.limits(l) })
	}
	w.section(7, func(s *writer) {
		s.u32(5)
		s.name("t")
		s.b = append(s.b, kindTable, 0)
		for i, n := range []string{"get", "set", "grow", "size"} {
			s.name(n)
			s.b = append(s.b, kindFunc, byte(i))
		}
	})
	w.section(10, func(s *writer) {
		s.u32(4)
		fn := func(body ...byte) {
			s.u32(uint32(len(body) + 1))
			s.b = append(s.b, 0) // no locals
			s.b = append(s.b, body...)
		}
		fn(0x20, 0, 0x25, 0, 0x0b)              // local.get 0; table.get 0
		fn(0x20, 0, 0x20, 1, 0x26, 0, 0x0b)     // table.set 0
		fn(0x20, 1, 0x20, 0, 0xfc, 15, 0, 0x0b) // table.grow 0 (init, n)
		fn(0xfc, 16, 0, 0x0b)                   // table.size 0
	})
	return w.b
}

// holderGlobal is a module that defines one global, exported as "g", set
// to bits (the value's wazero encoding; a reference global starts null).
func holderGlobal(t globalType, bits uint64) []byte {
	w := newModuleWriter()
	w.section(6, func(s *writer) {
		s.u32(1)
		mut := byte(0)
		if t.mutable {
			mut = 1
		}
		s.b = append(s.b, t.val, mut)
		switch t.val {
		case typeI32:
			s.b = append(s.b, 0x41)
			s.s64(int64(int32(uint32(bits))))
		case typeI64:
			s.b = append(s.b, 0x42)
			s.s64(int64(bits))
		case typeF32:
			s.b = append(s.b, 0x43, byte(bits), byte(bits>>8), byte(bits>>16), byte(bits>>24))
		case typeF64:
			s.b = append(s.b, 0x44)
			for i := 0; i < 8; i++ {
				s.b = append(s.b, byte(bits>>(8*i)))
			}
		default:
			s.b = append(s.b, 0xd0, t.val) // ref.null
		}
		s.b = append(s.b, 0x0b)
	})
	w.section(7, func(s *writer) { s.u32(1); s.name("g"); s.b = append(s.b, kindGlobal); s.u32(0) })
	return w.b
}

// linkEntry is one import of a link module: what the importing module
// asks for (want) and where it comes from (source module "s<src>", export
// from).
type linkEntry struct {
	want importDesc
	src  int
	from string
	// kinds of the source, which the link module must declare exactly.
	table  byte
	global globalType
}

// linkModule is a module that imports each entry from its source and
// re-exports it under the name the importing module asks for, so that
// one import module name ("env") resolves to one wazero module whatever
// the sources are.
func linkModule(entries []linkEntry) []byte {
	w := newModuleWriter()
	var funcs []funcType
	for _, e := range entries {
		if e.want.kind == kindFunc {
			funcs = append(funcs, e.want.fn)
		}
	}
	if len(funcs) > 0 {
		w.section(1, func(s *writer) {
			s.u32(uint32(len(funcs)))
			for _, ft := range funcs {
				s.b = append(s.b, 0x60)
				s.u32(uint32(len(ft.params)))
				s.b = append(s.b, ft.params...)
				s.u32(uint32(len(ft.results)))
				s.b = append(s.b, ft.results...)
			}
		})
	}
	var counts [5]uint32
	idx := make([]uint32, len(entries))
	w.section(2, func(s *writer) {
		s.u32(uint32(len(entries)))
		for i, e := range entries {
			s.name("s" + strconv.Itoa(e.src))
			s.name(e.from)
			s.b = append(s.b, e.want.kind)
			switch e.want.kind {
			case kindFunc:
				s.u32(counts[kindFunc])
			case kindTable:
				s.b = append(s.b, e.table)
				s.limits(limits{})
			case kindMemory:
				s.limits(limits{})
			case kindGlobal:
				mut := byte(0)
				if e.global.mutable {
					mut = 1
				}
				s.b = append(s.b, e.global.val, mut)
			}
			idx[i] = counts[e.want.kind]
			counts[e.want.kind]++
		}
	})
	w.section(7, func(s *writer) {
		s.u32(uint32(len(entries)))
		for i, e := range entries {
			s.name(e.want.name)
			s.b = append(s.b, e.want.kind)
			s.u32(idx[i])
		}
	})
	return w.b
}

// emptyModuleName stands for the import module name "", which the wasm
// spec allows and wazero rejects.
const emptyModuleName = "\x00gorun-empty"

// forWazero returns src as wazero should compile it: without custom
// sections (wazero rejects a malformed "name" section, which engines must
// ignore, and one with no payload; parseModule reads them for
// Module.customSections) and with empty import module names replaced by
// emptyModuleName. src itself is returned when nothing needs changing.
func forWazero(src []byte) []byte {
	if len(src) < 8 {
		return src
	}
	r := &reader{b: src, pos: 8}
	var out []byte
	changed := false
	for r.pos < len(src) {
		start := r.pos
		id, err := r.byte()
		if err != nil {
			return src
		}
		size, err := r.u32()
		if err != nil {
			return src
		}
		body, err := r.bytes(size)
		if err != nil {
			return src
		}
		switch {
		case id == 0:
			changed = true
			continue
		case id == 2:
			if fixed, ok := renameEmptyModules(body); ok {
				changed = true
				w := &writer{b: out}
				w.b = append(w.b, 2)
				w.u32(uint32(len(fixed)))
				w.b = append(w.b, fixed...)
				out = w.b
				continue
			}
		}
		out = append(out, src[start:r.pos]...)
	}
	if !changed {
		return src
	}
	return append(append([]byte(nil), src[:8]...), out...)
}

// renameEmptyModules rewrites an import section body whose entries have
// an empty module name; ok is false when none has.
func renameEmptyModules(body []byte) ([]byte, bool) {
	r := &reader{b: body}
	n, err := r.u32()
	if err != nil {
		return nil, false
	}
	w := &writer{}
	w.u32(n)
	found := false
	for i := uint32(0); i < n; i++ {
		mod, err := r.name()
		if err != nil {
			return nil, false
		}
		rest := r.pos
		if _, err := r.name(); err != nil {
			return nil, false
		}
		if err := skipImportDesc(r); err != nil {
			return nil, false
		}
		if mod == "" {
			found = true
			mod = emptyModuleName
		}
		w.name(mod)
		w.b = append(w.b, body[rest:r.pos]...)
	}
	return w.b, found
}

func skipImportDesc(r *reader) error {
	kind, err := r.byte()
	if err != nil {
		return err
	}
	switch kind {
	case kindFunc:
		_, err = r.u32()
	case kindTable:
		if _, err = r.byte(); err == nil {
			_, err = r.limits()
		}
	case kindMemory:
		_, err = r.limits()
	case kindGlobal:
		if _, err = r.byte(); err == nil {
			_, err = r.byte()
		}
	case kindTag:
		if _, err = r.byte(); err == nil {
			_, err = r.u32()
		}
	default:
		err = errors.New("invalid import kind")
	}
	return err
}
