package stacktrace

import (
	"github.com/dop251/goja"
)

// intrinsics are builtins the tracer relies on, taken before user code can
// replace them.
type intrinsics struct {
	object                   goja.Value
	getOwnPropertyDescriptor goja.Value
	getPrototypeOf           goja.Value
	isExtensible             goja.Value
	keys                     goja.Value
	toStringTag              goja.Value
	array                    goja.Value
	arrayFrom                goja.Value
	arrayValues              goja.Value
}

// A pending stack is an accessor plus a hidden property holding the
// frames. V8's stack looks like a data property, so the functions that can
// tell the difference, or that list non-enumerable keys, first format the
// stack of the object they are given, turning it into the data property V8
// would show.
var introspection = []struct{ ns, name string }{
	{"Object", "getOwnPropertyNames"},
	{"Object", "getOwnPropertyDescriptor"},
	{"Object", "getOwnPropertyDescriptors"},
	{"Object", "getOwnPropertySymbols"},
	{"Reflect", "getOwnPropertyDescriptor"},
	{"Reflect", "ownKeys"},
}

func (t *Tracer) captureIntrinsics() {
	vm := t.vm
	object := vm.Get("Object").ToObject(vm)
	array := vm.Get("Array").ToObject(vm)
	t.intrinsics = intrinsics{
		array:                    array,
		arrayFrom:                array.Get("from"),
		arrayValues:              array.Get("prototype").ToObject(vm).Get("values"),
		object:                   object,
		getOwnPropertyDescriptor: object.Get("getOwnPropertyDescriptor"),
		getPrototypeOf:           object.Get("getPrototypeOf"),
		isExtensible:             object.Get("isExtensible"),
		keys:                     object.Get("keys"),
		toStringTag:              goja.SymToStringTag,
	}
}

// accessorInPlace reports whether o's own `stack` is still the pending
// accessor.
func (t *Tracer) accessorInPlace(o *goja.Object) bool {
	gopd, _ := goja.AssertFunction(t.intrinsics.getOwnPropertyDescriptor)
	d, err := gopd(goja.Undefined(), o, t.vm.ToValue("stack"))
	if err != nil {
		return false
	}
	desc, ok := d.(*goja.Object)
	return ok && desc.Get("get") == t.getter
}

func (t *Tracer) patchIntrospection() error {
	vm := t.vm
	for _, p := range introspection {
		ns, ok := vm.Get(p.ns).(*goja.Object)
		if !ok {
			continue
		}
		orig, ok := ns.Get(p.name).(*goja.Object)
		if !ok {
			continue
		}
		call, ok := goja.AssertFunction(orig)
		if !ok {
			continue
		}
		onlyStack := p.name == "getOwnPropertyDescriptor"
		f := t.native(p.name, int(orig.Get("length").ToInteger()), func(c goja.FunctionCall) goja.Value {
			if o, ok := c.Argument(0).(*goja.Object); ok && (!onlyStack || c.Argument(1).String() == "stack") {
				if ps := t.pendingOf(o); ps != nil && ps.owner == o {
					if t.accessorInPlace(o) {
						t.materialize(ps)
					} else {
						// stack was redefined or deleted past the setter.
						_ = o.Delete(pendingKey)
					}
				}
			}
			v, err := call(c.This, c.Arguments...)
			if err != nil {
				panic(err)
			}
			return v
		})
		delete(t.own, f) // V8 shows these frames
		if err := ns.DefineDataProperty(p.name, f, goja.FLAG_TRUE, goja.FLAG_TRUE, goja.FLAG_FALSE); err != nil {
			return err
		}
	}
	return nil
}
