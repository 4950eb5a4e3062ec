package runtime

import (
	_ "embed"
	"sync"
	"time"

	"github.com/dop251/goja"

	"github.com/gorun-js/gorun/modules/events"
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
	settle, err := fn(goja.Undefined(), r.vm.GlobalObject(), getProcess, require, r.loop.QueueMicrotask(), r.vm.NewArray(pairs...), zoneKey)
	if err != nil {
		return err
	}
	return r.settleOnReflection(settle)
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
	vm := r.vm
	global := vm.GlobalObject()
	wrap := func(holder *goja.Object, name string, all bool) error {
		orig, ok := goja.AssertFunction(holder.Get(name))
		if !ok {
			return nil
		}
		length := holder.Get(name).(*goja.Object).Get("length")
		fn := vm.ToValue(func(call goja.FunctionCall) goja.Value {
			if o, ok := call.Argument(0).(*goja.Object); ok && o == global {
				key := goja.Undefined()
				if !all {
					key = call.Argument(1)
				}
				if _, err := settle(goja.Undefined(), key); err != nil {
					panic(err)
				}
			}
			v, err := orig(call.This, call.Arguments...)
			if err != nil {
				panic(err)
			}
			return v
		}).(*goja.Object)
		if err := fn.DefineDataProperty("name", vm.ToValue(name), goja.FLAG_FALSE, goja.FLAG_TRUE, goja.FLAG_FALSE); err != nil {
			return err
		}
		if err := fn.DefineDataProperty("length", length, goja.FLAG_FALSE, goja.FLAG_TRUE, goja.FLAG_FALSE); err != nil {
			return err
		}
		return holder.DefineDataProperty(name, fn, goja.FLAG_TRUE, goja.FLAG_TRUE, goja.FLAG_FALSE)
	}
	object := global.Get("Object").(*goja.Object)
	reflect := global.Get("Reflect").(*goja.Object)
	if err := wrap(object, "getOwnPropertyDescriptor", false); err != nil {
		return err
	}
	if err := wrap(object, "getOwnPropertyDescriptors", true); err != nil {
		return err
	}
	return wrap(reflect, "getOwnPropertyDescriptor", false)
}
