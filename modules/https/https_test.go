package https_test

import (
	"bytes"
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
// node's recorded output (testdata/gen.js).
func TestAgainstNode(t *testing.T) {
	jstest.MatchNode(t, options(), false)
}

// TestNotImplemented checks that what isn't there says so with node's
// code rather than failing quietly.
func TestNotImplemented(t *testing.T) {
	var out bytes.Buffer
	o := options()
	o.Stdout = &out
	rt, err := runtime.New(o)
	if err != nil {
		t.Fatal(err)
	}
	defer rt.Close()
	src := `for (const fn of ['request', 'get', 'createServer']) {
	  try { require('https')[fn]('https://x'); console.log('no throw'); } catch (e) { console.log(e.code, e.message); }
	}`
	if _, err := rt.RunScript(t.Context(), runtime.Script{Source: src}); err != nil {
		t.Fatal(err)
	}
	want := "ERR_NOT_IMPLEMENTED https.request is not implemented in gorun\n" +
		"ERR_NOT_IMPLEMENTED https.get is not implemented in gorun\n" +
		"ERR_NOT_IMPLEMENTED https.createServer is not implemented in gorun\n"
	if got := out.String(); got != want {
		t.Errorf("got %q, want %q", got, want)
	}
}
