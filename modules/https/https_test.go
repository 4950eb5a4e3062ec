package https_test

import (
	"testing"

	"github.com/gorun-js/gorun/internal/jstest"
	"github.com/gorun-js/gorun/modules"
	"github.com/gorun-js/gorun/modules/builtins"
	"github.com/gorun-js/gorun/modules/https"
	"github.com/gorun-js/gorun/runtime"
)

// options registers https as an extra module until the built-in list
// carries it.
func options() runtime.Options {
	for _, m := range builtins.List() {
		if m.Name == "https" {
			return runtime.Options{}
		}
	}
	return runtime.Options{Modules: []modules.Module{https.Module()}}
}

// TestAgainstNode runs testdata/cases under gorun and compares with
// node's recorded output (testdata/gen.js): servers with CA-signed and
// self-signed certificates, node's verify errors, keep-alive through an
// Agent, client certificates.
func TestAgainstNode(t *testing.T) {
	jstest.MatchNode(t, options(), false)
}
