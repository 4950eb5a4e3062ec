package polyfill

import (
	"github.com/dop251/goja"
)

// installLegacyAccessors defines Object.prototype.__defineGetter__,
// __defineSetter__, __lookupGetter__ and __lookupSetter__ (ECMA-262 Annex
// B), which goja lacks and packages still call (koa's `delegates`). Native
// functions: nothing to compile at start-up.
func installLegacyAccessors(vm *goja.Runtime) error {
	object := vm.GlobalObject().Get("Object").(*goja.Object)
	proto := object.Get("prototype").(*goja.Object)
	if v := proto.Get("__defineGetter__"); v != nil && !goja.IsUndefined(v) {
		return nil // goja has them now
	}
	getDesc, _ := goja.AssertFunction(object.Get("getOwnPropertyDescriptor"))
	getProto, _ := goja.AssertFunction(object.Get("getPrototypeOf"))
	defineProp, _ := goja.AssertFunction(object.Get("defineProperty"))

	define := func(name, field string) func(goja.FunctionCall) goja.Value {
		return func(call goja.FunctionCall) goja.Value {
			o := call.This.ToObject(vm)
			fn := call.Argument(1)
			if _, ok := goja.AssertFunction(fn); !ok {
				panic(vm.NewTypeError("Object.prototype." + name + ": Expecting function"))
			}
			desc := vm.NewObject()
			_ = desc.Set(field, fn)
			_ = desc.Set("enumerable", true)
			_ = desc.Set("configurable", true)
			if _, err := defineProp(goja.Undefined(), o, call.Argument(0), desc); err != nil {
				panic(err)
			}
			return goja.Undefined()
		}
	}
	lookup := func(field string) func(goja.FunctionCall) goja.Value {
		return func(call goja.FunctionCall) goja.Value {
			o := call.This.ToObject(vm)
			key := call.Argument(0)
			for {
				d, err := getDesc(goja.Undefined(), o, key)
				if err != nil {
					panic(err)
				}
				if !goja.IsUndefined(d) {
					if v := d.ToObject(vm).Get(field); v != nil {
						return v
					}
					return goja.Undefined()
				}
				p, err := getProto(goja.Undefined(), o)
				if err != nil {
					panic(err)
				}
				next, ok := p.(*goja.Object)
				if !ok {
					return goja.Undefined()
				}
				o = next
			}
		}
	}
	methods := []struct {
		name   string
		length int
		fn     func(goja.FunctionCall) goja.Value
	}{
		{"__defineGetter__", 2, define("__defineGetter__", "get")},
		{"__defineSetter__", 2, define("__defineSetter__", "set")},
		{"__lookupGetter__", 1, lookup("get")},
		{"__lookupSetter__", 1, lookup("set")},
	}
	for _, m := range methods {
		f := vm.ToValue(m.fn).(*goja.Object)
		_ = f.DefineDataProperty("name", vm.ToValue(m.name), goja.FLAG_FALSE, goja.FLAG_TRUE, goja.FLAG_FALSE)
		_ = f.DefineDataProperty("length", vm.ToValue(m.length), goja.FLAG_FALSE, goja.FLAG_TRUE, goja.FLAG_FALSE)
		if err := proto.DefineDataProperty(m.name, f, goja.FLAG_TRUE, goja.FLAG_TRUE, goja.FLAG_FALSE); err != nil {
			return err
		}
	}
	return nil
}
