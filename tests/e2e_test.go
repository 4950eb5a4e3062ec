// Package tests runs the gorun binary as a user would and compares what
// it prints with what node prints for the same script.
package tests

import (
	"bytes"
	"encoding/json"
	"errors"
	"flag"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

var update = flag.Bool("update", false, "regenerate testdata expectations by running node")

var gorunBin string

func TestMain(m *testing.M) {
	flag.Parse()
	dir, err := os.MkdirTemp("", "gorun-e2e")
	if err != nil {
		panic(err)
	}
	gorunBin = filepath.Join(dir, "gorun")
	build := exec.Command("go", "build", "-o", gorunBin, "../cmd/gorun")
	build.Env = append(os.Environ(), "CGO_ENABLED=0") // as shipped: static
	build.Stdout, build.Stderr = os.Stdout, os.Stderr
	if err := build.Run(); err != nil {
		os.RemoveAll(dir)
		panic("building gorun: " + err.Error())
	}
	code := m.Run()
	os.RemoveAll(dir)
	os.Exit(code)
}

// result is what a run printed and how it ended.
type result struct {
	Stdout string `json:"stdout"`
	Stderr string `json:"stderr"`
	Code   int    `json:"code"`
}

func runBin(t *testing.T, dir, bin string, stdin string, args ...string) result {
	t.Helper()
	cmd := exec.Command(bin, args...)
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), "NO_COLOR=1", "FORCE_COLOR=0")
	cmd.Stdin = strings.NewReader(stdin)
	var out, errb bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &errb
	err := cmd.Run()
	code := 0
	var ee *exec.ExitError
	if errors.As(err, &ee) {
		code = ee.ExitCode()
	} else if err != nil {
		t.Fatalf("running %s: %v", bin, err)
	}
	return result{Stdout: out.String(), Stderr: errb.String(), Code: code}
}

var (
	reNodeVersion = regexp.MustCompile(`(?m)^Node\.js v[0-9.]+( \(gorun [0-9.]+\))?$`)
	rePID         = regexp.MustCompile(`\((node|gorun):\d+\)`)
	reInternal    = regexp.MustCompile(`(?m)^ +at .*\(?node:[^\n]*\n`)
	// node's report of an error thrown inside its own code starts with
	// that code's file:line, source line and caret (for example
	// node:internal/process/promises:389): internal detail, like frames.
	reInternalSite = regexp.MustCompile(`(?m)^\n?node:internal/\S+:\d+\n[^\n]*\n *\^+\n\n?`)
)

// normalize removes what legitimately differs between node and gorun:
// absolute paths, pids, the version line and frames inside the runtime's
// own code (node:internal/… in both).
func normalize(s, dir string) string {
	s = strings.ReplaceAll(s, dir, "<dir>")
	s = reNodeVersion.ReplaceAllString(s, "Node.js <version>")
	s = rePID.ReplaceAllString(s, "(node:<pid>)")
	s = reInternal.ReplaceAllString(s, "")
	s = reInternalSite.ReplaceAllString(s, "")
	return s
}

// TestScriptsMatchNode runs every testdata/e2e/*.js under gorun and
// compares stdout, stderr and exit code with node's, recorded in a .json
// file beside the script (regenerate with `go test ./tests -update`, which
// needs node on PATH), so CI needs no node to hold gorun to node's output.
func TestScriptsMatchNode(t *testing.T) {
	dir, _ := filepath.Abs("testdata/e2e")
	scripts, _ := filepath.Glob(filepath.Join(dir, "*.js"))
	if len(scripts) == 0 {
		t.Fatal("no scripts")
	}
	nodeBin, nodeErr := exec.LookPath("node")
	for _, script := range scripts {
		name := filepath.Base(script)
		t.Run(strings.TrimSuffix(name, ".js"), func(t *testing.T) {
			t.Parallel()
			expFile := strings.TrimSuffix(script, ".js") + ".json"
			stdin := ""
			if b, err := os.ReadFile(strings.TrimSuffix(script, ".js") + ".stdin"); err == nil {
				stdin = string(b)
			}
			if *update {
				if nodeErr != nil {
					t.Fatal("-update needs node on PATH")
				}
				want := runBin(t, dir, nodeBin, stdin, name)
				want.Stdout, want.Stderr = normalize(want.Stdout, dir), normalize(want.Stderr, dir)
				b, _ := json.MarshalIndent(want, "", "  ")
				if err := os.WriteFile(expFile, append(b, '\n'), 0o644); err != nil {
					t.Fatal(err)
				}
			}
			b, err := os.ReadFile(expFile)
			if err != nil {
				t.Fatalf("no expectation (run go test ./tests -update): %v", err)
			}
			var want result
			if err := json.Unmarshal(b, &want); err != nil {
				t.Fatal(err)
			}
			// Recorded output is normalised again: normalisation may have
			// grown since it was recorded.
			want.Stdout, want.Stderr = normalize(want.Stdout, dir), normalize(want.Stderr, dir)
			got := runBin(t, dir, gorunBin, stdin, name)
			got.Stdout, got.Stderr = normalize(got.Stdout, dir), normalize(got.Stderr, dir)
			compare(t, "recorded node", want, got)
		})
	}
}

func compare(t *testing.T, what string, want, got result) {
	t.Helper()
	if got.Stdout != want.Stdout {
		t.Errorf("stdout differs from %s:\n--- node\n%s\n--- gorun\n%s", what, want.Stdout, got.Stdout)
	}
	if got.Stderr != want.Stderr {
		t.Errorf("stderr differs from %s:\n--- node\n%s\n--- gorun\n%s", what, want.Stderr, got.Stderr)
	}
	if got.Code != want.Code {
		t.Errorf("exit code %d, %s exits %d", got.Code, what, want.Code)
	}
}
