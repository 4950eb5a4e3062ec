package buffer_test

import (
	"path/filepath"
	"testing"

	"github.com/dop251/goja"

	"github.com/gorun-js/gorun/internal/jstest"
	"github.com/gorun-js/gorun/modules"
	"github.com/gorun-js/gorun/runtime"
)

// testOptions preloads testdata/globals.js, which installs Buffer,
// TextEncoder and the other globals node has until the runtime does; it
// reaches internal/encoding through a test-only module.
func testOptions(t testing.TB) runtime.Options {
	globals, err := filepath.Abs(filepath.Join("testdata", "globals.js"))
	if err != nil {
		t.Fatal(err)
	}
	encoding := modules.Module{
		Name: "gorun-test-encoding",
		Binding: func(c *modules.Context) (*goja.Object, error) {
			v, err := c.Require("internal/encoding")
			if err != nil {
				return nil, err
			}
			return v.ToObject(c.VM), nil
		},
	}
	return runtime.Options{Preload: []string{globals}, Modules: []modules.Module{encoding}}
}

// TestAgainstNode runs every testdata/cases script as a gorun program and
// compares its output and exit code with node's (testdata/expected.json,
// written by testdata/gen.js).
func TestAgainstNode(t *testing.T) {
	jstest.MatchNode(t, testOptions(t), false)
}
