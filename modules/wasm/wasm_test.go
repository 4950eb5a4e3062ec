package wasm_test

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/gorun-js/gorun/internal/jstest"
	"github.com/gorun-js/gorun/runtime"
)

// runCase runs file as node would from dir on a runtime, whose
// WebAssembly global is this package's.
func runCase(t *testing.T, dir, file string) jstest.Result {
	t.Helper()
	var stdout, stderr bytes.Buffer
	rt, err := runtime.New(runtime.Options{
		Argv0: "node", Cwd: dir,
		Env:    []string{"PATH=" + os.Getenv("PATH"), "GORUN_TEST=1"},
		Stdin:  strings.NewReader(""),
		Stdout: &stdout, Stderr: &stderr,
	})
	if err != nil {
		t.Fatal(err)
	}
	defer rt.Close()
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	code, err := rt.Run(ctx, file)
	if err != nil {
		t.Fatalf("Run %s: %v\nstderr: %s", file, err, stderr.String())
	}
	return jstest.Result{Stdout: normalize(stdout.String()), Stderr: normalize(stderr.String()), Code: code}
}

var (
	nodePID  = regexp.MustCompile(`\(node:\d+\)`)
	casesDir = regexp.MustCompile(`/[^\s'"()]*/testdata/cases`)
)

func normalize(s string) string {
	return casesDir.ReplaceAllString(nodePID.ReplaceAllString(s, "(node:PID)"), "<dir>")
}

// TestAgainstNode runs every testdata/cases script and compares its output
// and exit code with node's (testdata/expected.json, by testdata/gen.js).
// Cases marked "gorun-test: stderr differs" compare stdout and code only.
func TestAgainstNode(t *testing.T) {
	raw, err := os.ReadFile(filepath.Join("testdata", "expected.json"))
	if err != nil {
		t.Fatal(err)
	}
	var exp struct {
		Node  string                   `json:"node"`
		Cases map[string]jstest.Result `json:"cases"`
	}
	if err := json.Unmarshal(raw, &exp); err != nil {
		t.Fatal(err)
	}
	names := make([]string, 0, len(exp.Cases))
	for n := range exp.Cases {
		names = append(names, n)
	}
	sort.Strings(names)
	dir, _ := filepath.Abs(filepath.Join("testdata", "cases"))
	for _, name := range names {
		want := exp.Cases[name]
		t.Run(name, func(t *testing.T) {
			file := filepath.Join(dir, name+".js")
			src, err := os.ReadFile(file)
			if err != nil {
				t.Fatal(err)
			}
			got := runCase(t, dir, file)
			if got.Code != want.Code {
				t.Errorf("exit code %d, node %d", got.Code, want.Code)
			}
			if got.Stdout != normalize(want.Stdout) {
				t.Errorf("stdout differs from node %s:\n%s", exp.Node, jstest.Diff(normalize(want.Stdout), got.Stdout))
			}
			if !bytes.Contains(src, []byte("gorun-test: stderr differs")) && got.Stderr != normalize(want.Stderr) {
				t.Errorf("stderr differs from node %s:\n%s", exp.Node, jstest.Diff(normalize(want.Stderr), got.Stderr))
			}
		})
	}
}
