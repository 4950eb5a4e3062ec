package npmcompat

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func init() {
	// Tests must not depend on, or fill, the user's cache.
	TransformCacheDir = "off"
}

// TestESMCompat runs testdata/esm like TestNodeCompat runs testdata/node:
// ES module cases whose expected output gen_node.js records under node.
func TestESMCompat(t *testing.T) {
	b := readNodeBuiltins(t)
	files, err := filepath.Glob("testdata/esm/*.txt")
	if err != nil || len(files) == 0 {
		t.Fatalf("no cases: %v", err)
	}
	for _, file := range files {
		name := strings.TrimSuffix(filepath.Base(file), ".txt")
		t.Run(name, func(t *testing.T) {
			t.Parallel()
			src, err := os.ReadFile(file)
			if err != nil {
				t.Fatal(err)
			}
			want, err := os.ReadFile(strings.TrimSuffix(file, ".txt") + ".out")
			if err != nil {
				t.Fatal(err)
			}
			got := runNodeCase(t, parseNodeCase(string(src)), b)
			if got != string(want) {
				t.Errorf("output differs from node's\n%s", lineDiff(string(want), got))
			}
		})
	}
}
