// Package v8 is Node's `v8` module: https://nodejs.org/api/v8.html.
//
// There is no V8 here, so the heap figures come from Go's runtime
// (runtime.MemStats) under V8's field names, and the space and code
// statistics are V8's shapes filled from the same source. serialize and
// deserialize speak V8's ValueSerializer wire format (version 15, what
// Node 20 writes), so bytes round-trip with node; they are written in
// the JS shim because the format calls back into user code (host
// objects, _writeHostObject) at every step.
package v8

import (
	_ "embed"
	"runtime"

	"github.com/dop251/goja"

	"github.com/gorun-js/gorun/modules"
)

//go:embed serdes.js
var serdesSource string

//go:embed v8.js
var mainSource string

// The shim is the wire-format constants followed by the module proper.
var shim = modules.NewShimFunc("node:v8", func() string {
	return "'use strict';\n" + serdesSource + "\n" + mainSource
})

// Module declares `v8`.
func Module() modules.Module {
	return modules.Module{Name: "v8", Shim: shim, Binding: binding}
}

// heapLimit is what V8 reports as heap_size_limit on a 64-bit host with
// default flags; Go has no fixed limit, so node's figure is the least
// surprising one for code that sizes caches from it.
const heapLimit = 4345298944

func binding(c *modules.Context) (*goja.Object, error) {
	vm := c.VM
	b := vm.NewObject()
	// heapStatistics returns, in order: HeapSys, HeapInuse, HeapAlloc,
	// StackInuse, Sys, TotalAlloc, NumGC, the heap limit and the heap
	// memory held from the OS.
	_ = b.Set("heapStatistics", func(call goja.FunctionCall) goja.Value {
		var ms runtime.MemStats
		runtime.ReadMemStats(&ms)
		vals := []float64{
			float64(ms.HeapSys), float64(ms.HeapInuse), float64(ms.HeapAlloc),
			float64(ms.StackInuse), float64(ms.Sys), float64(ms.TotalAlloc),
			float64(ms.NumGC), heapLimit, float64(ms.HeapSys - ms.HeapReleased),
		}
		items := make([]any, len(vals))
		for i, v := range vals {
			items[i] = v
		}
		return vm.NewArray(items...)
	})
	return b, nil
}
