package utilextra_test

import (
	"testing"

	"github.com/gorun-js/gorun/internal/jstest"
	"github.com/gorun-js/gorun/modules"
	"github.com/gorun-js/gorun/modules/utilextra"
	"github.com/gorun-js/gorun/runtime"
)

// exposed makes the internal modules reachable from the test cases as
// `gorun_utilextra_test`, shaped like the slice of util they implement,
// until util's own properties point at them. Under node the require
// fails and the cases fall back to require('util').
var exposed = modules.Module{
	Name: "gorun_utilextra_test",
	Shim: modules.NewShim("node:gorun_utilextra_test", `
module.exports = {
  ...require('internal/util/parse_args'),
  ...require('internal/mime'),
  ...require('internal/util/extras'),
};`),
}

// TestAgainstNode runs every testdata/cases script as a gorun program and
// compares its output and exit code with node's (testdata/expected.json,
// written by testdata/gen.js).
func TestAgainstNode(t *testing.T) {
	jstest.MatchNode(t, runtime.Options{Modules: []modules.Module{exposed}}, false)
}

// TestInternal checks that the modules stay hidden from user code.
func TestInternal(t *testing.T) {
	for _, m := range utilextra.Modules() {
		if !m.Internal() {
			t.Errorf("%s is visible to user code", m.Name)
		}
	}
}
