package childprocess_test

import (
	"testing"

	"github.com/gorun-js/gorun/internal/jstest"
	"github.com/gorun-js/gorun/runtime"
)

// TestAgainstNode runs every testdata/cases script as a gorun program and
// compares its output and exit code with node's (testdata/expected.json,
// written by testdata/gen.js). The fork cases fork a node child, so they
// check gorun's parent side against node's own IPC implementation.
func TestAgainstNode(t *testing.T) {
	jstest.MatchNode(t, runtime.Options{}, false)
}
