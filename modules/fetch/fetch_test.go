package fetch_test

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/gorun-js/gorun/internal/jstest"
	"github.com/gorun-js/gorun/modules/fetch"
	"github.com/gorun-js/gorun/runtime"
)

// testOptions is a plain runtime: the runtime defines fetch and the
// classes as globals (runtime/bootstrap.js).
func testOptions(testing.TB) runtime.Options { return runtime.Options{} }

// TestAgainstNode runs every testdata/cases script as a gorun program and
// compares its output and exit code with node's (testdata/expected.json,
// written by testdata/gen.js).
func TestAgainstNode(t *testing.T) {
	jstest.MatchNode(t, testOptions(t), false)
}

// TestModules checks the declared module and its globals list.
func TestModules(t *testing.T) {
	ms := fetch.Modules()
	if len(ms) != 1 || ms[0].Name != fetch.ModuleName || !ms[0].Internal() {
		t.Fatalf("Modules() = %+v", ms)
	}
	if len(fetch.Globals) != 5 {
		t.Fatalf("Globals = %v", fetch.Globals)
	}
}

// TestRunFile runs the script named by GORUN_FETCH_RUN with the test
// globals and prints what it wrote: a tool for comparing one script with
// node by hand (go test -run TestRunFile -v).
func TestRunFile(t *testing.T) {
	file := os.Getenv("GORUN_FETCH_RUN")
	if file == "" {
		t.Skip("GORUN_FETCH_RUN not set")
	}
	r := jstest.RunFile(t, filepath.Dir(file), file, testOptions(t))
	t.Logf("code %d\nstdout:\n%s\nstderr:\n%s", r.Code, r.Stdout, r.Stderr)
}
