// Package errorsmodule declares the internal modules "internal/errors"
// and "internal/validators" through which gorun's JS shims raise Node's
// errors. It is separate from package nodeerr so that nodeerr, which any
// Go binding may use, never depends on the module registry.
package errorsmodule

import (
	_ "embed"
	"strconv"

	"github.com/dop251/goja"

	"github.com/gorun-js/gorun/internal/nodeerr"
	"github.com/gorun-js/gorun/modules"
)

//go:embed errors.js
var errorsSrc string

//go:embed validators.js
var validatorsSrc string

var (
	errorsShim     = modules.NewShim("node:internal/errors", errorsSrc)
	validatorsShim = modules.NewShim("node:internal/validators", validatorsSrc)
)

// Modules returns "internal/errors" (codes, AbortError, the system error
// classes, hideStackFrames, and the validators re-exported) and
// "internal/validators".
func Modules() []modules.Module {
	return []modules.Module{
		{Name: "internal/errors", Shim: errorsShim, Binding: binding},
		{Name: "internal/validators", Shim: validatorsShim},
	}
}

// binding exposes the Go table to errors.js: messages, the list of codes
// with their classes, the approximate inspect used before util exists,
// and libuv's errno names.
func binding(c *modules.Context) (*goja.Object, error) {
	vm := c.VM
	b := nodeerr.Builder{VM: vm, Inspect: nodeerr.UtilInspect(vm, c.Require)}
	o := vm.NewObject()
	set := func(name string, fn func(goja.FunctionCall) goja.Value) { _ = o.Set(name, fn) }

	set("message", func(call goja.FunctionCall) goja.Value {
		code := call.Argument(0).String()
		var args []goja.Value
		if arr, ok := call.Argument(1).(*goja.Object); ok {
			n := int(arr.Get("length").ToInteger())
			args = make([]goja.Value, n)
			for i := range args {
				args[i] = arr.Get(strconv.Itoa(i))
			}
		}
		self, _ := call.Argument(2).(*goja.Object)
		msg, ok := b.Message(code, self, args)
		if !ok {
			panic(b.New("ERR_INTERNAL_ASSERTION", "Unknown Node.js error code: "+code))
		}
		return vm.ToValue(msg)
	})

	set("codes", func(call goja.FunctionCall) goja.Value {
		mk, ok := goja.AssertFunction(call.Argument(0))
		if !ok {
			panic(vm.NewTypeError("codes: factory is not a function"))
		}
		return vm.NewDynamicObject(&codesObject{vm: vm, make: mk, cache: map[string]goja.Value{}, deleted: map[string]bool{}})
	})

	// v8Message returns V8's wording of an engine message, or undefined
	// when goja's is already the same.
	set("v8Message", func(call goja.FunctionCall) goja.Value {
		if msg, ok := nodeerr.V8Message(call.Argument(0).String()); ok {
			return vm.ToValue(msg)
		}
		return goja.Undefined()
	})

	set("inspect", func(call goja.FunctionCall) goja.Value {
		var opts map[string]any
		if o, ok := call.Argument(1).(*goja.Object); ok {
			opts = map[string]any{}
			for _, k := range o.Keys() {
				opts[k] = o.Get(k).Export()
			}
		}
		return vm.ToValue(nodeerr.Inspect(vm, call.Argument(0), opts))
	})

	set("specificType", func(call goja.FunctionCall) goja.Value {
		return vm.ToValue(b.SpecificType(call.Argument(0)))
	})

	set("errname", func(call goja.FunctionCall) goja.Value {
		code, msg, ok := nodeerr.ErrnoName(int(call.Argument(0).ToInteger()))
		if !ok {
			return goja.Undefined()
		}
		return vm.NewArray(code, msg)
	})

	set("errmap", func(goja.FunctionCall) goja.Value {
		table := nodeerr.ErrnoTable()
		rows := make([]any, len(table))
		for i, e := range table {
			rows[i] = vm.NewArray(e.Errno, vm.NewArray(e.Code, e.Message))
		}
		return vm.NewArray(rows...)
	})
	return o, nil
}

// codesObject is internal/errors' `codes`: each class is made by the JS
// factory the first time it is read.
type codesObject struct {
	vm      *goja.Runtime
	make    goja.Callable
	cache   map[string]goja.Value
	deleted map[string]bool
}

func (c *codesObject) Get(key string) goja.Value {
	if v, ok := c.cache[key]; ok {
		return v
	}
	if c.deleted[key] {
		return nil
	}
	class, ok := nodeerr.ClassOf(key)
	if !ok {
		return nil
	}
	base := class.String()
	if class == nodeerr.SystemError {
		base = "SystemError"
	}
	alts := []any{}
	for _, a := range nodeerr.Alternates(key) {
		alts = append(alts, a.String())
	}
	v, err := c.make(goja.Undefined(), c.vm.ToValue(key), c.vm.ToValue(base), c.vm.NewArray(alts...), c.vm.ToValue(nodeerr.HidesStackFrames(key)))
	if err != nil {
		panic(err)
	}
	c.cache[key] = v
	return v
}

func (c *codesObject) Set(key string, val goja.Value) bool {
	c.cache[key] = val
	delete(c.deleted, key)
	return true
}

func (c *codesObject) Has(key string) bool {
	if _, ok := c.cache[key]; ok {
		return true
	}
	if c.deleted[key] {
		return false
	}
	_, ok := nodeerr.ClassOf(key)
	return ok
}

func (c *codesObject) Delete(key string) bool {
	delete(c.cache, key)
	c.deleted[key] = true
	return true
}

func (c *codesObject) Keys() []string {
	var keys []string
	for _, k := range nodeerr.Codes() {
		if !c.deleted[k] {
			keys = append(keys, k)
		}
	}
	for k := range c.cache {
		if _, known := nodeerr.ClassOf(k); !known {
			keys = append(keys, k)
		}
	}
	return keys
}
