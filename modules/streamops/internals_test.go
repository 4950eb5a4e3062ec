package streamops_test

import (
	"path/filepath"
	"strings"
	"testing"

	"github.com/gorun-js/gorun/internal/jstest"
	"github.com/gorun-js/gorun/modules"
	"github.com/gorun-js/gorun/runtime"
)

// internals exposes the internal modules to test scripts, as node's
// --expose-internals does, so the helpers that stand in for async
// generators and the operators are tested on plain async iterables,
// independently of the stream core.
var internals = modules.Module{
	Name: "streamops-internals",
	Shim: modules.NewShim("node:streamops-internals", `'use strict';
module.exports = {
  utils: require('internal/streamops/utils'),
  operators: require('internal/streams/operators'),
  eos: require('internal/streams/end-of-stream'),
  adapters: require('internal/webstreams/adapters'),
};`),
}

// TestInternals runs testdata/internal/*.js; each script asserts its own
// results and prints "ok" as its last line.
func TestInternals(t *testing.T) {
	files, err := filepath.Glob(filepath.Join("testdata", "internal", "*.js"))
	if err != nil || len(files) == 0 {
		t.Fatalf("no internal tests: %v", err)
	}
	for _, f := range files {
		f := f
		t.Run(strings.TrimSuffix(filepath.Base(f), ".js"), func(t *testing.T) {
			t.Parallel()
			abs, _ := filepath.Abs(f)
			res := jstest.RunFile(t, filepath.Dir(abs), abs, runtime.Options{Modules: []modules.Module{internals}})
			if res.Code != 0 || !strings.HasSuffix(res.Stdout, "ok\n") {
				t.Errorf("exit %d\nstdout:\n%s\nstderr:\n%s", res.Code, res.Stdout, res.Stderr)
			}
		})
	}
}
