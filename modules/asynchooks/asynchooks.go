// Package asynchooks is Node's `async_hooks`: AsyncLocalStorage and
// AsyncResource over the event loop's async context (eventloop/context.go),
// which the loop carries through timers, immediates, nextTick, promise
// reactions and I/O completions. createHook reports the resources JS
// creates (AsyncResource and what builds on it: init, before, after,
// destroy); the runtime's own timers, promises and I/O are not reported
// (goja exposes no resource lifecycle to hook), and executionAsyncId is
// the top-level id outside AsyncResource scopes.
package asynchooks

import (
	_ "embed"

	"github.com/dop251/goja"

	"github.com/gorun-js/gorun/modules"
)

//go:embed async_hooks.js
var source string

var shim = modules.NewShim("node:async_hooks", source)

// Module declares `async_hooks`.
func Module() modules.Module {
	return modules.Module{Name: "async_hooks", Shim: shim, Binding: binding}
}

func binding(c *modules.Context) (*goja.Object, error) {
	b := c.VM.NewObject()
	l := c.Loop
	_ = b.Set("enable", func() { l.EnableAsyncContext() })
	_ = b.Set("getContext", func() goja.Value { return l.AsyncContext() })
	_ = b.Set("setContext", func(v goja.Value) { l.SetAsyncContext(v) })
	return b, nil
}
