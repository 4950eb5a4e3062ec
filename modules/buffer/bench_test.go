package buffer_test

import (
	"fmt"
	"testing"

	"github.com/dop251/goja"

	"github.com/gorun-js/gorun/internal/nodeerr/errorsmodule"
	"github.com/gorun-js/gorun/modules"
	"github.com/gorun-js/gorun/modules/buffer"
)

// newVM is a bare VM with `Buffer` global and the binding reachable, for
// benchmarks that time one expression without a loop around it.
func newVM(tb testing.TB) *goja.Runtime {
	tb.Helper()
	vm := goja.New()
	reg := modules.NewRegistry(append(errorsmodule.Modules(), buffer.Modules()...), modules.Context{VM: vm})
	b, err := reg.Require("buffer")
	if err != nil {
		tb.Fatal(err)
	}
	_ = vm.Set("Buffer", b.ToObject(vm).Get("Buffer"))
	_ = vm.Set("require", func(name string) goja.Value {
		v, err := reg.Require(name)
		if err != nil {
			panic(vm.NewGoError(err))
		}
		return v
	})
	return vm
}

func benchJS(b *testing.B, vm *goja.Runtime, expr string, bytes int64) {
	b.Helper()
	prg := goja.MustCompile("bench", expr, false)
	b.SetBytes(bytes)
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if _, err := vm.RunProgram(prg); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkCodecs encodes and decodes 1 MiB with every codec through the
// JS API (bench/ can run the same expressions under node for a ratio).
func BenchmarkCodecs(b *testing.B) {
	const size = 1 << 20
	vm := newVM(b)
	if _, err := vm.RunString(fmt.Sprintf(`
		globalThis.bin = Buffer.alloc(%d);
		for (let i = 0; i < bin.length; i++) bin[i] = (i * 7919) & 0xff;
		globalThis.ascii = Buffer.alloc(%[1]d, 'The quick brown fox jumps over the lazy dog. ');
		globalThis.utf8 = Buffer.alloc(%[1]d, 'héllo wörld € 😀 ');
		globalThis.str = {};
		for (const enc of ['base64', 'base64url', 'hex', 'latin1']) str[enc] = bin.toString(enc);
		str.ascii = ascii.toString();
		str.utf8 = utf8.toString();
	`, size)); err != nil {
		b.Fatal(err)
	}
	for _, enc := range []string{"base64", "base64url", "hex", "latin1"} {
		b.Run("encode/"+enc, func(b *testing.B) { benchJS(b, vm, "bin.toString('"+enc+"')", size) })
		b.Run("decode/"+enc, func(b *testing.B) { benchJS(b, vm, "Buffer.from(str['"+enc+"'], '"+enc+"')", size) })
	}
	for _, name := range []string{"ascii", "utf8"} {
		b.Run("encode/utf8-"+name, func(b *testing.B) { benchJS(b, vm, name+".toString()", size) })
		b.Run("decode/utf8-"+name, func(b *testing.B) { benchJS(b, vm, "Buffer.from(str."+name+")", size) })
		b.Run("byteLength/utf8-"+name, func(b *testing.B) { benchJS(b, vm, "Buffer.byteLength(str."+name+")", size) })
	}
	b.Run("indexOf", func(b *testing.B) { benchJS(b, vm, "ascii.indexOf('lazy cat')", size) })
	b.Run("compare", func(b *testing.B) { benchJS(b, vm, "Buffer.compare(bin, Buffer.from(bin))", size) })
	b.Run("fill", func(b *testing.B) { benchJS(b, vm, "bin.fill('abc')", size) })
}

// BenchmarkConstruct compares ways of making a Buffer (a Uint8Array
// subclass instance) around fresh bytes, the choice behind the shim's
// `new FastBuffer(arrayBuffer)`.
func BenchmarkConstruct(b *testing.B) {
	vm := newVM(b)
	if _, err := vm.RunString(`
		globalThis.FastBuffer = Buffer[Symbol.species];
		globalThis.ab = new ArrayBuffer(16);
	`); err != nil {
		b.Fatal(err)
	}
	for _, c := range []struct{ name, expr string }{
		{"new-FastBuffer", "new FastBuffer(ab)"},
		{"Reflect.construct", "Reflect.construct(Uint8Array, [ab], FastBuffer)"},
		{"setPrototypeOf", "Object.setPrototypeOf(new Uint8Array(ab), FastBuffer.prototype)"},
		{"plain-Uint8Array", "new Uint8Array(ab)"},
		{"Buffer.from-short-string", "Buffer.from('hello world')"},
		{"Buffer.alloc-16", "Buffer.alloc(16)"},
		{"Buffer.allocUnsafe-16", "Buffer.allocUnsafe(16)"},
	} {
		// A loop inside JS keeps goja's per-RunProgram set-up out of
		// the figure: ns/call is the cost of one expression.
		b.Run(c.name, func(b *testing.B) {
			benchJS(b, vm, "for (let i = 0; i < 1000; i++) "+c.expr, 0)
			b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/1000, "ns/call")
		})
	}
	ctor := vm.Get("FastBuffer")
	b.Run("vm.New-from-Go", func(b *testing.B) {
		for i := 0; i < b.N; i++ {
			if _, err := vm.New(ctor, vm.ToValue(vm.NewArrayBuffer(make([]byte, 16)))); err != nil {
				b.Fatal(err)
			}
		}
	})
}
