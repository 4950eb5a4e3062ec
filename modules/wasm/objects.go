package wasm

import (
	"math/big"
	"reflect"
	"strconv"

	"github.com/dop251/goja"
	"github.com/tetratelabs/wazero/api"
)

// memory is a WebAssembly.Memory: the module that holds it (a generated
// one for memories made in JS, else the exporting instance) and the name
// it is exported under there.
type memory struct {
	holder api.Module
	name   string
	mem    api.Memory
	obj    *goja.Object // the JS Memory, once made
	// ab is the ArrayBuffer handed out by .buffer: it aliases the linear
	// memory and is detached when the memory grows.
	ab    goja.ArrayBuffer
	abVal goja.Value
	abLen uint32
}

func (e *engine) newMemory(l limits) *memory {
	mod, err := e.instantiateBinary(holderMemory(l), nil)
	if err != nil {
		panic(e.vm.NewTypeError("WebAssembly.Memory(): could not allocate memory"))
	}
	m := &memory{holder: mod, name: "m", mem: mod.ExportedMemory("m")}
	e.memories[m.mem] = m
	return m
}

// memoryObject returns the JS Memory of the memory that mod exports as
// name, the same object each time.
func (e *engine) memoryObject(mod api.Module, name string) goja.Value {
	mem := mod.ExportedMemory(name)
	m := e.memories[mem]
	if m == nil {
		m = &memory{holder: mod, name: name, mem: mem}
		e.memories[mem] = m
	}
	if m.obj == nil {
		v, err := e.wrapMemory(goja.Undefined(), e.vm.ToValue(m))
		if err != nil {
			panic(err)
		}
		m.obj = v.(*goja.Object)
	}
	return m.obj
}

// buffer returns the memory's ArrayBuffer, a new one after growth.
func (e *engine) buffer(m *memory) goja.Value {
	size := m.mem.Size()
	if m.abVal != nil && !m.ab.Detached() && m.abLen == size {
		return m.abVal
	}
	e.detach(m)
	data, _ := m.mem.Read(0, size)
	if data == nil {
		data = []byte{}
	}
	m.ab = e.vm.NewArrayBuffer(data)
	m.abVal = e.vm.ToValue(m.ab)
	m.abLen = size
	e.buffers[m] = struct{}{}
	return m.abVal
}

func (e *engine) detach(m *memory) {
	if m.abVal != nil {
		m.ab.Detach()
		m.abVal = nil
		delete(e.buffers, m)
	}
}

// checkMemories detaches the buffers of memories that wasm grew: V8 does
// it at memory.grow, and JS cannot look before wasm returns or calls out.
func (e *engine) checkMemories() {
	for m := range e.buffers {
		if m.mem.Size() != m.abLen {
			e.detach(m)
		}
	}
}

// grow is Memory.prototype.grow: the old page count, the old buffer
// detached even when delta is 0, as the spec says.
func (e *engine) grow(m *memory, delta int64) int64 {
	if delta < 0 || delta > 65536 {
		panic(e.vm.NewTypeError("WebAssembly.Memory.grow(): Argument 0 must be convertible to a valid number"))
	}
	prev, ok := m.mem.Grow(uint32(delta))
	if !ok {
		e.throwRange("WebAssembly.Memory.grow(): Maximum memory size exceeded")
	}
	e.detach(m)
	return int64(prev)
}

func (e *engine) throwRange(msg string) {
	ctor, _ := goja.AssertConstructor(e.vm.Get("RangeError"))
	v, err := ctor(nil, e.vm.ToValue(msg))
	if err != nil {
		panic(err)
	}
	panic(v)
}

// global is a WebAssembly.Global.
type global struct {
	holder api.Module
	name   string
	g      api.Global
	typ    globalType
	obj    *goja.Object
}

func (e *engine) newGlobal(typ string, mutable bool, v goja.Value, apiName string) *global {
	t, ok := typeByName(typ)
	if !ok {
		panic(e.vm.NewTypeError(apiName + ": Descriptor property 'value' must be a WebAssembly type"))
	}
	gt := globalType{val: t, mutable: mutable}
	var bits uint64
	if v != nil && !goja.IsUndefined(v) {
		bits = e.toWasm(v, t)
	} else if t == typeExternref {
		// An externref global given no value holds undefined, not null.
		bits = e.toWasm(goja.Undefined(), t)
	}
	return e.makeGlobal(gt, bits)
}

func (e *engine) makeGlobal(gt globalType, bits uint64) *global {
	init := bits
	if gt.val == typeExternref || gt.val == typeFuncref {
		init = 0
	}
	mod, err := e.instantiateBinary(holderGlobal(gt, init), nil)
	if err != nil {
		panic(e.vm.NewTypeError("WebAssembly.Global(): " + err.Error()))
	}
	g := &global{holder: mod, name: "g", g: mod.ExportedGlobal("g"), typ: gt}
	if init != bits {
		// Reference globals cannot be initialised to a host value in a
		// constant expression: set it after (mutable or not, wazero's
		// global is ours to write).
		setGlobal(g, bits)
	}
	return g
}

// setGlobal writes a global whatever its mutability: the JS API sets
// immutable globals it makes itself.
func setGlobal(g *global, bits uint64) {
	if mg, ok := g.g.(api.MutableGlobal); ok {
		mg.Set(bits)
	}
}

// globalFromValue makes an immutable global for a JS value imported as one.
func (e *engine) globalFromValue(t globalType, v goja.Value, where string) *global {
	// ExportType, not Export: exporting an object would run its getters.
	switch t.val {
	case typeI64:
		if v.ExportType() != reflectBigInt {
			e.throwAs(e.linkError, where+"global import must be a BigInt value")
		}
	case typeI32, typeF32, typeF64:
		switch v.ExportType() {
		case reflectInt64, reflectFloat64:
		default:
			e.throwAs(e.linkError, where+"global import must be a number, valid Wasm reference, or WebAssembly.Global object")
		}
	}
	return e.makeGlobal(t, e.toWasm(v, t.val))
}

// globalObject returns the JS Global for the global mod exports as name.
func (e *engine) globalObject(mod api.Module, name string) goja.Value {
	g := mod.ExportedGlobal(name)
	gl := e.globals[g]
	if gl == nil {
		gl = &global{holder: mod, name: name, g: g, typ: globalType{val: byte(g.Type())}}
		_, gl.typ.mutable = g.(api.MutableGlobal)
		e.globals[g] = gl
	}
	if gl.obj == nil {
		v, err := e.wrapGlobal(goja.Undefined(), e.vm.ToValue(gl))
		if err != nil {
			panic(err)
		}
		gl.obj = v.(*goja.Object)
	}
	return gl.obj
}

func (e *engine) globalGet(g *global) goja.Value {
	return e.fromWasm(g.g.Get(), g.typ.val)
}

func (e *engine) globalSet(g *global, v goja.Value) {
	if !g.typ.mutable {
		panic(e.vm.NewTypeError("set WebAssembly.Global.value: Can't set the value of an immutable global."))
	}
	setGlobal(g, e.toWasm(v, g.typ.val))
}

// table is a WebAssembly.Table, reached through a generated accessor
// module that holds it (made in JS) or imports it (exported by an
// instance) and exports it as "t".
type table struct {
	acc                   api.Module
	elem                  byte
	get, set, growF, size func(...uint64) []uint64
}

func (e *engine) bindTable(acc api.Module, elem byte) *table {
	call := func(name string) func(...uint64) []uint64 {
		fn := acc.ExportedFunction(name)
		return func(args ...uint64) []uint64 {
			out, err := fn.Call(e.ctx, args...)
			if err != nil {
				e.throwTrap("", err)
			}
			return out
		}
	}
	t := &table{acc: acc, elem: elem, get: call("get"), set: call("set"), growF: call("grow")}
	sz := call("size")
	t.size = sz
	return t
}

func (t *table) length() uint32 { return uint32(t.size()[0]) }

func (e *engine) newTable(elem string, l limits, v goja.Value) *table {
	et, ok := typeByName(elem)
	if !ok || (et != typeFuncref && et != typeExternref) {
		panic(e.vm.NewTypeError("WebAssembly.Table(): Descriptor property 'element' must be a WebAssembly reference type"))
	}
	mod, err := e.instantiateBinary(holderTable(et, l, false, ""), nil)
	if err != nil {
		panic(e.vm.NewTypeError("WebAssembly.Table(): " + err.Error()))
	}
	t := e.bindTable(mod, et)
	if v != nil && !goja.IsUndefined(v) || et == typeExternref {
		if v == nil {
			v = goja.Undefined()
		}
		bits := e.toWasm(v, et)
		for i := uint32(0); i < l.min; i++ {
			t.set(uint64(i), bits)
		}
	}
	return t
}

// tableObject returns a JS Table for the table of element type elem that
// mod exports as name.
func (e *engine) tableObject(mod api.Module, name string, elem byte) goja.Value {
	acc, err := e.instantiateBinary(holderTable(elem, limits{}, true, name), []api.Module{mod})
	if err != nil {
		panic(e.vm.NewTypeError(err.Error()))
	}
	v, err := e.wrapTable(goja.Undefined(), e.vm.ToValue(e.bindTable(acc, elem)))
	if err != nil {
		panic(err)
	}
	return v
}

func (e *engine) tableGet(t *table, i int64) goja.Value {
	if i < 0 || i >= int64(t.length()) {
		e.throwRange("WebAssembly.Table.get(): invalid index " + strconv.Itoa(int(i)) + " into function table")
	}
	return e.fromWasm(t.get(uint64(i))[0], t.elem)
}

func (e *engine) tableSet(t *table, i int64, v goja.Value, given bool) {
	if i < 0 || i >= int64(t.length()) {
		e.throwRange("WebAssembly.Table.set(): invalid index " + strconv.Itoa(int(i)) + " into function table")
	}
	if !given {
		// The element type's default value.
		v = goja.Undefined()
		if t.elem == typeFuncref {
			v = goja.Null()
		}
	}
	if t.elem == typeFuncref && !goja.IsNull(v) {
		if _, ok := e.funcRef(v); !ok {
			panic(e.vm.NewTypeError("WebAssembly.Table.set(): Argument 1 is invalid for table: function-typed object must be null (if nullable) or a Wasm function object"))
		}
	}
	t.set(uint64(i), e.toWasm(v, t.elem))
}

func (e *engine) tableGrow(t *table, n int64, v goja.Value, given bool) int64 {
	if !given {
		v = goja.Undefined()
		if t.elem == typeFuncref {
			v = goja.Null()
		}
	}
	r := int32(uint32(t.growF(uint64(uint32(n)), e.toWasm(v, t.elem))[0]))
	if r < 0 || n < 0 {
		e.throwRange("WebAssembly.Table.grow(): failed to grow table by " + strconv.Itoa(int(n)))
	}
	return int64(r)
}

var reflectBigInt = reflect.TypeOf((*big.Int)(nil))
