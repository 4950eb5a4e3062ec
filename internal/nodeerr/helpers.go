package nodeerr

import "github.com/dop251/goja"

// Typed shortcuts for the codes Go bindings raise most. Each returns the
// error; panic with it (or use Throw) to raise it in JS.

// InvalidArgType is ERR_INVALID_ARG_TYPE: expected is a type name
// ("string"), a class ("Buffer") or a []string of them.
func InvalidArgType(vm *goja.Runtime, name string, expected any, actual goja.Value) *goja.Object {
	if list, ok := expected.([]string); ok {
		items := make([]any, len(list))
		for i, s := range list {
			items[i] = s
		}
		expected = vm.NewArray(items...)
	}
	return New(vm, "ERR_INVALID_ARG_TYPE", name, expected, orUndefined(actual))
}

// InvalidArgValue is ERR_INVALID_ARG_VALUE; an empty reason means "is
// invalid".
func InvalidArgValue(vm *goja.Runtime, name string, value goja.Value, reason string) *goja.Object {
	if reason == "" {
		return New(vm, "ERR_INVALID_ARG_VALUE", name, orUndefined(value))
	}
	return New(vm, "ERR_INVALID_ARG_VALUE", name, orUndefined(value), reason)
}

// OutOfRange is ERR_OUT_OF_RANGE: `The value of "name" is out of range.
// It must be <rng>. Received <value>`.
func OutOfRange(vm *goja.Runtime, name, rng string, received goja.Value) *goja.Object {
	return New(vm, "ERR_OUT_OF_RANGE", name, rng, orUndefined(received))
}

// MissingArgs is ERR_MISSING_ARGS for the named arguments.
func MissingArgs(vm *goja.Runtime, names ...string) *goja.Object {
	args := make([]any, len(names))
	for i, n := range names {
		args[i] = n
	}
	return New(vm, "ERR_MISSING_ARGS", args...)
}

// InvalidThis is ERR_INVALID_THIS: a method called on the wrong receiver.
func InvalidThis(vm *goja.Runtime, typ string) *goja.Object {
	return New(vm, "ERR_INVALID_THIS", typ)
}

// NotImplemented is gorun's ERR_NOT_IMPLEMENTED for a Node API gorun
// lacks; api names it as users write it ("fs.watch").
func NotImplemented(vm *goja.Runtime, api string) *goja.Object {
	return New(vm, "ERR_NOT_IMPLEMENTED", api)
}

func orUndefined(v goja.Value) goja.Value {
	if v == nil {
		return goja.Undefined()
	}
	return v
}
