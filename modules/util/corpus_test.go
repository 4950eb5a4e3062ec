package util

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/dop251/goja"
)

// corpusResult is one case's output, as runner.js produces it on both
// engines.
type corpusResult struct {
	Name string `json:"name"`
	Out  string `json:"out"`
}

type expectations struct {
	Node  string         `json:"node"`
	Cases []corpusResult `json:"cases"`
}

// loadCommonJS evaluates a testdata file written as a CommonJS module and
// returns its exports.
func loadCommonJS(t *testing.T, vm *goja.Runtime, file string) goja.Value {
	t.Helper()
	src, err := os.ReadFile(filepath.Join("testdata", file))
	if err != nil {
		t.Fatal(err)
	}
	prg, err := goja.Compile(file, "(function (module, exports) {"+string(src)+"\nreturn module.exports;\n})", false)
	if err != nil {
		t.Fatal(err)
	}
	fnv, err := vm.RunProgram(prg)
	if err != nil {
		t.Fatal(err)
	}
	fn, _ := goja.AssertFunction(fnv)
	module := vm.NewObject()
	exports := vm.NewObject()
	_ = module.Set("exports", exports)
	v, err := fn(goja.Undefined(), module, exports)
	if err != nil {
		t.Fatalf("%s: %v", file, err)
	}
	return v
}

// runCorpus runs corpus through runner.js's runFn with this package's util.
func runCorpus(t *testing.T, runFn, corpus string) []corpusResult {
	t.Helper()
	vm := newRuntime(t)
	runner := loadCommonJS(t, vm, "runner.js").ToObject(vm)
	cases := loadCommonJS(t, vm, corpus)
	fn, ok := goja.AssertFunction(runner.Get(runFn))
	if !ok {
		t.Fatalf("runner.js has no %s", runFn)
	}
	loose, err := vm.RunString("require('internal/util/comparisons').isDeepEqual")
	if err != nil {
		t.Fatal(err)
	}
	res, err := fn(goja.Undefined(), vm.Get("util"), cases, loose)
	if err != nil {
		t.Fatal(err)
	}
	js, err := json.Marshal(res.Export())
	if err != nil {
		t.Fatal(err)
	}
	var out []corpusResult
	if err := json.Unmarshal(js, &out); err != nil {
		t.Fatal(err)
	}
	return out
}

func loadExpectations(t *testing.T, file string) expectations {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("testdata", file))
	if err != nil {
		t.Fatal(err)
	}
	var e expectations
	if err := json.Unmarshal(b, &e); err != nil {
		t.Fatal(err)
	}
	return e
}

// lineDiff shows where two outputs part, line by line, with invisible
// characters made visible.
func lineDiff(want, got string) string {
	w := strings.Split(want, "\n")
	g := strings.Split(got, "\n")
	var sb strings.Builder
	for i := 0; i < len(w) || i < len(g); i++ {
		var wl, gl string
		wok, gok := i < len(w), i < len(g)
		if wok {
			wl = w[i]
		}
		if gok {
			gl = g[i]
		}
		if wok && gok && wl == gl {
			fmt.Fprintf(&sb, "    %q\n", wl)
			continue
		}
		if wok {
			fmt.Fprintf(&sb, "  - %q\n", wl)
		}
		if gok {
			fmt.Fprintf(&sb, "  + %q\n", gl)
		}
	}
	return sb.String()
}

// compareCorpus checks every case against node's output, one subtest per
// case so a failure names the case and shows the diff (- node, + gorun).
func compareCorpus(t *testing.T, expectedFile string, got []corpusResult) {
	exp := loadExpectations(t, expectedFile)
	if len(exp.Cases) != len(got) {
		t.Fatalf("%s has %d cases, the corpus %d: run `node testdata/gen.js`", expectedFile, len(exp.Cases), len(got))
	}
	for i, want := range exp.Cases {
		have := got[i]
		t.Run(want.Name, func(t *testing.T) {
			if have.Name != want.Name {
				t.Fatalf("case %d is %q here but %q in %s: run `node testdata/gen.js`", i, have.Name, want.Name, expectedFile)
			}
			if have.Out != want.Out {
				t.Errorf("differs from node %s (- node, + gorun):\n%s", exp.Node, lineDiff(want.Out, have.Out))
			}
		})
	}
}

func TestInspectCorpus(t *testing.T) {
	compareCorpus(t, "inspect_expected.json", runCorpus(t, "runInspect", "inspect_corpus.js"))
}

func TestFormatCorpus(t *testing.T) {
	compareCorpus(t, "format_expected.json", runCorpus(t, "runFormat", "format_corpus.js"))
}

func TestMiscCorpus(t *testing.T) {
	compareCorpus(t, "misc_expected.json", runCorpus(t, "runInspect", "misc_corpus.js"))
}

func TestEqualCorpus(t *testing.T) {
	compareCorpus(t, "equal_expected.json", runCorpus(t, "runEqual", "equal_corpus.js"))
}
