package util

import (
	"github.com/dop251/goja"

	"github.com/gorun-js/gorun/modules"
)

// newBinding builds the Go half of util: the few facts about a value that
// V8 keeps in internal slots and goja does not expose to JS. Everything
// else, including the whole of inspect, is in the shim.
func newBinding(c *modules.Context) (*goja.Object, error) {
	vm := c.VM
	b := vm.NewObject()

	kindsObj := vm.NewObject()
	for k, name := range kindNames {
		_ = kindsObj.Set(name, int(k))
	}
	states := vm.NewObject()
	_ = states.Set("pending", int(goja.PromiseStatePending))
	_ = states.Set("fulfilled", int(goja.PromiseStateFulfilled))
	_ = states.Set("rejected", int(goja.PromiseStateRejected))

	_ = b.Set("kinds", kindsObj)
	_ = b.Set("promiseStates", states)
	// kindOf is on the hot path (once per object inspected): it takes and
	// returns raw goja values so no reflection-based wrapping is involved.
	_ = b.Set("kindOf", func(call goja.FunctionCall) goja.Value {
		return vm.ToValue(int(KindOf(call.Argument(0))))
	})
	_ = b.Set("proxyDetails", func(call goja.FunctionCall) goja.Value {
		return proxyDetails(vm, call.Argument(0), call.Argument(1).ToBoolean())
	})
	_ = b.Set("promiseDetails", func(call goja.FunctionCall) goja.Value {
		o, ok := call.Argument(0).(*goja.Object)
		if !ok {
			return goja.Undefined()
		}
		p, ok := o.Export().(*goja.Promise)
		if !ok {
			return goja.Undefined()
		}
		result := p.Result()
		if result == nil {
			result = goja.Undefined()
		}
		return vm.NewArray(int(p.State()), result)
	})
	_ = b.Set("previewEntries", func(call goja.FunctionCall) goja.Value {
		return previewEntries(vm, call.Argument(0))
	})
	return b, nil
}

// proxyDetails follows V8's getProxyDetails: undefined for a non-proxy;
// for a proxy, its target (full false) or [target, handler], with null for
// what a revoked proxy no longer has.
func proxyDetails(vm *goja.Runtime, v goja.Value, full bool) goja.Value {
	o, ok := v.(*goja.Object)
	if !ok || KindOf(o) != KindProxy {
		return goja.Undefined()
	}
	p, ok := o.Export().(goja.Proxy)
	if !ok {
		return goja.Undefined()
	}
	var target, handler goja.Value = goja.Null(), goja.Null()
	if t := p.Target(); t != nil {
		target = t
	}
	if h := p.Handler(); h != nil {
		handler = h
	}
	if !full {
		return target
	}
	return vm.NewArray(target, handler)
}

// previewEntries returns, without consuming anything, [entries, isKeyValue]
// for a Map or Set iterator, and the flat entries of a WeakMap or WeakSet;
// undefined when they cannot be read.
func previewEntries(vm *goja.Runtime, v goja.Value) goja.Value {
	o, ok := v.(*goja.Object)
	if !ok {
		return goja.Undefined()
	}
	toArray := func(vals []goja.Value) *goja.Object {
		items := make([]interface{}, len(vals))
		for i, x := range vals {
			items[i] = x
		}
		return vm.NewArray(items...)
	}
	switch k := KindOf(o); k {
	case KindMapIterator, KindSetIterator:
		entries, keyValue, ok := peekIterator(o, k == KindMapIterator)
		if !ok {
			return goja.Undefined()
		}
		return vm.NewArray(toArray(entries), keyValue)
	case KindWeakMap, KindWeakSet:
		entries, ok := peekWeak(o, k == KindWeakMap)
		if !ok {
			return goja.Undefined()
		}
		return toArray(entries)
	}
	return goja.Undefined()
}
