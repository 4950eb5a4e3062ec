package events_test

import (
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/dop251/goja"

	"github.com/gorun-js/gorun/internal/nodeerr/errorsmodule"
	"github.com/gorun-js/gorun/modules"
	"github.com/gorun-js/gorun/modules/events"
)

// newRegistry is what a runtime would build, reduced to the modules
// events needs; util is deliberately absent, so messages use nodeerr's
// built-in inspect as they do until util lands.
func newRegistry(vm *goja.Runtime) *modules.Registry {
	mods := append(events.Modules(), errorsmodule.Modules()...)
	return modules.NewRegistry(mods, modules.Context{VM: vm})
}

// runJS runs one testdata file the way gen.js runs it under node and
// returns what it printed.
func runJS(t *testing.T, file string) string {
	t.Helper()
	vm := goja.New()
	reg := newRegistry(vm)
	var out strings.Builder
	_ = vm.Set("print", func(s string) { out.WriteString(s + "\n") })

	// Internal modules are reachable from tests as node exposes them with
	// --expose-internals.
	require := func(call goja.FunctionCall) goja.Value {
		v, err := reg.Require(call.Argument(0).String())
		if err != nil {
			panic(vm.NewGoError(err))
		}
		return v
	}
	_ = vm.Set("require", require)

	var pending []*goja.Promise
	vm.SetPromiseRejectionTracker(func(p *goja.Promise, op goja.PromiseRejectionOperation) {
		switch op {
		case goja.PromiseRejectionReject:
			pending = append(pending, p)
		case goja.PromiseRejectionHandle:
			for i, q := range pending {
				if q == p {
					pending = append(pending[:i], pending[i+1:]...)
					break
				}
			}
		}
	})

	ee, err := reg.Require("events")
	if err != nil {
		t.Fatal(err)
	}
	mustRun(t, vm, "testdata/loop.js", func(v goja.Value) {
		fn, _ := goja.AssertFunction(v)
		if _, err := fn(goja.Undefined(), ee); err != nil {
			t.Fatal(err)
		}
	})
	mustRun(t, vm, "testdata/harness.js", nil)
	for mod, names := range events.Globals {
		exports, err := reg.Require(mod)
		if err != nil {
			t.Fatal(err)
		}
		for _, name := range names {
			_ = vm.Set(name, exports.(*goja.Object).Get(name))
		}
	}

	src, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	prg, err := goja.Compile(file, "(function () {"+string(src)+"\n})", false)
	if err != nil {
		t.Fatal(err)
	}
	mainFn, err := vm.RunProgram(prg)
	if err != nil {
		t.Fatal(err)
	}
	call := func(name string, args ...goja.Value) goja.Value {
		fn, ok := goja.AssertFunction(vm.Get(name))
		if !ok {
			t.Fatalf("loop.js lacks %s", name)
		}
		v, err := fn(goja.Undefined(), args...)
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		return v
	}
	flushRejections := func() {
		for len(pending) > 0 {
			p := pending[0]
			pending = pending[1:]
			call("__unhandledRejection", p.Result(), vm.ToValue(p))
		}
	}
	call("__macrotask", mainFn)
	flushRejections()
	for i := 0; i < 1e5 && call("__next").ToBoolean(); i++ {
		flushRejections()
	}
	call("__exit")
	if vm.Get("__failed") != nil && vm.Get("__failed").ToBoolean() {
		t.Errorf("%s: uncaught exception (see output)", file)
	}
	return out.String()
}

func mustRun(t *testing.T, vm *goja.Runtime, file string, use func(goja.Value)) {
	t.Helper()
	src, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	v, err := vm.RunScript(file, string(src))
	if err != nil {
		t.Fatalf("%s: %v", file, err)
	}
	if use != nil {
		use(v)
	}
}

// diffLines reports the first differing lines of want and got, with
// context, readable in a test log.
func diffLines(want, got string) string {
	w := strings.Split(want, "\n")
	g := strings.Split(got, "\n")
	var b strings.Builder
	n := len(w)
	if len(g) > n {
		n = len(g)
	}
	shown := 0
	for i := 0; i < n && shown < 8; i++ {
		var wl, gl string
		if i < len(w) {
			wl = w[i]
		}
		if i < len(g) {
			gl = g[i]
		}
		if wl != gl {
			b.WriteString("line " + strconv.Itoa(i+1) + ":\n  node:  " + wl + "\n  gorun: " + gl + "\n")
			shown++
		}
	}
	return b.String()
}

// TestJS runs every testdata/*.test.js on goja and compares its output
// with node's, recorded by testdata/gen.js.
func TestJS(t *testing.T) {
	files, err := filepath.Glob("testdata/*.test.js")
	if err != nil || len(files) == 0 {
		t.Fatalf("no test files: %v", err)
	}
	for _, file := range files {
		name := strings.TrimSuffix(filepath.Base(file), ".test.js")
		t.Run(name, func(t *testing.T) {
			t.Parallel()
			want, err := os.ReadFile(strings.TrimSuffix(file, ".test.js") + ".expected")
			if err != nil {
				t.Fatalf("missing expectation (run node testdata/gen.js): %v", err)
			}
			got := runJS(t, file)
			if got != string(want) {
				t.Errorf("%s differs from node:\n%s", file, diffLines(string(want), got))
			}
		})
	}
}
