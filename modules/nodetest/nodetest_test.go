package nodetest_test

import (
	"encoding/json"
	"os"
	"path/filepath"
	"testing"

	"github.com/gorun-js/gorun/internal/jstest"
	"github.com/gorun-js/gorun/runtime"
)

// TestAgainstNode runs every testdata/cases script as a gorun program and
// compares its output and exit code with node's (testdata/expected.json,
// written by testdata/gen.js). Each case blanks durations and stack frames
// (normalize.cjs), so the reporters' output is compared byte for byte.
func TestAgainstNode(t *testing.T) {
	jstest.MatchNode(t, runtime.Options{}, false)
}

// TestReporters runs the same cases with NODE_OPTIONS=--test-reporter=spec
// and =dot and compares them with node's output (testdata/reporters.json,
// written by testdata/gen_reporters.js).
func TestReporters(t *testing.T) {
	raw, err := os.ReadFile(filepath.Join("testdata", "reporters.json"))
	if err != nil {
		t.Fatal(err)
	}
	var exp struct {
		Node      string                              `json:"node"`
		Reporters map[string]map[string]jstest.Result `json:"reporters"`
	}
	if err := json.Unmarshal(raw, &exp); err != nil {
		t.Fatal(err)
	}
	dir, err := filepath.Abs(filepath.Join("testdata", "cases"))
	if err != nil {
		t.Fatal(err)
	}
	for reporter, cases := range exp.Reporters {
		for name, want := range cases {
			reporter, name, want := reporter, name, want
			t.Run(reporter+"/"+name, func(t *testing.T) {
				t.Parallel()
				env := []string{"PATH=" + os.Getenv("PATH"), "GORUN_TEST=1", "NODE_OPTIONS=--test-reporter=" + reporter}
				got := jstest.RunFile(t, dir, filepath.Join(dir, name+".js"), runtime.Options{Env: env})
				if got.Code != want.Code {
					t.Errorf("exit code %d, node %d", got.Code, want.Code)
				}
				if got.Stdout != want.Stdout {
					t.Errorf("stdout differs from node %s:\n%s", exp.Node, jstest.Diff(want.Stdout, got.Stdout))
				}
			})
		}
	}
}

// TestGaps checks that what gorun lacks says so, and that `test` is
// reachable only through the node: scheme, as in node.
func TestGaps(t *testing.T) {
	dir := t.TempDir()
	src := `try { require('test'); } catch (e) { console.log(e.code); }
const test = require('node:test');
try { test.run(); } catch (e) { console.log(e.code, e.message); }
try { require('node:test/reporters').tap(); } catch (e) { console.log(e.code); }
`
	file := filepath.Join(dir, "gaps.js")
	if err := os.WriteFile(file, []byte(src), 0o644); err != nil {
		t.Fatal(err)
	}
	got := jstest.RunFile(t, dir, file, runtime.Options{})
	want := "MODULE_NOT_FOUND\nERR_NOT_IMPLEMENTED test.run is not implemented in gorun\nERR_NOT_IMPLEMENTED\n"
	if got.Stdout != want || got.Code != 0 {
		t.Errorf("got %q (code %d), want %q", got.Stdout, got.Code, want)
	}
}
