package events_test

import (
	"testing"

	"github.com/dop251/goja"
)

// BenchmarkEmit measures emit() from JS, the path every stream and
// socket event takes. Compare with node using the same loop:
//
//	const e = new (require('events'))(); e.on('x', () => {});
//	for (let i = 0; i < N; i++) e.emit('x', 1);
func BenchmarkEmit(b *testing.B) {
	cases := []struct {
		name, setup, call string
	}{
		{"1listener_0args", "e.on('x', function () {})", "e.emit('x')"},
		{"1listener_1arg", "e.on('x', function (a) {})", "e.emit('x', 1)"},
		{"1listener_3args", "e.on('x', function (a, b, c) {})", "e.emit('x', 1, 2, 3)"},
		{"3listeners_1arg", "for (let i = 0; i < 3; i++) e.on('x', function (a) {})", "e.emit('x', 1)"},
		{"no_listener", "", "e.emit('x', 1)"},
		{"once", "", "e.once('x', function () {}); e.emit('x')"},
	}
	for _, c := range cases {
		b.Run(c.name, func(b *testing.B) {
			vm := goja.New()
			reg := newRegistry(vm)
			ee, err := reg.Require("events")
			if err != nil {
				b.Fatal(err)
			}
			_ = vm.Set("EventEmitter", ee)
			fnv, err := vm.RunString("(function () { const e = new EventEmitter(); " + c.setup +
				"; return function (n) { for (let i = 0; i < n; i++) { " + c.call + " } } })()")
			if err != nil {
				b.Fatal(err)
			}
			fn, _ := goja.AssertFunction(fnv)
			b.ResetTimer()
			if _, err := fn(goja.Undefined(), vm.ToValue(b.N)); err != nil {
				b.Fatal(err)
			}
		})
	}
}
