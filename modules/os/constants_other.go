//go:build !linux

package os

import "github.com/dop251/goja"

// constants outside Linux: only Node's platform-independent tables until
// the platform's errno and signal numbers are listed.
func constants(vm *goja.Runtime) *goja.Object {
	o := vm.NewObject()
	_ = o.SetPrototype(nil)
	return o
}
