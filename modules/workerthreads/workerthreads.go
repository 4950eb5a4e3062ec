// Package workerthreads is Node's `worker_threads` module as seen from
// the main thread: https://nodejs.org/api/worker_threads.html.
//
// MessageChannel, MessagePort and BroadcastChannel work within the one
// runtime (messages are structured clones delivered as macrotasks, and a
// started, referenced port keeps the loop alive as in node). Worker
// threads themselves need a second goja runtime on its own loop and
// goroutine; until then `new Worker` throws ERR_NOT_IMPLEMENTED.
package workerthreads

import (
	_ "embed"

	"github.com/dop251/goja"

	"github.com/gorun-js/gorun/internal/polyfill"
	"github.com/gorun-js/gorun/modules"
)

//go:embed workerthreads.js
var source string

var shim = modules.NewShim("node:worker_threads", source)

// Module declares `worker_threads`.
func Module() modules.Module {
	return modules.Module{Name: "worker_threads", Shim: shim, Binding: binding}
}

func binding(c *modules.Context) (*goja.Object, error) {
	vm, l := c.VM, c.Loop
	b := vm.NewObject()
	// handle returns the liveness of one port: a loop handle, created
	// unreferenced, whose post runs a function as a macrotask.
	_ = b.Set("handle", func() *goja.Object {
		h := l.NewHandle()
		h.Unref()
		o := vm.NewObject()
		_ = o.Set("ref", h.Ref)
		_ = o.Set("unref", h.Unref)
		_ = o.Set("hasRef", h.HasRef)
		_ = o.Set("close", h.Close)
		_ = o.Set("post", func(fn goja.Value) bool {
			return h.Post(func() { l.Call(fn, goja.Undefined(), nil) })
		})
		return o
	})
	// markUntransferable: structuredClone's transfer copies what it marks
	// instead of moving it (polyfill.UntransferableKey).
	_ = b.Set("markUntransferable", func(v goja.Value) {
		if c.Host != nil {
			polyfill.Natives(c.Host.Natives).MarkUntransferable(v)
		}
	})
	return b, nil
}
