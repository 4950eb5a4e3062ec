// Package wasm is the WebAssembly JS API (the `WebAssembly` global) on
// wazero, a pure-Go WebAssembly engine:
// https://webassembly.github.io/spec/js-api/.
//
// The JS classes (Module, Instance, Memory, Table, Global and the error
// types) are written in wasm.js; this package compiles, links and runs the
// modules. wazero resolves imports by module name only, so each import
// module name of an instance ("env") is backed by a small generated "link"
// module that imports every value from where it really lives (a host
// module of JS callbacks, another instance, a memory made in JS) and
// re-exports it under the name asked for. Memories, tables and globals made
// in JS are likewise small generated modules that define one and export
// it (binary.go).
package wasm

import (
	"context"
	_ "embed"
	"errors"
	"io"
	"os"
	"path/filepath"
	"sync"
	"unicode/utf8"

	"github.com/dop251/goja"
	"github.com/tetratelabs/wazero"
	"github.com/tetratelabs/wazero/api"
	"github.com/tetratelabs/wazero/experimental"

	"github.com/gorun-js/gorun/eventloop"
	"github.com/gorun-js/gorun/internal/nodeerr"
)

//go:embed wasm.js
var shimSource string

var shimProgram = sync.OnceValues(func() (*goja.Program, error) {
	return goja.Compile("node:internal/webassembly", "(function (binding) {"+shimSource+"\n})", true)
})

// features are those wazero implements and V8 in node 20 ships enabled.
// Threads gives shared memories and atomics (a shared memory's buffer is a
// plain ArrayBuffer: goja has no SharedArrayBuffer).
const features = api.CoreFeaturesV2 | experimental.CoreFeaturesExtendedConst | experimental.CoreFeaturesThreads

// engine is the WebAssembly state of one runtime. Everything but the
// compile work of WebAssembly.compile runs on the loop goroutine.
type engine struct {
	vm   *goja.Runtime
	loop *eventloop.Loop
	ctx  context.Context

	// rt is made on first use; compiles on the worker pool reach it too.
	rtMu     sync.Mutex
	rt       wazero.Runtime
	rtClosed bool

	// The shim's classes and helpers, set by its init call.
	compileError, linkError, runtimeError *goja.Object
	wrapMemory, wrapTable, wrapGlobal     goja.Callable
	handleOf                              goja.Callable
	toBigInt64, jsToNumber                goja.Callable
	iterToArray                           goja.Callable

	// pending is what a JS import threw while wasm was running: wazero
	// unwinds the wasm frames and the exported function rethrows it.
	pending error

	// memories are the JS Memory objects by wazero memory, so that a
	// memory has one JS object; those whose buffer was handed out are
	// checked for growth whenever wasm returns to JS.
	memories map[api.Memory]*memory
	globals  map[api.Global]*global
	buffers  map[*memory]struct{}
	// functions are the JS functions made for exported wasm functions,
	// so that passing one as an import links wasm to wasm directly.
	functions map[*goja.Object]*function
	// externrefs are the JS values passed to wasm as externref.
	externrefs    map[uint64]goja.Value
	externObjects map[*goja.Object]uint64
	externIDs     uint64

	// Function references (funcref.go): the JS function of each reference
	// seen, the function types compiled so far, the table used to call
	// references.
	byRef    map[uint64]*goja.Object
	types    []funcType
	typeSeen map[string]bool
	scratch  *table
}

// Install defines globalThis.WebAssembly on vm as node has it: a
// non-enumerable, writable, configurable property. The wazero runtime
// behind it is made on first use; its instances and memories go with the
// VM when it is garbage collected (InstallWithCloser frees them at once).
func Install(vm *goja.Runtime, loop *eventloop.Loop) error {
	_, err := install(vm, loop)
	return err
}

// InstallWithCloser is Install that also returns a Closer freeing the
// wazero runtime (every instance and memory) right away: call it when the
// runtime closes. Compiled code stays in the process-wide cache.
func InstallWithCloser(vm *goja.Runtime, loop *eventloop.Loop) (io.Closer, error) {
	e, err := install(vm, loop)
	if err != nil {
		return nil, err
	}
	return e, nil
}

func install(vm *goja.Runtime, loop *eventloop.Loop) (*engine, error) {
	prg, err := shimProgram()
	if err != nil {
		return nil, err
	}
	fnv, err := vm.RunProgram(prg)
	if err != nil {
		return nil, err
	}
	fn, _ := goja.AssertFunction(fnv)
	e := &engine{
		vm: vm, loop: loop, ctx: context.Background(),
		memories:      map[api.Memory]*memory{},
		globals:       map[api.Global]*global{},
		buffers:       map[*memory]struct{}{},
		functions:     map[*goja.Object]*function{},
		externrefs:    map[uint64]goja.Value{},
		externObjects: map[*goja.Object]uint64{},
		byRef:         map[uint64]*goja.Object{},
		typeSeen:      map[string]bool{},
	}
	ns, err := fn(goja.Undefined(), e.binding())
	if err != nil {
		return nil, err
	}
	err = vm.GlobalObject().DefineDataProperty("WebAssembly", ns, goja.FLAG_TRUE, goja.FLAG_TRUE, goja.FLAG_FALSE)
	return e, err
}

// runtime returns the wazero runtime, made on first use (most programs
// never touch WebAssembly, and making one costs a little); after Close,
// one that refuses everything.
func (e *engine) runtime() wazero.Runtime {
	e.rtMu.Lock()
	defer e.rtMu.Unlock()
	if e.rt == nil {
		cfg := wazero.NewRuntimeConfig().WithCoreFeatures(features)
		if c := compilationCache(); c != nil {
			cfg = cfg.WithCompilationCache(c)
		}
		e.rt = wazero.NewRuntimeWithConfig(e.ctx, cfg)
		if e.rtClosed {
			_ = e.rt.Close(e.ctx)
		}
	}
	return e.rt
}

// compilationCache is shared by every runtime of the process and kept on
// disk beside the transform cache (GORUN_CACHE_DIR/wasm, else
// os.UserCacheDir()/gorun/wasm; GORUN_CACHE_DIR=off keeps it in memory):
// wazero's compiler takes ~100 ms on undici's llhttp, which node compiles
// lazily, so a warm cache is what keeps a program's first fetch quick.
var compilationCache = sync.OnceValue(func() wazero.CompilationCache {
	dir := os.Getenv("GORUN_CACHE_DIR")
	switch dir {
	case "off":
		return wazero.NewCompilationCache()
	case "":
		base, err := os.UserCacheDir()
		if err != nil {
			return wazero.NewCompilationCache()
		}
		dir = filepath.Join(base, "gorun")
	}
	c, err := wazero.NewCompilationCacheWithDir(filepath.Join(dir, "wasm"))
	if err != nil {
		return wazero.NewCompilationCache()
	}
	return c
})

// Close frees the wazero runtime, if one was made. Call it on the loop
// goroutine, or once the loop has stopped.
func (e *engine) Close() error {
	e.rtMu.Lock()
	defer e.rtMu.Unlock()
	if e.rtClosed {
		return nil
	}
	e.rtClosed = true
	if e.rt == nil {
		return nil
	}
	return e.rt.Close(e.ctx)
}

// throwAs throws a new instance of the error class ctor with message msg.
func (e *engine) throwAs(ctor *goja.Object, msg string) {
	obj, err := e.vm.New(ctor, e.vm.ToValue(msg))
	if err != nil {
		panic(err)
	}
	panic(obj)
}

func (e *engine) newError(ctor *goja.Object, msg string) goja.Value {
	obj, err := e.vm.New(ctor, e.vm.ToValue(msg))
	if err != nil {
		panic(err)
	}
	return obj
}

// binding is the object the shim receives.
func (e *engine) binding() *goja.Object {
	vm := e.vm
	b := vm.NewObject()
	set := func(name string, fn any) { _ = b.Set(name, fn) }
	set("init", func(o *goja.Object) {
		fn := func(name string) goja.Callable {
			f, _ := goja.AssertFunction(o.Get(name))
			return f
		}
		e.compileError = o.Get("CompileError").(*goja.Object)
		e.linkError = o.Get("LinkError").(*goja.Object)
		e.runtimeError = o.Get("RuntimeError").(*goja.Object)
		e.wrapMemory, e.wrapTable, e.wrapGlobal = fn("wrapMemory"), fn("wrapTable"), fn("wrapGlobal")
		e.handleOf, e.toBigInt64, e.iterToArray = fn("handleOf"), fn("toBigInt64"), fn("iterToArray")
		e.jsToNumber = fn("toNumber")
	})
	set("validate", func(buf goja.Value, off, n int) bool {
		_, err := e.compile(bufferBytes(buf, off, n, false))
		return err == nil
	})
	set("compile", func(buf goja.Value, off, n int, api string) goja.Value {
		c, err := e.compile(bufferBytes(buf, off, n, false))
		if err != nil {
			e.throwAs(e.compileError, api+": "+err.Error())
		}
		e.noteTypes(c.info)
		return vm.ToValue(c)
	})
	// compileAsync compiles on the worker pool and calls cb(err, handle)
	// on the loop; the bytes are copied first, as the spec says.
	set("compileAsync", func(buf goja.Value, off, n int, api string, cb goja.Callable) {
		src := bufferBytes(buf, off, n, true)
		var c *compiled
		var err error
		e.runtime()
		e.loop.Go(func() { c, err = e.compile(src) }, func() {
			var cbErr error
			if err != nil {
				_, cbErr = cb(goja.Undefined(), e.newError(e.compileError, api+": "+err.Error()))
			} else {
				e.noteTypes(c.info)
				_, cbErr = cb(goja.Undefined(), goja.Null(), vm.ToValue(c))
			}
			if cbErr != nil {
				panic(cbErr)
			}
		})
	})
	set("imports", func(h *compiled) goja.Value { return e.describeImports(h) })
	set("exports", func(h *compiled) goja.Value { return e.describeExports(h) })
	set("customSections", func(h *compiled, name string) goja.Value { return e.customSections(h, name) })
	set("instantiate", func(h *compiled, imports goja.Value, api string) goja.Value {
		return e.instantiate(h, imports, api)
	})
	// prepare reads and links the imports now; the returned function
	// instantiates (WebAssembly.instantiate of a Module calls it later).
	set("prepare", func(h *compiled, imports goja.Value, api string) func() goja.Value {
		return e.prepare(h, imports, api).finish
	})
	// The constructors hand their new object over: an instance exporting
	// what it imported gives back that same object.
	set("newMemory", func(obj *goja.Object, initial, maximum int64, hasMax, shared bool) goja.Value {
		m := e.newMemory(limits{min: uint32(initial), max: uint32(maximum), hasMax: hasMax, shared: shared})
		m.obj = obj
		return vm.ToValue(m)
	})
	set("memoryBuffer", func(m *memory) goja.Value { return e.buffer(m) })
	set("memoryGrow", func(m *memory, delta int64) int64 { return e.grow(m, delta) })
	set("newGlobal", func(obj *goja.Object, typ string, mutable bool, v goja.Value, api string) goja.Value {
		g := e.newGlobal(typ, mutable, v, api)
		g.obj = obj
		e.globals[g.g] = g
		return vm.ToValue(g)
	})
	set("globalGet", func(g *global) goja.Value { return e.globalGet(g) })
	set("globalSet", func(g *global, v goja.Value) { e.globalSet(g, v) })
	set("globalType", func(g *global) string { return typeName(g.typ.val) })
	set("globalMutable", func(g *global) bool { return g.typ.mutable })
	set("newTable", func(elem string, initial, maximum int64, hasMax bool, v goja.Value) goja.Value {
		return vm.ToValue(e.newTable(elem, limits{min: uint32(initial), max: uint32(maximum), hasMax: hasMax}, v))
	})
	set("tableLength", func(t *table) int64 { return int64(t.length()) })
	set("tableGet", func(t *table, i int64) goja.Value { return e.tableGet(t, i) })
	set("tableSet", func(t *table, i int64, v goja.Value, given bool) { e.tableSet(t, i, v, given) })
	set("tableGrow", func(t *table, n int64, v goja.Value, given bool) int64 { return e.tableGrow(t, n, v, given) })
	set("streamingSource", func(v goja.Value) {
		panic(nodeerr.New(vm, "ERR_INVALID_ARG_TYPE", "source", []string{"Response", "Promise resolving to Response"}, v))
	})
	// later runs fn in a later macrotask, as the spec's "queue a task".
	set("later", func(fn goja.Callable) {
		e.loop.Post(func() {
			if _, err := fn(goja.Undefined()); err != nil {
				panic(err)
			}
		})
	})
	set("badResponse", func(what string) { panic(nodeerr.New(vm, "ERR_WEBASSEMBLY_RESPONSE", what)) })
	set("notImplemented", func(api string) { panic(nodeerr.NotImplemented(vm, api)) })
	return b
}

// bufferBytes returns n bytes at off of the ArrayBuffer buf, copied when
// they must outlive the call (async compile).
func bufferBytes(buf goja.Value, off, n int, copied bool) []byte {
	ab, _ := buf.Export().(goja.ArrayBuffer)
	b := ab.Bytes()
	if off < 0 || n < 0 || off+n > len(b) {
		return nil
	}
	b = b[off : off+n]
	if copied {
		b = append([]byte(nil), b...)
	}
	return b
}

// compiled is a WebAssembly.Module's handle.
type compiled struct {
	cm   wazero.CompiledModule
	info *moduleInfo
}

// compile validates and compiles src. Safe on any goroutine.
func (e *engine) compile(src []byte) (*compiled, error) {
	if msg := headerError(src); msg != "" {
		return nil, errors.New(msg)
	}
	cm, err := e.runtime().CompileModule(e.ctx, forWazero(src))
	if err != nil {
		return nil, err
	}
	info, err := parseModule(src)
	if err != nil {
		cm.Close(e.ctx)
		return nil, err
	}
	return &compiled{cm: cm, info: info}, nil
}

func (e *engine) describeImports(c *compiled) goja.Value {
	out := make([]any, 0, len(c.info.imports))
	for _, im := range c.info.imports {
		o := e.vm.NewObject()
		_ = o.Set("module", im.module)
		_ = o.Set("name", im.name)
		_ = o.Set("kind", kindNames[im.kind])
		out = append(out, o)
	}
	return e.vm.NewArray(out...)
}

func (e *engine) describeExports(c *compiled) goja.Value {
	out := make([]any, 0, len(c.info.exports))
	for _, ex := range c.info.exports {
		o := e.vm.NewObject()
		_ = o.Set("name", ex.name)
		_ = o.Set("kind", kindNames[ex.kind])
		out = append(out, o)
	}
	return e.vm.NewArray(out...)
}

func (e *engine) customSections(c *compiled, name string) goja.Value {
	var out []any
	for _, s := range c.info.custom {
		// A name that is not UTF-8 matches nothing, as in V8.
		if s.name == name && utf8.ValidString(s.name) {
			out = append(out, e.vm.NewArrayBuffer(append([]byte(nil), s.data...)))
		}
	}
	return e.vm.NewArray(out...)
}

func typeName(t byte) string {
	switch t {
	case typeI32:
		return "i32"
	case typeI64:
		return "i64"
	case typeF32:
		return "f32"
	case typeF64:
		return "f64"
	case typeV128:
		return "v128"
	case typeFuncref:
		return "anyfunc"
	case typeExternref:
		return "externref"
	}
	return "unknown"
}

func typeByName(s string) (byte, bool) {
	switch s {
	case "i32":
		return typeI32, true
	case "i64":
		return typeI64, true
	case "f32":
		return typeF32, true
	case "f64":
		return typeF64, true
	case "anyfunc", "funcref":
		return typeFuncref, true
	case "externref":
		return typeExternref, true
	}
	return 0, false
}

// headerError words a bad module header as V8 does; wazero's reasons for
// the rest of the binary stay its own.
func headerError(src []byte) string {
	hexes := func(b []byte) string {
		const digits = "0123456789abcdef"
		out := make([]byte, 0, 3*len(b))
		for i, c := range b {
			if i > 0 {
				out = append(out, ' ')
			}
			out = append(out, digits[c>>4], digits[c&15])
		}
		return string(out)
	}
	switch {
	case len(src) == 0:
		return "BufferSource argument is empty"
	case len(src) < 4:
		return "expected 4 bytes, fell off end @+0"
	case string(src[:4]) != "\x00asm":
		return "expected magic word 00 61 73 6d, found " + hexes(src[:4]) + " @+0"
	case len(src) < 8:
		return "expected 4 bytes, fell off end @+4"
	case string(src[4:8]) != "\x01\x00\x00\x00":
		return "expected version 01 00 00 00, found " + hexes(src[4:8]) + " @+4"
	}
	return ""
}
