// Package jstest runs JS programs on a real gorun runtime from Go tests and
// compares what they print with node's recorded output.
//
// The layout it reads is shared by module packages: testdata/cases/<name>.js
// scripts and testdata/expected.json, written by a testdata/gen.js that runs
// each case under node:
//
//	{"node": "v20.x", "cases": {"<name>": {"stdout": …, "stderr": …, "code": …}}}
package jstest

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/gorun-js/gorun/runtime"
)

// Result is what a program printed and how it ended.
type Result struct {
	Stdout string `json:"stdout"`
	Stderr string `json:"stderr"`
	Code   int    `json:"code"`
}

var (
	nodePID = regexp.MustCompile(`\(node:\d+\)`)
	// casesDir is the absolute directory of the cases, which recorded
	// output names as <dir> so that no machine's path is committed.
	casesDir = regexp.MustCompile(`/[^\s'"()]*/testdata/cases`)
)

// normalize makes output comparable across machines: pids and the cases'
// directory are replaced.
func normalize(s string) string {
	return casesDir.ReplaceAllString(nodePID.ReplaceAllString(s, "(node:PID)"), "<dir>")
}

// RunFile runs file as `node file` run from dir would; opts may add
// modules or change the environment (stdio and cwd are set here). Process
// ids in warnings are replaced by "PID", as gen.js records them.
func RunFile(t testing.TB, dir, file string, opts runtime.Options) Result {
	t.Helper()
	var stdout, stderr bytes.Buffer
	opts.Argv0 = "node"
	opts.Cwd = dir
	if opts.Env == nil {
		opts.Env = []string{"PATH=" + os.Getenv("PATH"), "GORUN_TEST=1"}
	}
	opts.Stdin = strings.NewReader("")
	opts.Stdout, opts.Stderr = &stdout, &stderr
	rt, err := runtime.New(opts)
	if err != nil {
		t.Fatal(err)
	}
	defer rt.Close()
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	code, err := rt.Run(ctx, file)
	if err != nil {
		t.Fatalf("Run %s: %v\nstderr: %s", file, err, stderr.String())
	}
	return Result{Stdout: normalize(stdout.String()), Stderr: normalize(stderr.String()), Code: code}
}

// MatchNode runs every case of testdata/expected.json (relative to the
// test's package) and compares its output and exit code with node's. A
// case whose source contains "gorun-test: stderr differs" prints frames
// that are engine-specific: only its stdout and code are compared. Paths
// under the cases' directory read <dir> on both sides (gen.js scripts
// should record them so, as no machine's path belongs in a commit). Cases
// run in parallel unless serial is set (for tests of process-wide state
// such as the umask).
func MatchNode(t *testing.T, opts runtime.Options, serial bool) {
	t.Helper()
	raw, err := os.ReadFile(filepath.Join("testdata", "expected.json"))
	if err != nil {
		t.Fatal(err)
	}
	var exp struct {
		Node  string            `json:"node"`
		Cases map[string]Result `json:"cases"`
	}
	if err := json.Unmarshal(raw, &exp); err != nil {
		t.Fatal(err)
	}
	if len(exp.Cases) == 0 {
		t.Fatal("expected.json has no cases")
	}
	names := make([]string, 0, len(exp.Cases))
	for name := range exp.Cases {
		names = append(names, name)
	}
	sort.Strings(names)
	dir, err := filepath.Abs(filepath.Join("testdata", "cases"))
	if err != nil {
		t.Fatal(err)
	}
	for _, name := range names {
		want := exp.Cases[name]
		want.Stdout, want.Stderr = normalize(want.Stdout), normalize(want.Stderr)
		t.Run(name, func(t *testing.T) {
			if !serial {
				t.Parallel()
			}
			file := filepath.Join(dir, name+".js")
			src, err := os.ReadFile(file)
			if err != nil {
				t.Fatal(err)
			}
			got := RunFile(t, dir, file, opts)
			if got.Code != want.Code {
				t.Errorf("exit code %d, node %d", got.Code, want.Code)
			}
			if got.Stdout != want.Stdout {
				t.Errorf("stdout differs from node %s:\n%s", exp.Node, Diff(want.Stdout, got.Stdout))
			}
			if !bytes.Contains(src, []byte("gorun-test: stderr differs")) && got.Stderr != want.Stderr {
				t.Errorf("stderr differs from node %s:\n%s", exp.Node, Diff(want.Stderr, got.Stderr))
			}
		})
	}
}

// Diff shows the first lines where want (node) and got (gorun) part.
func Diff(want, got string) string {
	w, g := strings.Split(want, "\n"), strings.Split(got, "\n")
	var b strings.Builder
	for i, shown := 0, 0; (i < len(w) || i < len(g)) && shown < 6; i++ {
		var wl, gl string
		if i < len(w) {
			wl = w[i]
		}
		if i < len(g) {
			gl = g[i]
		}
		if wl != gl {
			b.WriteString("  line " + strconv.Itoa(i+1) + "\n    node:  " + wl + "\n    gorun: " + gl + "\n")
			shown++
		}
	}
	return b.String()
}
