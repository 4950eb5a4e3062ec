package wasm

import (
	"fmt"

	"github.com/dop251/goja"
	"github.com/tetratelabs/wazero/api"
	wztable "github.com/tetratelabs/wazero/experimental/table"
)

// Function references (funcref) cross the JS boundary through tables,
// globals and parameters. wazero gives the host a funcref as an opaque
// word and offers no way to call one except experimental/table's
// LookupFunction, which needs the function's type: a reference wasm made
// is called through a one-slot scratch table, its type found by trying
// the types of the modules compiled so far. A reference to an exported
// function comes from a tiny module that imports it and takes ref.func.

// refHelper is a module importing "s0".name of type ft and exporting
// r() returning a reference to it.
func refHelper(name string, ft funcType) []byte {
	w := newModuleWriter()
	w.section(1, func(s *writer) {
		s.u32(2)
		s.b = append(s.b, 0x60)
		s.u32(uint32(len(ft.params)))
		s.b = append(s.b, ft.params...)
		s.u32(uint32(len(ft.results)))
		s.b = append(s.b, ft.results...)
		s.b = append(s.b, 0x60, 0, 1, typeFuncref)
	})
	w.section(2, func(s *writer) { s.u32(1); s.name("s0"); s.name(name); s.b = append(s.b, kindFunc, 0) })
	w.section(3, func(s *writer) { s.u32(1); s.u32(1) })
	w.section(7, func(s *writer) { s.u32(1); s.name("r"); s.b = append(s.b, kindFunc, 1) })
	// A declarative element segment makes ref.func 0 valid.
	w.section(9, func(s *writer) { s.u32(1); s.b = append(s.b, 3, 0, 1, 0) })
	w.section(10, func(s *writer) { s.u32(1); s.u32(4); s.b = append(s.b, 0, 0xd2, 0, 0x0b) })
	return w.b
}

// noteTypes remembers the function types of a compiled module, the
// candidates for a reference's type.
func (e *engine) noteTypes(info *moduleInfo) {
	for _, ft := range info.types {
		key := string(ft.params) + "\x00" + string(ft.results)
		if !e.typeSeen[key] {
			e.typeSeen[key] = true
			e.types = append(e.types, ft)
		}
	}
}

// funcRef returns the funcref of the JS function v, which must be a wasm
// function.
func (e *engine) funcRef(v goja.Value) (uint64, bool) {
	obj, ok := v.(*goja.Object)
	if !ok {
		return 0, false
	}
	f := e.functions[obj]
	if f == nil {
		return 0, false
	}
	if f.ref == 0 {
		ft := funcType{params: byteTypes(f.def.ParamTypes()), results: byteTypes(f.def.ResultTypes())}
		h, err := e.instantiateBinary(refHelper(f.name, ft), []api.Module{f.mod})
		if err != nil {
			panic(e.vm.NewTypeError("cannot take a reference to a function: " + err.Error()))
		}
		out, err := h.ExportedFunction("r").Call(e.ctx)
		if err != nil {
			panic(e.vm.NewTypeError("cannot take a reference to a function: " + err.Error()))
		}
		f.ref, f.refHolder = out[0], h
		e.byRef[f.ref] = obj
	}
	return f.ref, true
}

// scratch returns the one-slot funcref table used to call references.
func (e *engine) scratchTable() *table {
	if e.scratch == nil {
		mod, err := e.instantiateBinary(holderTable(typeFuncref, limits{min: 1}, false, ""), nil)
		if err != nil {
			panic(e.vm.NewGoError(err))
		}
		e.scratch = e.bindTable(mod, typeFuncref)
	}
	return e.scratch
}

// lookup returns a callable for reference bits of type ft, or nil when
// the reference has another type. matched reports a reference of type ft
// that LookupFunction cannot follow: one that wasm took of an imported
// function points at the import, which wazero's lookup misreads.
func (e *engine) lookup(bits uint64, ft funcType) (fn api.Function, matched bool) {
	t := e.scratchTable()
	t.set(0, bits)
	defer func() {
		if r := recover(); r != nil {
			fn = nil
			matched = fmt.Sprint(r) != "indirect call type mismatch"
		}
	}()
	return wztable.LookupFunction(t.acc, 0, 0, apiTypes(ft.params), apiTypes(ft.results)), true
}

// indirectCaller is a module importing a funcref table as "s0"."t" and
// exporting call, of type ft, which calls the function in slot 0 with
// call_indirect.
func indirectCaller(ft funcType) []byte {
	w := newModuleWriter()
	w.section(1, func(s *writer) {
		s.u32(1)
		s.b = append(s.b, 0x60)
		s.u32(uint32(len(ft.params)))
		s.b = append(s.b, ft.params...)
		s.u32(uint32(len(ft.results)))
		s.b = append(s.b, ft.results...)
	})
	w.section(2, func(s *writer) {
		s.u32(1)
		s.name("s0")
		s.name("t")
		s.b = append(s.b, kindTable, typeFuncref)
		s.limits(limits{})
	})
	w.section(3, func(s *writer) { s.u32(1); s.u32(0) })
	w.section(7, func(s *writer) { s.u32(1); s.name("call"); s.b = append(s.b, kindFunc, 0) })
	w.section(10, func(s *writer) {
		var body writer
		body.b = append(body.b, 0)
		for i := range ft.params {
			body.b = append(body.b, 0x20)
			body.u32(uint32(i))
		}
		body.b = append(body.b, 0x41, 0, 0x11, 0, 0, 0x0b)
		s.u32(1)
		s.u32(uint32(len(body.b)))
		s.b = append(s.b, body.b...)
	})
	return w.b
}

// viaTable returns a function that calls reference bits of type ft
// through a table of its own.
func (e *engine) viaTable(bits uint64, ft funcType) (func() api.Function, api.Module) {
	tm, err := e.instantiateBinary(holderTable(typeFuncref, limits{min: 1}, false, ""), nil)
	if err != nil {
		panic(e.vm.NewGoError(err))
	}
	if _, err := tm.ExportedFunction("set").Call(e.ctx, 0, bits); err != nil {
		panic(e.vm.NewGoError(err))
	}
	caller, err := e.instantiateBinary(indirectCaller(ft), []api.Module{tm})
	if err != nil {
		panic(e.vm.NewGoError(err))
	}
	return func() api.Function { return caller.ExportedFunction("call") }, caller
}

// refFunction returns the JS function for reference bits, the same object
// for the same reference.
func (e *engine) refFunction(bits uint64) goja.Value {
	if obj := e.byRef[bits]; obj != nil {
		return obj
	}
	for _, ft := range e.types {
		fn, matched := e.lookup(bits, ft)
		if !matched {
			continue
		}
		f := &function{ref: bits}
		if fn != nil {
			f.def, f.free = fn.Definition(), []api.Function{fn}
			f.fresh = func() api.Function {
				if g, _ := e.lookup(bits, ft); g != nil {
					return g
				}
				panic(e.vm.NewTypeError("function reference is gone"))
			}
		} else {
			f.fresh, f.refHolder = e.viaTable(bits, ft)
			f.def = f.refHolder.ExportedFunctionDefinitions()["call"]
		}
		obj := e.jsFunction(f, ft)
		e.byRef[bits] = obj
		return obj
	}
	panic(e.notImplemented("WebAssembly function references of an unknown type"))
}
