package tls_test

import (
	"testing"

	"github.com/gorun-js/gorun/internal/jstest"
	"github.com/gorun-js/gorun/modules"
	"github.com/gorun-js/gorun/modules/builtins"
	"github.com/gorun-js/gorun/modules/tls"
	"github.com/gorun-js/gorun/runtime"
)

// options registers tls as an extra module until the built-in list
// carries it.
func options() runtime.Options {
	for _, m := range builtins.List() {
		if m.Name == "tls" {
			return runtime.Options{}
		}
	}
	return runtime.Options{Modules: []modules.Module{tls.Module()}}
}

// TestAgainstNode runs every testdata/cases script as a gorun program and
// compares its output and exit code with node's (testdata/expected.json,
// written by testdata/gen.js).
func TestAgainstNode(t *testing.T) {
	jstest.MatchNode(t, options(), false)
}
