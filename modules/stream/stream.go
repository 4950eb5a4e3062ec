// Package stream is Node's `stream` core: the legacy Stream constructor and
// the Readable, Writable, Duplex, Transform and PassThrough classes with
// Node's state machines (_readableState/_writableState keep Node's field
// names because npm packages read them), destroy semantics and the shared
// predicates of internal/streams/utils.
//
// It is JS: the classes are extended, patched and called without `new`
// by user code, and chunks stay Buffers end to end, so a Go half would only
// add crossings. The one Go piece is internal/streams/fastpath's binding:
// the loop's one-argument tick enqueue and a Buffer's length, which goja
// makes slow to read from JS. finished, pipeline, compose, addAbortSignal, Readable.from
// and the operators live in modules/streamops and are loaded lazily on
// first use so require('stream') stays cheap.
package stream

import (
	_ "embed"
	"reflect"

	"github.com/dop251/goja"

	"github.com/gorun-js/gorun/modules"
)

var (
	//go:embed stream.js
	streamSrc string
	//go:embed utils.js
	utilsSrc string
	//go:embed state.js
	stateSrc string
	//go:embed destroy.js
	destroySrc string
	//go:embed legacy.js
	legacySrc string
	//go:embed readable.js
	readableSrc string
	//go:embed readable_pipe.js
	readablePipeSrc string
	//go:embed readable_iterators.js
	readableIterSrc string
	//go:embed writable.js
	writableSrc string
	//go:embed duplex.js
	duplexSrc string
	//go:embed transform.js
	transformSrc string
	//go:embed passthrough.js
	passthroughSrc string
	//go:embed fastpath.js
	fastpathSrc string
)

var (
	streamShim       = modules.NewShim("node:stream", streamSrc)
	utilsShim        = modules.NewShim("node:internal/streams/utils", utilsSrc)
	stateShim        = modules.NewShim("node:internal/streams/state", stateSrc)
	destroyShim      = modules.NewShim("node:internal/streams/destroy", destroySrc)
	legacyShim       = modules.NewShim("node:internal/streams/legacy", legacySrc)
	readableShim     = modules.NewShim("node:internal/streams/readable", readableSrc)
	readablePipeShim = modules.NewShim("node:internal/streams/readable-pipe", readablePipeSrc)
	readableIterShim = modules.NewShim("node:internal/streams/readable-iterators", readableIterSrc)
	writableShim     = modules.NewShim("node:internal/streams/writable", writableSrc)
	duplexShim       = modules.NewShim("node:internal/streams/duplex", duplexSrc)
	transformShim    = modules.NewShim("node:internal/streams/transform", transformSrc)
	passthroughShim  = modules.NewShim("node:internal/streams/passthrough", passthroughSrc)
	fastpathShim     = modules.NewShim("node:internal/streams/fastpath", fastpathSrc)
)

// The legacy module names, compiled once per process like every shim.
var (
	readableAlias    = alias("_stream_readable", "internal/streams/readable")
	writableAlias    = alias("_stream_writable", "internal/streams/writable")
	duplexAlias      = alias("_stream_duplex", "internal/streams/duplex")
	transformAlias   = alias("_stream_transform", "internal/streams/transform")
	passthroughAlias = alias("_stream_passthrough", "internal/streams/passthrough")
)

// alias makes the shim of a legacy module name (`_stream_readable`, …)
// that Node still exposes: its exports are the internal module's.
func alias(name, target string) *modules.Shim {
	return modules.NewShim("node:"+name, "'use strict';\nmodule.exports = require('"+target+"');\n")
}

// Modules declares `stream` and the internal modules its classes live in
// (internal/streams/readable, …), which other built-ins (fs, zlib, net,
// child_process) require directly, as Node's do.
func Modules() []modules.Module {
	return []modules.Module{
		{Name: "stream", Shim: streamShim},
		{Name: "internal/streams/utils", Shim: utilsShim},
		{Name: "internal/streams/state", Shim: stateShim},
		{Name: "internal/streams/destroy", Shim: destroyShim},
		{Name: "internal/streams/legacy", Shim: legacyShim},
		{Name: "internal/streams/readable", Shim: readableShim},
		{Name: "internal/streams/readable-pipe", Shim: readablePipeShim},
		{Name: "internal/streams/readable-iterators", Shim: readableIterShim},
		{Name: "internal/streams/writable", Shim: writableShim},
		{Name: "internal/streams/duplex", Shim: duplexShim},
		{Name: "internal/streams/transform", Shim: transformShim},
		{Name: "internal/streams/passthrough", Shim: passthroughShim},
		{Name: "internal/streams/fastpath", Shim: fastpathShim, Binding: fastpathBinding},
		{Name: "_stream_readable", Shim: readableAlias},
		{Name: "_stream_writable", Shim: writableAlias},
		{Name: "_stream_duplex", Shim: duplexAlias},
		{Name: "_stream_transform", Shim: transformAlias},
		{Name: "_stream_passthrough", Shim: passthroughAlias},
	}
}

// fastpathBinding gives internal/streams/fastpath the loop's one-argument
// tick enqueue (eventloop's NextTick1) and byteLength(v): v.length, read
// in Go without goja's typed-array property lookup when v is a Uint8Array
// (a Buffer).
func fastpathBinding(c *modules.Context) (*goja.Object, error) {
	vm := c.VM
	o := vm.NewObject()
	if err := o.Set("nextTick1", c.Loop.NextTick1()); err != nil {
		return nil, err
	}
	err := o.Set("byteLength", func(call goja.FunctionCall) goja.Value {
		v := call.Argument(0)
		if obj, ok := v.(*goja.Object); ok {
			if obj.ExportType() == bytesType {
				if b, ok := obj.Export().([]byte); ok {
					return vm.ToValue(len(b))
				}
			}
			return orUndefined(obj.Get("length"))
		}
		if goja.IsUndefined(v) || goja.IsNull(v) {
			panic(vm.NewTypeError("Cannot read properties of " + v.String() + " (reading 'length')"))
		}
		return orUndefined(v.ToObject(vm).Get("length"))
	})
	if err != nil {
		return nil, err
	}
	return o, nil
}

var bytesType = reflect.TypeOf([]byte(nil))

func orUndefined(v goja.Value) goja.Value {
	if v == nil {
		return goja.Undefined()
	}
	return v
}
