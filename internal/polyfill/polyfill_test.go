package polyfill

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/dop251/goja"
)

// runCase runs src (with testdata/helpers.js prepended) on a fresh VM with
// the polyfills installed and returns what it printed. Promise jobs drain
// when RunString returns, as the cases use no timers.
func runCase(t *testing.T, src string) string {
	t.Helper()
	helpers, err := os.ReadFile(filepath.Join("testdata", "helpers.js"))
	if err != nil {
		t.Fatal(err)
	}
	vm := goja.New()
	if err := Install(vm); err != nil {
		t.Fatal(err)
	}
	// The runtime's DOMException comes from modules/events; this stand-in
	// has the parts structuredClone's errors show (name, code 25).
	if _, err := vm.RunString(fakeDOMException); err != nil {
		t.Fatal(err)
	}
	var out strings.Builder
	_ = vm.Set("print", func(c goja.FunctionCall) goja.Value {
		parts := make([]string, len(c.Arguments))
		for i, a := range c.Arguments {
			parts[i] = a.String()
		}
		out.WriteString(strings.Join(parts, " ") + "\n")
		return goja.Undefined()
	})
	if _, err := vm.RunString(string(helpers) + "\n" + src); err != nil {
		t.Fatalf("run: %v\noutput so far:\n%s", err, out.String())
	}
	return out.String()
}

const fakeDOMException = `globalThis.DOMException = class DOMException extends Error {
	constructor(message, name) { super(message); Object.defineProperty(this, 'name', { value: name, configurable: true }); }
	get code() { return this.name === 'DataCloneError' ? 25 : 0; }
};`

// TestDataCloneErrorFallback: without a DOMException global (an embedder
// that leaves it out), the error still has DataCloneError's name and code.
func TestDataCloneErrorFallback(t *testing.T) {
	vm := goja.New()
	if err := Install(vm); err != nil {
		t.Fatal(err)
	}
	v, err := vm.RunString(`try { structuredClone(Symbol('z')); 'no throw' } catch (e) { [e.name, e.code, e.message, e instanceof Error].join('|') }`)
	if err != nil {
		t.Fatal(err)
	}
	if got, want := v.String(), "DataCloneError|25|Symbol(z) could not be cloned.|true"; got != want {
		t.Fatalf("got %q, want %q", got, want)
	}
}

// TestMatchNode runs testdata/cases/*.js and compares their output with
// node's, recorded by testdata/gen.js.
func TestMatchNode(t *testing.T) {
	raw, err := os.ReadFile(filepath.Join("testdata", "expected.json"))
	if err != nil {
		t.Fatal(err)
	}
	var exp struct {
		Cases map[string]string `json:"cases"`
	}
	if err := json.Unmarshal(raw, &exp); err != nil {
		t.Fatal(err)
	}
	if len(exp.Cases) == 0 {
		t.Fatal("no cases recorded")
	}
	for name, want := range exp.Cases {
		t.Run(name, func(t *testing.T) {
			t.Parallel()
			src, err := os.ReadFile(filepath.Join("testdata", "cases", name+".js"))
			if err != nil {
				t.Fatal(err)
			}
			if got := runCase(t, string(src)); got != want {
				t.Errorf("output differs from node's\n got: %q\nwant: %q", got, want)
			}
		})
	}
}

// TestSpec runs testdata/spec/*.js, the built-ins Node 20 lacks (Node 22
// has them), against hand-written expectations in *.out that follow
// ECMA-262 and V8's messages.
func TestSpec(t *testing.T) {
	files, err := filepath.Glob(filepath.Join("testdata", "spec", "*.js"))
	if err != nil || len(files) == 0 {
		t.Fatalf("no spec cases: %v", err)
	}
	for _, f := range files {
		t.Run(strings.TrimSuffix(filepath.Base(f), ".js"), func(t *testing.T) {
			t.Parallel()
			src, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			want, err := os.ReadFile(strings.TrimSuffix(f, ".js") + ".out")
			if err != nil {
				t.Fatal(err)
			}
			if got := runCase(t, string(src)); got != string(want) {
				t.Errorf("output differs\n got: %q\nwant: %q", got, string(want))
			}
		})
	}
}

// TestKeepsNative checks that Install leaves goja's own implementations in
// place (a goja upgrade must win over the polyfill).
func TestKeepsNative(t *testing.T) {
	vm := goja.New()
	before, err := vm.RunString(`[Array.prototype.toSorted, Set.prototype.union, Array.prototype.findLast]`)
	if err != nil {
		t.Fatal(err)
	}
	if err := Install(vm); err != nil {
		t.Fatal(err)
	}
	_ = vm.Set("before", before)
	v, err := vm.RunString(`before[0] === Array.prototype.toSorted && before[1] === Set.prototype.union && before[2] === Array.prototype.findLast`)
	if err != nil || !v.ToBoolean() {
		t.Fatalf("native built-ins replaced: %v %v", v, err)
	}
}

// BenchmarkInstall measures the per-VM cost of Install on a warm process
// (programs already compiled), the cost every runtime start pays.
func BenchmarkInstall(b *testing.B) {
	if _, err := preludeProgram(); err != nil {
		b.Fatal(err)
	}
	for b.Loop() {
		b.StopTimer()
		vm := goja.New()
		b.StartTimer()
		if err := Install(vm); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkNewVM is the baseline BenchmarkInstall is read against: a bare
// goja VM that runs one statement.
func BenchmarkNewVM(b *testing.B) {
	for b.Loop() {
		vm := goja.New()
		if _, err := vm.RunString("1"); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkInstallWarmGlobals is Install's own cost in a VM whose
// built-ins are already initialised (goja builds each on first touch, and
// a runtime's bootstrap touches them anyway).
func BenchmarkInstallWarmGlobals(b *testing.B) {
	if _, err := preludeProgram(); err != nil {
		b.Fatal(err)
	}
	for b.Loop() {
		b.StopTimer()
		vm := goja.New()
		if _, err := vm.RunString(`[Object.keys, Array.isArray, String.prototype.at, Promise.resolve, Map, Symbol.for,
			Reflect.apply, WeakMap, AggregateError, Function.prototype.call]`); err != nil {
			b.Fatal(err)
		}
		b.StartTimer()
		if err := Install(vm); err != nil {
			b.Fatal(err)
		}
	}
}
