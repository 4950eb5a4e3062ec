package util

import (
	"testing"

	"github.com/dop251/goja"

	"github.com/gorun-js/gorun/modules"
)

// newRuntime returns a fresh VM with `util` required into the global
// `util` (and a global require), the way a test script sees them.
func newRuntime(t testing.TB) *goja.Runtime {
	t.Helper()
	vm := goja.New()
	reg := modules.NewRegistry(Modules(), modules.Context{VM: vm})
	u, err := reg.Require("util")
	if err != nil {
		t.Fatalf("require('util'): %v", err)
	}
	if err := vm.Set("util", u); err != nil {
		t.Fatal(err)
	}
	requireFn := func(call goja.FunctionCall) goja.Value {
		v, err := reg.Require(call.Argument(0).String())
		if err != nil {
			panic(vm.NewGoError(err))
		}
		return v
	}
	if err := vm.Set("require", requireFn); err != nil {
		t.Fatal(err)
	}
	return vm
}

// run evaluates src and returns its string result.
func run(t testing.TB, vm *goja.Runtime, src string) string {
	t.Helper()
	v, err := vm.RunString(src)
	if err != nil {
		t.Fatalf("%s: %v", src, err)
	}
	return v.String()
}
