// Package workerthreads is Node's `worker_threads` module:
// https://nodejs.org/api/worker_threads.html.
//
// MessageChannel, MessagePort and BroadcastChannel work within one
// runtime (messages are structured clones delivered as macrotasks, and a
// started, referenced port keeps the loop alive as in node). A Worker is
// a second runtime on its own goroutine and loop, started through the
// Host the runtime registers (HostModule); the two exchange only bytes in
// V8's serialization format (Envelope, Inbox), as node's isolates do.
package workerthreads

import (
	_ "embed"

	"github.com/dop251/goja"

	"github.com/gorun-js/gorun/internal/polyfill"
	"github.com/gorun-js/gorun/modules"
)

//go:embed workerthreads.js
var source string

//go:embed worker.js
var workerSource string

// The shim is worker.js (the Worker class and a worker's side, whose
// declarations workerthreads.js's exports use) followed by the rest.
var shim = modules.NewShimFunc("node:worker_threads", func() string {
	return "'use strict';\n" + workerSource + "\n" + source
})

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
