package npmcompat_test

import (
	"testing"

	"github.com/gorun-js/gorun/internal/jstest"
	"github.com/gorun-js/gorun/runtime"
)

// TestRuntimeMatchNode runs testdata/cases on gorun's real runtime, where
// util prints namespaces and the polyfills are installed, against node's
// output in testdata/expected.json (node testdata/gen.js).
func TestRuntimeMatchNode(t *testing.T) {
	jstest.MatchNode(t, runtime.Options{}, false)
}
