package stacktrace

import (
	"testing"

	"github.com/dop251/goja"
)

// The cost of an error, ten frames deep, on a bare goja runtime and with
// the tracer installed, with and without Error.prepareStackTrace. Creating
// an error must stay cheap: stacks are formatted, and CallSite objects
// built, only when `stack` is read.
//
//	go test -run XXX -bench . ./internal/stacktrace/
func BenchmarkError(b *testing.B) {
	const pst = `Error.prepareStackTrace = (e, cs) => cs.length;`
	for _, bc := range []struct {
		name    string
		install bool
		setup   string
		body    string
	}{
		{"baseline", false, "", ""}, // the loop and the recursion alone
		{"new/goja", false, "", "new Error('x')"},
		{"new/tracer", true, "", "new Error('x')"},
		{"new/tracer+prepareStackTrace", true, pst, "new Error('x')"},
		{"stack/goja", false, "", "new Error('x').stack"},
		{"stack/tracer", true, "", "new Error('x').stack"},
		{"stack/tracer+prepareStackTrace", true, pst, "new Error('x').stack"},
		{"engine/goja", false, "", "try { null.x } catch (e) {}"},
		{"engine/tracer", true, "", "try { null.x } catch (e) {}"},
		{"captureStackTrace/tracer", true, "", "Error.captureStackTrace({})"},
	} {
		b.Run(bc.name, func(b *testing.B) {
			vm := goja.New()
			if bc.install {
				if _, err := Install(vm, Options{}); err != nil {
					b.Fatal(err)
				}
			}
			_, err := vm.RunScript("/bench.js", bc.setup+`
				function deep(n, f) { return n === 0 ? f() : deep(n - 1, f); }
				function once() { `+bc.body+` }
				function run(n) { for (let i = 0; i < n; i++) deep(8, once); }`)
			if err != nil {
				b.Fatal(err)
			}
			run, _ := goja.AssertFunction(vm.Get("run"))
			b.ReportAllocs()
			b.ResetTimer()
			if _, err := run(goja.Undefined(), vm.ToValue(b.N)); err != nil {
				b.Fatal(err)
			}
		})
	}
}
