// Package zlib is Node's `zlib` module: deflate/inflate, gzip/gunzip, raw
// deflate, unzip and brotli, as Transform streams, callbacks, promisified
// and *Sync functions.
//
// The codecs are klauspost/compress's flate (compress/flate for level 0)
// and andybalholm/brotli; the zlib and gzip framing is written here so
// that zlib's semantics hold where Node shows them: flush kinds, params()
// mid-stream, dictionaries, multi-member gzip, and zlib's error messages
// and errno codes. Decoders are pull-style readers in Go; each runs on a
// goroutine that parks whenever it has used up its input or filled its
// output (see pump), which gives zlib's chunk-at-a-time interface. A
// stream's write produces a bounded amount of output per trip (chunker),
// so a big chunk is processed as its reader consumes it, as Node does. A
// whole input decoded at once takes a faster path (fastInflate).
// Async writes run on the loop's worker pool; *Sync ones run inline.
package zlib

import (
	_ "embed"
	"hash/crc32"
	"runtime"

	"github.com/dop251/goja"

	"github.com/gorun-js/gorun/modules"
	"github.com/gorun-js/gorun/modules/buffer"
)

//go:embed zlib.js
var source string

var shim = modules.NewShim("node:zlib", source)

// Module declares `zlib`.
func Module() modules.Module {
	return modules.Module{Name: "zlib", Shim: shim, Binding: binding}
}

// Modules lists the module of this package.
func Modules() []modules.Module { return []modules.Module{Module()} }

func binding(c *modules.Context) (*goja.Object, error) {
	vm := c.VM
	b := vm.NewObject()
	bytes := func(v goja.Value) []byte { return buffer.BytesOf(vm, v) }

	_ = b.Set("crc32", func(data goja.Value, value uint32) uint32 {
		if s, ok := data.Export().(string); ok {
			return crc32.Update(value, crc32.IEEETable, []byte(s))
		}
		return crc32.Update(value, crc32.IEEETable, bytes(data))
	})

	// newHandle(mode, level, windowBits, memLevel, strategy, dictionary,
	// brotliParams) makes the Go state of one stream; the shim validated
	// every argument.
	_ = b.Set("newHandle", func(call goja.FunctionCall) goja.Value {
		mode := int(call.Argument(0).ToInteger())
		level := int(call.Argument(1).ToInteger())
		windowBits := int(call.Argument(2).ToInteger())
		strategy := int(call.Argument(4).ToInteger())
		var dict []byte
		if d := call.Argument(5); !goja.IsUndefined(d) && !goja.IsNull(d) {
			// The dictionary is copied: the stream keeps it beyond the call.
			dict = append([]byte{}, bytes(d)...)
		}
		var cd codec
		var err error
		switch mode {
		case modeDeflate, modeGzip, modeDeflateRaw:
			cd, err = newDeflater(mode, level, windowBits, strategy, dict)
		case modeInflate, modeGunzip, modeInflateRaw, modeUnzip:
			cd = newInflater(mode, windowBits, dict)
		case modeBrotliEncode:
			params := map[int]int{}
			if p, ok := call.Argument(6).(*goja.Object); ok {
				for _, k := range p.Keys() {
					var key int
					for _, ch := range k {
						key = key*10 + int(ch-'0')
					}
					params[key] = int(p.Get(k).ToInteger())
				}
			}
			cd = newBrotliEncoder(params)
		case modeBrotliDecode:
			cd = newBrotliDecoder()
		default:
			panic(vm.NewTypeError("bad zlib mode"))
		}
		if err != nil {
			return vm.ToValue(errorInfo(vm, err))
		}
		return newHandle(c, cd)
	})
	return b, nil
}

// guard owns a handle's codec for the handle's JS functions.
type guard struct {
	cd     chunker
	closed bool
}

// errorInfo is a codec failure as the shim turns it into Node's Error.
func errorInfo(vm *goja.Runtime, err error) *goja.Object {
	o := vm.NewObject()
	ze, ok := err.(*zError)
	if !ok {
		ze = &zError{err.Error(), -2, "Z_STREAM_ERROR"}
	}
	_ = o.Set("message", ze.msg)
	_ = o.Set("errno", ze.errno)
	_ = o.Set("code", ze.code)
	return o
}

// newHandle is the JS face of a codec. writeSync(flush, chunk) runs a
// last chunk whole and returns an ArrayBuffer of output or an error
// record. write(flush, chunk, last, limit, cb) runs on the worker pool
// and calls cb(errorRecord|null, output, more) with at most limit bytes
// (0: no bound); while more is true, the shim calls write(flush, null,
// last, limit, cb) again, when its readable side wants more, for the rest
// of the chunk. That is Node's loop over a fixed output buffer.
func newHandle(c *modules.Context, cd codec) *goja.Object {
	vm := c.VM
	h := vm.NewObject()
	// A stream dropped without close (or a runtime thrown away) must not
	// keep a decoder goroutine parked forever: the guard is reachable only
	// from this handle's functions, so once JS lets go of them the
	// finalizer releases the codec.
	g := &guard{cd: chunker{cd: cd}}
	runtime.SetFinalizer(g, func(g *guard) {
		if !g.closed {
			go g.cd.cd.close()
		}
	})
	// A close that arrives while a write runs on the pool waits for it:
	// the codec is not safe to use from two goroutines.
	inflight, closePending := false, false
	// availIn, the input of the chunk not used (yet), is a property of
	// the handle, like the write state Node's handle shares with JS.
	result := func(out []byte, availIn int, err error) (goja.Value, goja.Value) {
		if err != nil {
			return errorInfo(vm, err), goja.Undefined()
		}
		_ = h.Set("availIn", availIn)
		return goja.Null(), vm.ToValue(vm.NewArrayBuffer(out))
	}
	_ = h.Set("writeSync", func(call goja.FunctionCall) goja.Value {
		if g.closed {
			return vm.ToValue(vm.NewArrayBuffer(nil))
		}
		flush := int(call.Argument(0).ToInteger())
		out, _, availIn, err := g.cd.write(buffer.BytesOf(vm, call.Argument(1)), flush, true, 0)
		e, v := result(out, availIn, err)
		if err != nil {
			return e
		}
		return v
	})
	_ = h.Set("write", func(call goja.FunctionCall) goja.Value {
		flush := int(call.Argument(0).ToInteger())
		var in []byte
		if a := call.Argument(1); !goja.IsNull(a) && !goja.IsUndefined(a) {
			in = buffer.BytesOf(vm, a)
			if in == nil {
				in = []byte{}
			}
		}
		last := call.Argument(2).ToBoolean()
		limit := int(call.Argument(3).ToInteger())
		cb := call.Argument(4)
		var out []byte
		var more bool
		var availIn int
		var err error
		if g.closed {
			return goja.Undefined()
		}
		inflight = true
		c.Loop.Go(func() { out, more, availIn, err = g.cd.write(in, flush, last, limit) }, func() {
			inflight = false
			if closePending {
				closePending = false
				g.cd.cd.close()
			}
			e, v := result(out, availIn, err)
			c.Loop.Call(cb, goja.Undefined(), []goja.Value{e, v, vm.ToValue(more)})
		})
		return goja.Undefined()
	})
	_ = h.Set("params", func(level, strategy int) goja.Value {
		if err := g.cd.cd.params(level, strategy); err != nil {
			return errorInfo(vm, err)
		}
		return goja.Null()
	})
	_ = h.Set("reset", func() goja.Value {
		g.cd.reset()
		if err := g.cd.cd.reset(); err != nil {
			return errorInfo(vm, err)
		}
		return goja.Null()
	})
	_ = h.Set("close", func() {
		if !g.closed {
			g.closed = true
			if inflight {
				closePending = true
			} else {
				g.cd.cd.close()
			}
		}
	})
	return h
}
