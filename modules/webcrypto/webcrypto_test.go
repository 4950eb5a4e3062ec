package webcrypto_test

import (
	"testing"

	"github.com/gorun-js/gorun/internal/jstest"
	"github.com/gorun-js/gorun/modules"
	"github.com/gorun-js/gorun/runtime"
)

// exposer lets the cases reach the internal module until the runtime
// makes it the `crypto` global; under node they fall back to the globals.
var exposer = modules.Module{
	Name: "gorun-webcrypto-test",
	Shim: modules.NewShim("node:gorun-webcrypto-test", "module.exports = require('internal/webcrypto');"),
}

// TestAgainstNode runs every testdata/cases script as a gorun program and
// compares its output and exit code with node's (testdata/expected.json,
// written by testdata/gen.js).
func TestAgainstNode(t *testing.T) {
	jstest.MatchNode(t, runtime.Options{Modules: []modules.Module{exposer}}, false)
}
