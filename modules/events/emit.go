package events

import (
	"strconv"

	"github.com/dop251/goja"

	"github.com/gorun-js/gorun/modules"
)

// binding gives the shim its one Go piece, the emit fast path.
func binding(c *modules.Context) (*goja.Object, error) {
	vm := c.VM
	o := vm.NewObject()
	err := o.Set("fastEmit", func(call goja.FunctionCall) goja.Value {
		slow, ok1 := goja.AssertFunction(call.Argument(0))
		addCatch, ok2 := goja.AssertFunction(call.Argument(1))
		capture, ok3 := call.Argument(2).(*goja.Symbol)
		if !ok1 || !ok2 || !ok3 {
			panic(vm.NewTypeError("fastEmit(slowEmit, addCatch, kCapture)"))
		}
		return vm.ToValue(newEmit(vm, slow, addCatch, capture))
	})
	return o, err
}

// newEmit returns EventEmitter.prototype.emit. goja gives a JS function
// its rest parameter as a fresh array and charges heavily for
// Function.prototype.apply, so a JS emit costs 3-4x a native one that
// passes the caller's argument slice straight to the listener
// (BenchmarkEmit). The native path covers the hot case: a string or symbol
// event other than 'error' on a well-formed emitter. Everything else
// ('error', odd `this` or `_events`, non-function listeners) runs slow,
// the JS emit that has all of Node's semantics, so behaviour is one
// implementation's.
func newEmit(vm *goja.Runtime, slow, addCatch goja.Callable, kCapture *goja.Symbol) func(goja.FunctionCall) goja.Value {
	callSlow := func(call goja.FunctionCall) goja.Value {
		r, err := slow(call.This, call.Arguments...)
		if err != nil {
			panic(err)
		}
		return r
	}
	// catch hands a listener's non-nullish result to addCatch, which
	// watches promises when captureRejections is on for this emitter.
	catch := func(this *goja.Object, result, typ goja.Value, args []goja.Value) {
		if goja.IsUndefined(result) || goja.IsNull(result) || !this.GetSymbol(kCapture).ToBoolean() {
			return
		}
		if _, err := addCatch(goja.Undefined(), this, result, typ, vm.NewArray(anys(args)...)); err != nil {
			panic(err)
		}
	}
	return func(call goja.FunctionCall) goja.Value {
		this, ok := call.This.(*goja.Object)
		if !ok || len(call.Arguments) == 0 {
			return callSlow(call)
		}
		typ := call.Arguments[0]
		var sym *goja.Symbol
		var key string
		switch t := typ.(type) {
		case *goja.Symbol:
			sym = t
		default:
			if !goja.IsString(typ) {
				return callSlow(call)
			}
			key = typ.String()
			if key == "error" {
				return callSlow(call)
			}
		}
		ev, ok := this.Get("_events").(*goja.Object)
		if !ok {
			return callSlow(call)
		}
		var h goja.Value
		if sym != nil {
			h = ev.GetSymbol(sym)
		} else {
			h = ev.Get(key)
		}
		if h == nil || goja.IsUndefined(h) {
			return vm.ToValue(false)
		}
		args := call.Arguments[1:]
		if fn, ok := goja.AssertFunction(h); ok {
			r, err := fn(this, args...)
			if err != nil {
				panic(err)
			}
			catch(this, r, typ, args)
			return vm.ToValue(true)
		}
		list, ok := h.(*goja.Object)
		if !ok || list.ClassName() != "Array" {
			return callSlow(call)
		}
		// A snapshot, so listeners added or removed by a listener take
		// effect from the next emit, as in Node.
		n := int(list.Get("length").ToInteger())
		fns := make([]goja.Callable, n)
		for i := range fns {
			if fns[i], ok = goja.AssertFunction(list.Get(strconv.Itoa(i))); !ok {
				return callSlow(call)
			}
		}
		for _, fn := range fns {
			r, err := fn(this, args...)
			if err != nil {
				panic(err)
			}
			catch(this, r, typ, args)
		}
		return vm.ToValue(true)
	}
}

func anys(vals []goja.Value) []any {
	out := make([]any, len(vals))
	for i, v := range vals {
		out[i] = v
	}
	return out
}
