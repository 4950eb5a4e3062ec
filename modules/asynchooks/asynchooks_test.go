package asynchooks_test

import (
	"testing"

	"github.com/gorun-js/gorun/internal/jstest"
	"github.com/gorun-js/gorun/runtime"
)

// TestAgainstNode runs testdata/cases with gorun and compares with node's
// recorded output (testdata/gen.js).
func TestAgainstNode(t *testing.T) {
	jstest.MatchNode(t, runtime.Options{}, false)
}
