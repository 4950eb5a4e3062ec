package path_test

import (
	"testing"

	"github.com/gorun-js/gorun/internal/jstest"
	"github.com/gorun-js/gorun/runtime"
)

// TestAgainstNode runs every testdata/cases script as a gorun program and
// compares its output and exit code with node's (testdata/expected.json,
// written by testdata/gen.js). cases/fuzz.js covers every function of
// both flavours on thousands of random paths; cases/api.js the module's
// shape, its errors and resolve's use of the current directory. The api
// case changes the working directory, so the cases run serially.
func TestAgainstNode(t *testing.T) {
	jstest.MatchNode(t, runtime.Options{}, true)
}
