package fs_test

import (
	"testing"

	"github.com/gorun-js/gorun/internal/jstest"
	"github.com/gorun-js/gorun/modules/fs"
	"github.com/gorun-js/gorun/runtime"
)

// TestAgainstNode runs every testdata/cases script with fs loaded and
// compares its output and exit code with node's (testdata/expected.json,
// written by testdata/gen.js). The cases cover the sync, callback and
// promise forms, including ENOENT, EACCES, EEXIST, ENOTDIR, EISDIR and
// ENOSPC through each.
func TestAgainstNode(t *testing.T) {
	jstest.MatchNode(t, runtime.Options{Modules: fs.Modules()}, false)
}
