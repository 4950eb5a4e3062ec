package runtime

import (
	_ "embed"
	"sync"
	"time"

	"github.com/dop251/goja"

	"github.com/gorun-js/gorun/modules"
	"github.com/gorun-js/gorun/modules/events"
	"github.com/gorun-js/gorun/modules/wasm"
)

//go:embed bootstrap.js
var bootstrapSource string

var bootstrapProgram = sync.OnceValues(func() (*goja.Program, error) {
	return goja.Compile("node:internal/bootstrap", bootstrapSource, true)
})

// installGlobals defines Node's globals (console, timers, queueMicrotask…).
func (r *Runtime) installGlobals() error {
	prg, err := bootstrapProgram()
	if err != nil {
		return err
	}
	v, err := r.vm.RunProgram(prg)
	if err != nil {
		return err
	}
	fn, _ := goja.AssertFunction(v)
	require := r.vm.ToValue(func(name string) goja.Value {
		v, err := r.reg.Require(name)
		if err != nil {
			panic(r.vm.NewGoError(err))
		}
		return v
	})
	var pairs []any
	for from, names := range events.Globals {
		for _, name := range names {
			pairs = append(pairs, r.vm.NewArray(name, from))
		}
	}
	getProcess := r.vm.ToValue(func() goja.Value { return r.proc() })
	// zoneKey names the zone Date uses now (Options.TimeZone may change it).
	zoneKey := r.vm.ToValue(func() string { return time.Local.String() })
	ret, err := fn(goja.Undefined(), r.vm.GlobalObject(), getProcess, require, r.loop.QueueMicrotask(), r.vm.NewArray(pairs...), zoneKey)
	if err != nil {
		return err
	}
	hooks := ret.ToObject(r.vm)
	r.formerConstructors, _ = hooks.Get("formerConstructors").(*goja.Object)
	if err := r.noteDetachedInstances(hooks.Get("noteDetach")); err != nil {
		return err
	}
	return r.settleOnReflection(hooks.Get("settle"))
}

// wasmModule is internal/wasm: building it defines the WebAssembly global
// (modules/wasm), which bootstrap.js reads lazily, so a program that never
// touches WebAssembly pays nothing for it. Its wazero runtime is freed
// with the VM.
func wasmModule() modules.Module {
	return modules.Module{
		Name: "internal/wasm",
		Binding: func(c *modules.Context) (*goja.Object, error) {
			if err := wasm.Install(c.VM, c.Loop); err != nil {
				return nil, err
			}
			return c.VM.GlobalObject().Get("WebAssembly").ToObject(c.VM), nil
		},
	}
}

// formerConstructorsModule is internal/former_constructors: the WeakMap
// from objects whose prototype was set to null to the name of the class
// they were instances of (util's inspect prints `[Foo: null prototype]`).
func (r *Runtime) formerConstructorsModule() modules.Module {
	return modules.Module{
		Name: "internal/former_constructors",
		Binding: func(*modules.Context) (*goja.Object, error) {
			if r.formerConstructors == nil {
				return r.vm.NewObject(), nil
			}
			return r.formerConstructors, nil
		},
	}
}

// noteDetachedInstances wraps Object.setPrototypeOf, Reflect.setPrototypeOf
// and the Object.prototype.__proto__ setter so that setting an object's
// prototype to null first calls note(obj) (bootstrap.js's noteDetach).
func (r *Runtime) noteDetachedInstances(noteValue goja.Value) error {
	note, ok := goja.AssertFunction(noteValue)
	if !ok {
		return nil
	}
	vm := r.vm
	global := vm.GlobalObject()
	noteIfNull := func(target, proto goja.Value) {
		if _, isObj := target.(*goja.Object); isObj && goja.IsNull(proto) {
			if _, err := note(goja.Undefined(), target); err != nil {
				panic(err)
			}
		}
	}
	for _, holder := range []string{"Object", "Reflect"} {
		h := global.Get(holder).(*goja.Object)
		err := wrapNative(vm, h, "setPrototypeOf", func(call goja.FunctionCall) {
			noteIfNull(call.Argument(0), call.Argument(1))
		})
		if err != nil {
			return err
		}
	}
	// The __proto__ accessor's setter, for `obj.__proto__ = null`.
	objectProto := global.Get("Object").(*goja.Object).Get("prototype").(*goja.Object)
	getDesc, _ := goja.AssertFunction(global.Get("Object").(*goja.Object).Get("getOwnPropertyDescriptor"))
	dv, err := getDesc(goja.Undefined(), objectProto, vm.ToValue("__proto__"))
	if err != nil || goja.IsUndefined(dv) {
		return err
	}
	desc := dv.ToObject(vm)
	setter, ok := goja.AssertFunction(desc.Get("set"))
	if !ok {
		return nil
	}
	wrapped := vm.ToValue(func(call goja.FunctionCall) goja.Value {
		noteIfNull(call.This, call.Argument(0))
		v, err := setter(call.This, call.Arguments...)
		if err != nil {
			panic(err)
		}
		return v
	}).(*goja.Object)
	_ = wrapped.DefineDataProperty("name", vm.ToValue("set __proto__"), goja.FLAG_FALSE, goja.FLAG_TRUE, goja.FLAG_FALSE)
	_ = wrapped.DefineDataProperty("length", vm.ToValue(1), goja.FLAG_FALSE, goja.FLAG_TRUE, goja.FLAG_FALSE)
	return objectProto.DefineAccessorProperty("__proto__", desc.Get("get"), wrapped, goja.FLAG_TRUE, goja.FLAG_FALSE)
}

// wrapNative replaces holder[name] with a native function of the same
// name and length that runs before(call) and then the original.
func wrapNative(vm *goja.Runtime, holder *goja.Object, name string, before func(goja.FunctionCall)) error {
	origValue := holder.Get(name)
	orig, ok := goja.AssertFunction(origValue)
	if !ok {
		return nil
	}
	fn := vm.ToValue(func(call goja.FunctionCall) goja.Value {
		before(call)
		v, err := orig(call.This, call.Arguments...)
		if err != nil {
			panic(err)
		}
		return v
	}).(*goja.Object)
	if err := fn.DefineDataProperty("name", vm.ToValue(name), goja.FLAG_FALSE, goja.FLAG_TRUE, goja.FLAG_FALSE); err != nil {
		return err
	}
	if err := fn.DefineDataProperty("length", origValue.(*goja.Object).Get("length"), goja.FLAG_FALSE, goja.FLAG_TRUE, goja.FLAG_FALSE); err != nil {
		return err
	}
	return holder.DefineDataProperty(name, fn, goja.FLAG_TRUE, goja.FLAG_TRUE, goja.FLAG_FALSE)
}

// settleOnReflection wraps Object.getOwnPropertyDescriptor,
// Object.getOwnPropertyDescriptors and Reflect.getOwnPropertyDescriptor so
// that, asked about the global object, they first build the lazy globals
// node defines as plain data properties (bootstrap.js's `settle`): URL
// then looks like node's — {value, writable, configurable} — and nothing
// else pays for it. The wrappers are native, like the originals.
func (r *Runtime) settleOnReflection(settleValue goja.Value) error {
	settle, ok := goja.AssertFunction(settleValue)
	if !ok {
		return nil
	}
	global := r.vm.GlobalObject()
	onGlobal := func(all bool) func(goja.FunctionCall) {
		return func(call goja.FunctionCall) {
			if o, ok := call.Argument(0).(*goja.Object); ok && o == global {
				key := goja.Undefined()
				if !all {
					key = call.Argument(1)
				}
				if _, err := settle(goja.Undefined(), key); err != nil {
					panic(err)
				}
			}
		}
	}
	object := global.Get("Object").(*goja.Object)
	reflect := global.Get("Reflect").(*goja.Object)
	if err := wrapNative(r.vm, object, "getOwnPropertyDescriptor", onGlobal(false)); err != nil {
		return err
	}
	if err := wrapNative(r.vm, object, "getOwnPropertyDescriptors", onGlobal(true)); err != nil {
		return err
	}
	return wrapNative(r.vm, reflect, "getOwnPropertyDescriptor", onGlobal(false))
}
