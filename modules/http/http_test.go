package http_test

import (
	"testing"

	"github.com/gorun-js/gorun/internal/jstest"
	"github.com/gorun-js/gorun/modules"
	"github.com/gorun-js/gorun/modules/http"
	"github.com/gorun-js/gorun/runtime"
)

// TestMatchNode runs testdata/cases against node's recorded output.
func TestMatchNode(t *testing.T) {
	jstest.MatchNode(t, runtime.Options{Modules: []modules.Module(http.Modules())}, false)
}
