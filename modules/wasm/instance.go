package wasm

import (
	"context"
	"fmt"
	"math"
	"math/big"
	"reflect"
	"strconv"
	"strings"

	"github.com/dop251/goja"
	"github.com/tetratelabs/wazero"
	"github.com/tetratelabs/wazero/api"
	"github.com/tetratelabs/wazero/experimental"

	"github.com/gorun-js/gorun/eventloop"
	"github.com/gorun-js/gorun/internal/nodeerr"
)

// function is an exported wasm function as JS sees it.
type function struct {
	mod  api.Module // the exporting instance ("" name: made from a reference)
	name string
	def  api.FunctionDefinition
	// free are call engines not in use: a wazero api.Function must not be
	// re-entered, and wasm → JS → the same export is legal. fresh makes
	// another.
	free  []api.Function
	fresh func() api.Function
	// ref is the function's funcref once taken (funcref.go); refHolder
	// keeps the module it points into alive.
	ref       uint64
	refHolder api.Module
}

// anonymous instantiates nothing under a name: every module of the JS API
// is reached through its JS object, never by name.
func anonymous() wazero.ModuleConfig {
	return wazero.NewModuleConfig().WithName("").WithStartFunctions()
}

// withSources resolves the import module names "s0", "s1"… to srcs.
func (e *engine) withSources(srcs []api.Module) context.Context {
	return experimental.WithImportResolver(e.ctx, func(name string) api.Module {
		var i int
		if _, err := fmt.Sscanf(name, "s%d", &i); err == nil && i >= 0 && i < len(srcs) {
			return srcs[i]
		}
		return nil
	})
}

// instantiateBinary compiles and instantiates a generated module whose
// imports "s<i>" come from srcs.
func (e *engine) instantiateBinary(bin []byte, srcs []api.Module) (api.Module, error) {
	cm, err := e.runtime().CompileModule(e.ctx, bin)
	if err != nil {
		return nil, err
	}
	return e.runtime().InstantiateModule(e.withSources(srcs), cm, anonymous())
}

// instantiate links module c with the JS import object imports and
// returns the instance's exports object. api names the JS entry point in
// error messages ("WebAssembly.Instance()").
func (e *engine) instantiate(c *compiled, imports goja.Value, apiName string) goja.Value {
	return e.prepare(c, imports, apiName).finish()
}

// linked is a module whose imports have been read and linked, ready to
// be instantiated: WebAssembly.instantiate reads the imports at once and
// instantiates in a later task.
type linked struct {
	e        *engine
	c        *compiled
	apiName  string
	links    map[string]api.Module
	imported [2][]goja.Value // functions and tables given as imports
}

// prepare reads every import of c from imports and links it.
func (e *engine) prepare(c *compiled, imports goja.Value, apiName string) *linked {
	vm := e.vm
	var srcs []api.Module
	byModule := map[string][]linkEntry{}
	var order []string
	var host wazero.HostModuleBuilder
	hostIndex := -1
	var importedFuncs, importedTables []goja.Value
	for i, im := range c.info.imports {
		where := fmt.Sprintf("%s: Import #%d module=%q", apiName, i, im.module)
		modv := imports.ToObject(vm).Get(im.module)
		modObj, ok := modv.(*goja.Object)
		if !ok {
			panic(vm.NewTypeError(where + " error: module is not an object or function"))
		}
		// V8 says function= whatever the kind.
		where = fmt.Sprintf("%s function=%q error: ", where, im.name)
		v := modObj.Get(im.name)
		if v == nil {
			v = goja.Undefined()
		}
		entry := linkEntry{want: im, from: im.name}
		switch im.kind {
		case kindFunc:
			callable, ok := goja.AssertFunction(v)
			if !ok {
				e.throwAs(e.linkError, where+"function import requires a callable")
			}
			// V8 re-exports a wasm function as itself, a JS one wrapped.
			if f := e.functions[v.(*goja.Object)]; f != nil {
				importedFuncs = append(importedFuncs, v)
				entry.src, entry.from = len(srcs), f.name
				srcs = append(srcs, f.mod)
				break
			}
			if host == nil {
				// The name only satisfies the builder: the module is
				// instantiated anonymously.
				host = e.runtime().NewHostModuleBuilder("js")
				hostIndex = len(srcs)
				srcs = append(srcs, nil)
			}
			importedFuncs = append(importedFuncs, nil)
			entry.src, entry.from = hostIndex, fmt.Sprintf("f%d", i)
			e.hostFunction(host, entry.from, im.fn, callable)
		case kindMemory:
			m, _ := e.unwrap(v).(*memory)
			if m == nil {
				e.throwAs(e.linkError, where+"memory import must be a WebAssembly.Memory object")
			}
			entry.src, entry.from = len(srcs), m.name
			srcs = append(srcs, m.holder)
		case kindTable:
			t, _ := e.unwrap(v).(*table)
			if t == nil {
				e.throwAs(e.linkError, where+"table import requires a WebAssembly.Table")
			}
			importedTables = append(importedTables, v)
			entry.src, entry.from, entry.table = len(srcs), "t", t.elem
			srcs = append(srcs, t.acc)
		case kindGlobal:
			g, _ := e.unwrap(v).(*global)
			if g == nil {
				if im.global.mutable {
					e.throwAs(e.linkError, where+"imported mutable global must be a WebAssembly.Global object")
				}
				g = e.globalFromValue(im.global, v, where)
			}
			entry.src, entry.from, entry.global = len(srcs), g.name, g.typ
			srcs = append(srcs, g.holder)
		default:
			panic(e.notImplemented("WebAssembly tag imports"))
		}
		if _, seen := byModule[im.module]; !seen {
			order = append(order, im.module)
		}
		byModule[im.module] = append(byModule[im.module], entry)
	}
	if host != nil {
		hm, err := e.instantiateHost(host)
		if err != nil {
			e.throwAs(e.linkError, apiName+": "+err.Error())
		}
		srcs[hostIndex] = hm
	}
	links := map[string]api.Module{}
	for _, name := range order {
		entries := dedupe(byModule[name])
		lm, err := e.instantiateBinary(linkModule(entries), srcs)
		if err != nil {
			e.throwAs(e.linkError, apiName+": "+err.Error())
		}
		links[name] = lm
	}
	return &linked{e: e, c: c, apiName: apiName, links: links, imported: [2][]goja.Value{importedFuncs, importedTables}}
}

// finish instantiates the module and returns its exports object.
func (l *linked) finish() goja.Value {
	e, c, apiName, links := l.e, l.c, l.apiName, l.links
	ctx := experimental.WithImportResolver(e.ctx, func(name string) api.Module {
		if name == emptyModuleName {
			name = ""
		}
		return links[name]
	})
	mod, err := e.runtime().InstantiateModule(ctx, c.cm, anonymous())
	e.checkMemories()
	if err != nil {
		if p := e.takePending(); p != nil {
			panic(p)
		}
		msg := err.Error()
		if strings.HasPrefix(msg, "import ") {
			e.throwAs(e.linkError, apiName+": "+err.Error())
		}
		e.throwTrap(apiName+": ", err)
	}
	return e.exportsObject(c, mod, l.imported)
}

// dedupe drops repeated imports of one name: a module may import a name
// twice, and the link module can export it only once.
func dedupe(entries []linkEntry) []linkEntry {
	seen := map[string]bool{}
	out := entries[:0:0]
	for _, en := range entries {
		if !seen[en.want.name] {
			seen[en.want.name] = true
			out = append(out, en)
		}
	}
	return out
}

func (e *engine) instantiateHost(b wazero.HostModuleBuilder) (api.Module, error) {
	cm, err := b.Compile(e.ctx)
	if err != nil {
		return nil, err
	}
	return e.runtime().InstantiateModule(e.ctx, cm, anonymous())
}

// hostFunction adds export name to b: a wasm function of type ft that
// calls the JS function fn, synchronously on the loop goroutine (wasm only
// runs there).
func (e *engine) hostFunction(b wazero.HostModuleBuilder, name string, ft funcType, fn goja.Callable) {
	params, results := apiTypes(ft.params), apiTypes(ft.results)
	call := func(_ context.Context, _ api.Module, stack []uint64) {
		e.checkMemories()
		err := catch(func() {
			args := make([]goja.Value, len(ft.params))
			for i, t := range ft.params {
				args[i] = e.fromWasm(stack[i], t)
			}
			ret, err := fn(goja.Undefined(), args...)
			if err != nil {
				panic(err)
			}
			switch len(ft.results) {
			case 0:
			case 1:
				stack[0] = e.toWasm(ret, ft.results[0])
			default:
				arr, err := e.iterToArray(goja.Undefined(), ret)
				if err != nil {
					panic(err)
				}
				o := arr.ToObject(e.vm)
				if n := o.Get("length").ToInteger(); n != int64(len(ft.results)) {
					panic(e.vm.NewTypeError("multi-return length mismatch"))
				}
				for i, t := range ft.results {
					stack[i] = e.toWasm(o.Get(strconv.Itoa(i)), t)
				}
			}
		})
		if err != nil {
			e.pending = err
			panic(errJSThrew)
		}
	}
	b.NewFunctionBuilder().WithGoModuleFunction(api.GoModuleFunc(call), params, results).Export(name)
}

var errJSThrew = fmt.Errorf("a JS import threw")

func (e *engine) takePending() any {
	p := e.pending
	e.pending = nil
	if p == nil {
		return nil
	}
	if ex, ok := p.(*goja.Exception); ok {
		return ex.Value()
	}
	return p
}

// catch runs fn, returning what JS threw inside it.
func catch(fn func()) (err error) {
	defer func() {
		if p := recover(); p != nil {
			switch x := p.(type) {
			case *goja.Exception:
				err = x
			case *goja.InterruptedError:
				err = x
			case goja.Value:
				err = &thrown{x}
			default:
				panic(p)
			}
		}
	}()
	fn()
	return nil
}

// thrown is a JS value thrown from Go code (panic(vm.NewTypeError(…))).
type thrown struct{ v goja.Value }

func (t *thrown) Error() string { return t.v.String() }

func apiTypes(ts []byte) []api.ValueType {
	out := make([]api.ValueType, len(ts))
	for i, t := range ts {
		out[i] = api.ValueType(t)
	}
	return out
}

// exportsObject builds Instance.exports: a frozen object without a
// prototype, in the order of the export section.
func (e *engine) exportsObject(c *compiled, mod api.Module, imported [2][]goja.Value) goja.Value {
	vm := e.vm
	obj := vm.NewObject()
	// An export of an index already exported, or imported, is the same
	// object.
	funcs, tables := map[uint32]goja.Value{}, map[uint32]goja.Value{}
	_ = obj.SetPrototype(nil)
	defs := mod.ExportedFunctionDefinitions()
	for _, ex := range c.info.exports {
		var v goja.Value
		switch ex.kind {
		case kindFunc:
			switch {
			case funcs[ex.index] != nil:
				v = funcs[ex.index]
			case int(ex.index) < len(imported[0]) && imported[0][ex.index] != nil:
				// A re-exported wasm function is the very one imported.
				v = imported[0][ex.index]
			default:
				v = e.exportFunction(mod, ex.name, defs[ex.name])
			}
			funcs[ex.index] = v
		case kindMemory:
			v = e.memoryObject(mod, ex.name)
		case kindGlobal:
			v = e.globalObject(mod, ex.name)
		case kindTable:
			switch {
			case tables[ex.index] != nil:
				v = tables[ex.index]
			case int(ex.index) < len(imported[1]):
				v = imported[1][ex.index]
			default:
				elem := byte(typeFuncref)
				if int(ex.index) < len(c.info.tables) {
					elem = c.info.tables[ex.index]
				}
				v = e.tableObject(mod, ex.name, elem)
			}
			tables[ex.index] = v
		default:
			v = goja.Undefined()
		}
		_ = obj.DefineDataProperty(ex.name, v, goja.FLAG_FALSE, goja.FLAG_FALSE, goja.FLAG_TRUE)
	}
	if err := freeze(vm, obj); err != nil {
		panic(err)
	}
	return obj
}

func freeze(vm *goja.Runtime, obj *goja.Object) error {
	f, _ := goja.AssertFunction(vm.GlobalObject().Get("Object").ToObject(vm).Get("freeze"))
	_, err := f(goja.Undefined(), obj)
	return err
}

// exportFunction makes the JS function for an exported wasm function.
func (e *engine) exportFunction(mod api.Module, name string, def api.FunctionDefinition) goja.Value {
	f := &function{mod: mod, name: name, def: def}
	f.fresh = func() api.Function { return mod.ExportedFunction(name) }
	ft := funcType{params: byteTypes(def.ParamTypes()), results: byteTypes(def.ResultTypes())}
	return e.jsFunction(f, ft)
}

// jsFunction makes the JS function that calls f: its name is the
// function's index, its length the parameter count.
func (e *engine) jsFunction(f *function, ft funcType) *goja.Object {
	vm := e.vm
	params, results := ft.params, ft.results
	jsfn := vm.ToValue(func(call goja.FunctionCall) goja.Value {
		args := make([]uint64, len(params))
		for i, t := range params {
			args[i] = e.toWasm(call.Argument(i), t)
		}
		var fn api.Function
		if n := len(f.free); n > 0 {
			fn, f.free = f.free[n-1], f.free[:n-1]
		} else {
			fn = f.fresh()
		}
		out, err := fn.Call(e.ctx, args...)
		f.free = append(f.free, fn)
		e.checkMemories()
		if err != nil {
			if p := e.takePending(); p != nil {
				panic(p)
			}
			e.throwTrap("", err)
		}
		switch len(results) {
		case 0:
			return goja.Undefined()
		case 1:
			return e.fromWasm(out[0], results[0])
		}
		vals := make([]any, len(results))
		for i, t := range results {
			vals[i] = e.fromWasm(out[i], t)
		}
		return vm.NewArray(vals...)
	}).(*goja.Object)
	_ = jsfn.DefineDataProperty("name", vm.ToValue(strconv.Itoa(int(f.def.Index()))), goja.FLAG_FALSE, goja.FLAG_TRUE, goja.FLAG_FALSE)
	_ = jsfn.DefineDataProperty("length", vm.ToValue(len(params)), goja.FLAG_FALSE, goja.FLAG_TRUE, goja.FLAG_FALSE)
	e.functions[jsfn] = f
	return jsfn
}

func byteTypes(ts []api.ValueType) []byte {
	out := make([]byte, len(ts))
	for i, t := range ts {
		out[i] = byte(t)
	}
	return out
}

// toWasm is the spec's ToWebAssemblyValue.
func (e *engine) toWasm(v goja.Value, t byte) uint64 {
	switch t {
	case typeI32:
		return uint64(toUint32(e.toNumber(v)))
	case typeI64:
		b, err := e.toBigInt64(goja.Undefined(), v)
		if err != nil {
			panic(err)
		}
		return uint64(b.Export().(*big.Int).Int64())
	case typeF32:
		return api.EncodeF32(float32(e.toNumber(v)))
	case typeF64:
		return api.EncodeF64(e.toNumber(v))
	case typeExternref:
		if goja.IsNull(v) {
			return 0
		}
		// An object keeps its id, so that passing it again costs nothing.
		obj, isObj := v.(*goja.Object)
		if isObj {
			if id, ok := e.externObjects[obj]; ok {
				return id
			}
		}
		e.externIDs++
		e.externrefs[e.externIDs] = v
		if isObj {
			e.externObjects[obj] = e.externIDs
		}
		return e.externIDs
	case typeFuncref:
		if goja.IsNull(v) {
			return 0
		}
		if bits, ok := e.funcRef(v); ok {
			return bits
		}
		panic(e.vm.NewTypeError("type incompatibility when transforming from/to JS"))
	}
	panic(e.vm.NewTypeError("type incompatibility when transforming from/to JS"))
}

// toNumber is ECMAScript's ToNumber: numbers directly, the rest through
// JS, which throws TypeErrors (a BigInt, a Symbol) as JS exceptions.
func (e *engine) toNumber(v goja.Value) float64 {
	switch v.ExportType() {
	case reflectInt64, reflectFloat64:
		return v.ToFloat()
	}
	n, err := e.jsToNumber(goja.Undefined(), v)
	if err != nil {
		panic(err)
	}
	return n.ToFloat()
}

var (
	reflectInt64   = reflect.TypeOf(int64(0))
	reflectFloat64 = reflect.TypeOf(float64(0))
)

// toUint32 is ECMAScript's ToUint32 on a number.
func toUint32(f float64) uint32 {
	if math.IsNaN(f) || math.IsInf(f, 0) {
		return 0
	}
	f = math.Mod(math.Trunc(f), 4294967296)
	if f < 0 {
		f += 4294967296
	}
	return uint32(f)
}

// fromWasm is the spec's ToJSValue.
func (e *engine) fromWasm(bits uint64, t byte) goja.Value {
	switch t {
	case typeI32:
		return e.vm.ToValue(int64(int32(uint32(bits))))
	case typeI64:
		return e.vm.ToValue(big.NewInt(int64(bits)))
	case typeF32:
		return e.vm.ToValue(float64(api.DecodeF32(bits)))
	case typeF64:
		return e.vm.ToValue(api.DecodeF64(bits))
	case typeExternref:
		if v, ok := e.externrefs[bits]; ok {
			return v
		}
		return goja.Null()
	case typeFuncref:
		if bits == 0 {
			return goja.Null()
		}
		return e.refFunction(bits)
	}
	panic(e.vm.NewTypeError("type incompatibility when transforming from/to JS"))
}

func (e *engine) notImplemented(apiName string) goja.Value {
	return nodeerr.NotImplemented(e.vm, apiName)
}

// unwrap returns the Go handle of a JS Memory, Table or Global.
func (e *engine) unwrap(v goja.Value) any {
	h, err := e.handleOf(goja.Undefined(), v)
	if err != nil || h == nil || goja.IsUndefined(h) {
		return nil
	}
	return h.Export()
}

// trapMessages are V8's words for wazero's traps.
var trapMessages = map[string]string{
	"unreachable":                   "unreachable",
	"out of bounds memory access":   "memory access out of bounds",
	"integer divide by zero":        "divide by zero",
	"integer overflow":              "divide result unrepresentable",
	"invalid conversion to integer": "float unrepresentable in integer range",
	"invalid table access":          "null function or function signature mismatch",
	"indirect call type mismatch":   "null function or function signature mismatch",
	"null reference":                "dereferencing a null pointer",
	"unaligned atomic":              "operation does not support unaligned accesses",
}

// throwTrap throws err, a wazero call failure, as V8 would: a
// RuntimeError, or a RangeError for a stack overflow.
func (e *engine) throwTrap(prefix string, err error) {
	msg := err.Error()
	if i := strings.Index(msg, "wasm error: "); i >= 0 {
		msg = msg[i+len("wasm error: "):]
	}
	if i := strings.IndexByte(msg, '\n'); i >= 0 {
		msg = msg[:i]
	}
	if msg == "stack overflow" {
		panic(eventloop.StackOverflow(e.vm))
	}
	if m, ok := trapMessages[msg]; ok {
		msg = m
	}
	e.throwAs(e.runtimeError, prefix+msg)
}
