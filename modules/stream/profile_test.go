package stream_test

import (
	"context"
	"os"
	"strings"
	"testing"

	"github.com/dop251/goja"

	"github.com/gorun-js/gorun/runtime"
)

// TestProfileScript runs the script named by GORUN_PROFILE_SCRIPT (with
// the space-separated arguments in GORUN_PROFILE_ARGS) on a real runtime,
// so `go test -run ProfileScript -cpuprofile` profiles stream hot paths.
// Skipped unless the variable is set.
func TestProfileScript(t *testing.T) {
	script := os.Getenv("GORUN_PROFILE_SCRIPT")
	if script == "" {
		t.Skip("GORUN_PROFILE_SCRIPT not set")
	}
	r, err := runtime.New(runtime.Options{Args: strings.Fields(os.Getenv("GORUN_PROFILE_ARGS"))})
	if err != nil {
		t.Fatal(err)
	}
	defer r.Close()
	// GORUN_JSPROFILE names a file for goja's JS-level execution profile
	// (functions and lines of the shims rather than Go frames).
	if out := os.Getenv("GORUN_JSPROFILE"); out != "" {
		f, err := os.Create(out)
		if err != nil {
			t.Fatal(err)
		}
		defer f.Close()
		if err := goja.StartProfile(f); err != nil {
			t.Fatal(err)
		}
		defer goja.StopProfile()
	}
	code, err := r.Run(context.Background(), script)
	if err != nil || code != 0 {
		t.Fatalf("exit %d: %v", code, err)
	}
}
