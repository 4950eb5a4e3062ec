package console

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/dop251/goja"

	"github.com/gorun-js/gorun/modules"
	"github.com/gorun-js/gorun/modules/util"
)

// utilModules are the util built-ins the console formats with.
func utilModules() []modules.Module { return util.Modules() }

// fakeProcess is the part of `process` the console reads; harness.js
// replaces its methods per case exactly as it does on Node's process.
const fakeProcess = `globalThis.process = {
	env: {},
	stdout: { write() { return true; } },
	stderr: { write() { return true; } },
	emitWarning() {},
	hrtime() { return [0, 0]; },
};`

// newVM returns a bare goja runtime with the console (and util) built-ins,
// a global require, a fake process and globalThis.console installed as the
// runtime does.
func newVM(t *testing.T, mods ...modules.Module) (*goja.Runtime, *modules.Registry) {
	t.Helper()
	vm := goja.New()
	all := append(utilModules(), mods...)
	if len(mods) == 0 {
		all = append(all, Module())
	}
	reg := modules.NewRegistry(all, modules.Context{VM: vm})
	if err := vm.Set("require", func(name string) goja.Value {
		v, err := reg.Require(name)
		if err != nil {
			panic(vm.NewGoError(err))
		}
		return v
	}); err != nil {
		t.Fatal(err)
	}
	if _, err := vm.RunString(fakeProcess); err != nil {
		t.Fatal(err)
	}
	c, err := reg.Require("console")
	if err != nil {
		t.Fatalf("require('console'): %v", err)
	}
	// As Node defines it: writable, configurable, not enumerable.
	global := vm.GlobalObject()
	if err := global.DefineDataProperty("console", c, goja.FLAG_TRUE, goja.FLAG_TRUE, goja.FLAG_FALSE); err != nil {
		t.Fatal(err)
	}
	return vm, reg
}

type expectations struct {
	Node  string                `json:"node"`
	Cases map[string][][]string `json:"cases"`
}

// TestAgainstNode runs every testdata/cases script through harness.js and
// compares the writes, warnings and errors with what Node 20 produced
// (testdata/expected.json, written by gen_expected.js).
func TestAgainstNode(t *testing.T) {
	raw, err := os.ReadFile(filepath.Join("testdata", "expected.json"))
	if err != nil {
		t.Fatal(err)
	}
	var exp expectations
	if err := json.Unmarshal(raw, &exp); err != nil {
		t.Fatal(err)
	}
	harness, err := os.ReadFile(filepath.Join("testdata", "harness.js"))
	if err != nil {
		t.Fatal(err)
	}
	files, err := filepath.Glob(filepath.Join("testdata", "cases", "*.js"))
	if err != nil {
		t.Fatal(err)
	}
	if len(files) != len(exp.Cases) {
		t.Errorf("%d case files but %d expectations: rerun gen_expected.js", len(files), len(exp.Cases))
	}
	for _, file := range files {
		name := strings.TrimSuffix(filepath.Base(file), ".js")
		t.Run(name, func(t *testing.T) {
			t.Parallel()
			want, ok := exp.Cases[name]
			if !ok {
				t.Fatalf("no expectation for %s: rerun gen_expected.js", name)
			}
			src, err := os.ReadFile(file)
			if err != nil {
				t.Fatal(err)
			}
			got := runHarness(t, string(harness), string(src))
			compareEvents(t, got, want)
		})
	}
}

func runHarness(t *testing.T, harness, src string) [][]string {
	t.Helper()
	vm, _ := newVM(t)
	if _, err := vm.RunScript("harness.js", harness); err != nil {
		t.Fatal(err)
	}
	run, ok := goja.AssertFunction(vm.Get("runCase"))
	if !ok {
		t.Fatal("harness.js defines no runCase")
	}
	res, err := run(goja.Undefined(), vm.ToValue(src))
	if err != nil {
		t.Fatal(err)
	}
	out, err := vm.RunString("JSON.stringify")
	if err != nil {
		t.Fatal(err)
	}
	stringify, _ := goja.AssertFunction(out)
	js, err := stringify(goja.Undefined(), res)
	if err != nil {
		t.Fatal(err)
	}
	var events [][]string
	if err := json.Unmarshal([]byte(js.String()), &events); err != nil {
		t.Fatal(err)
	}
	return events
}

func compareEvents(t *testing.T, got, want [][]string) {
	t.Helper()
	n := max(len(got), len(want))
	bad := 0
	for i := 0; i < n && bad < 5; i++ {
		var g, w []string
		if i < len(got) {
			g = got[i]
		}
		if i < len(want) {
			w = want[i]
		}
		if strings.Join(g, "\x00") != strings.Join(w, "\x00") {
			bad++
			t.Errorf("event %d:\n got: %q\nwant: %q", i, g, w)
		}
	}
	if len(got) != len(want) {
		t.Errorf("got %d events, want %d", len(got), len(want))
	}
}

// TestFallbackClock pins the duration formats on the binding's own clock,
// used when the runtime has no process.hrtime.
func TestFallbackClock(t *testing.T) {
	t.Parallel()
	base := time.Unix(0, 0)
	now := base
	vm, _ := newVM(t, moduleWithClock(func() time.Time { return now }))
	if _, err := vm.RunString(`
		delete process.hrtime;
		globalThis.lines = [];
		process.stdout.write = (s) => { lines.push(s); return true; };
		console.time('t');
	`); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		elapsed time.Duration
		want    string
	}{
		{1234567 * time.Nanosecond, "t: 1.235ms\n"},
		{1500 * time.Millisecond, "t: 1.500s\n"},
		{75*time.Second + 123456789, "t: 1:15.123 (m:ss.mmm)\n"},
		{3725*time.Second + 500*time.Millisecond, "t: 1:02:05.500 (h:mm:ss.mmm)\n"},
	}
	for _, tt := range tests {
		now = base.Add(tt.elapsed)
		v, err := vm.RunString(`lines.length = 0; console.timeLog('t'); lines.join('')`)
		if err != nil {
			t.Fatal(err)
		}
		if v.String() != tt.want {
			t.Errorf("after %v: got %q, want %q", tt.elapsed, v.String(), tt.want)
		}
	}
}
