package stacktrace

import (
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/dop251/goja"

	"github.com/gorun-js/gorun/modules"
	"github.com/gorun-js/gorun/modules/util"
)

// The cases in testdata/cases run here the way node runs a CommonJS main
// module: wrapped in node's function header, called with `this` set to
// module.exports, with unhandled rejections reported after the promise
// jobs drain. Their stdout and stderr must equal node's, recorded by
// testdata/gen.js.

const caseDir = "/abs/"

// moduleHeader is the text the CommonJS loader puts before a module.
const moduleHeader = wrapperPrefix + " {"

type caseResult struct {
	stdout, stderr string
}

func nodeVersion(t testing.TB) string {
	b, err := os.ReadFile("testdata/node-version.txt")
	if err != nil {
		t.Fatal(err)
	}
	return strings.TrimSpace(string(b))
}

// newCaseVM returns a runtime with the tracer installed the way gorun's
// runtime does it for the module file.
func newCaseVM(t testing.TB, file, src string, out *strings.Builder) (*goja.Runtime, *Tracer) {
	vm := goja.New()
	inspect := utilInspect(t, vm)
	tr, err := Install(vm, Options{
		Version: nodeVersion(t),
		Inspect: func(v goja.Value) string { return inspect(v, map[string]any{"customInspect": false, "depth": 5}) },
		Source: func(f string) (string, bool) {
			return src, f == file
		},
		Position: func(f string, line, col int) (int, int) {
			if f == file && line == 1 {
				col -= len(moduleHeader)
			}
			return line, col
		},
	})
	if err != nil {
		t.Fatal(err)
	}
	console := vm.NewObject()
	_ = console.Set("log", func(call goja.FunctionCall) goja.Value {
		parts := make([]string, len(call.Arguments))
		for i, a := range call.Arguments {
			if s, ok := a.Export().(string); ok {
				parts[i] = s
			} else {
				parts[i] = inspect(a, nil)
			}
		}
		out.WriteString(strings.Join(parts, " "))
		out.WriteByte('\n')
		return goja.Undefined()
	})
	_ = vm.Set("console", console)
	return vm, tr
}

// utilInspect is util.inspect from the util module, which the runtime
// passes as Options.Inspect.
func utilInspect(t testing.TB, vm *goja.Runtime) func(goja.Value, map[string]any) string {
	reg := modules.NewRegistry(util.Modules(), modules.Context{VM: vm})
	u, err := reg.Require("util")
	if err != nil {
		t.Fatal(err)
	}
	fn, _ := goja.AssertFunction(u.ToObject(vm).Get("inspect"))
	return func(v goja.Value, opts map[string]any) string {
		args := []goja.Value{v}
		if opts != nil {
			args = append(args, vm.ToValue(opts))
		}
		s, err := fn(goja.Undefined(), args...)
		if err != nil {
			t.Fatal(err)
		}
		return s.String()
	}
}

func runCase(t testing.TB, name, src string) caseResult {
	file := caseDir + name + ".js"
	var out strings.Builder
	vm, tr := newCaseVM(t, file, src, &out)

	var rejected []*goja.Promise
	vm.SetPromiseRejectionTracker(func(p *goja.Promise, op goja.PromiseRejectionOperation) {
		if op == goja.PromiseRejectionReject {
			rejected = append(rejected, p)
			return
		}
		for i, r := range rejected {
			if r == p {
				rejected = append(rejected[:i], rejected[i+1:]...)
				break
			}
		}
	})

	prg, err := goja.Compile(file, moduleHeader+src+"\n})", false)
	if err != nil {
		se, ok := tr.ParseSyntaxError(err)
		if !ok {
			t.Fatalf("unexpected compile error %v", err)
		}
		return caseResult{out.String(), tr.FormatSyntaxError(se)}
	}
	wrapper, err := vm.RunProgram(prg)
	if err != nil {
		t.Fatal(err)
	}
	fn, _ := goja.AssertFunction(wrapper)
	module, exports := vm.NewObject(), vm.NewObject()
	_ = module.Set("exports", exports)
	require := vm.ToValue(func(goja.FunctionCall) goja.Value {
		panic(vm.NewTypeError("require is not available in these tests"))
	})
	_, err = fn(exports, exports, require, module, vm.ToValue(file), vm.ToValue("/abs"))
	if exc, ok := err.(*goja.Exception); ok {
		return caseResult{out.String(), tr.FormatUncaught(exc)}
	} else if err != nil {
		t.Fatal(err)
	}
	if len(rejected) > 0 {
		return caseResult{out.String(), tr.FormatRejection(rejected[0].Result())}
	}
	return caseResult{out.String(), ""}
}

func TestCasesMatchNode(t *testing.T) {
	files, err := filepath.Glob("testdata/cases/*.js")
	if err != nil || len(files) == 0 {
		t.Fatalf("no cases: %v", err)
	}
	for _, f := range files {
		name := strings.TrimSuffix(filepath.Base(f), ".js")
		t.Run(name, func(t *testing.T) {
			t.Parallel()
			src := readFile(t, f)
			got := runCase(t, name, src)
			if want := readFile(t, "testdata/cases/"+name+".out"); got.stdout != want {
				t.Errorf("stdout differs from node's\n%s", diff(want, got.stdout))
			}
			if want := readFile(t, "testdata/cases/"+name+".err"); got.stderr != want {
				t.Errorf("stderr differs from node's\n%s", diff(want, got.stderr))
			}
		})
	}
}

func readFile(t testing.TB, name string) string {
	b, err := os.ReadFile(name)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

// diff shows the first differing lines of two texts.
func diff(want, got string) string {
	w, g := strings.Split(want, "\n"), strings.Split(got, "\n")
	var b strings.Builder
	shown := 0
	for i := 0; i < max(len(w), len(g)) && shown < 12; i++ {
		var wl, gl string
		if i < len(w) {
			wl = w[i]
		}
		if i < len(g) {
			gl = g[i]
		}
		if wl != gl || i >= len(w) || i >= len(g) {
			b.WriteString("line " + strconv.Itoa(i+1) + "\n  node: " + quoteLine(wl, i < len(w)) + "\n  ours: " + quoteLine(gl, i < len(g)) + "\n")
			shown++
		}
	}
	return b.String()
}

func quoteLine(s string, present bool) string {
	if !present {
		return "(none)"
	}
	return "`" + s + "`"
}
