// Package packages runs real npm packages, installed from the registry at
// the pinned versions of testdata/package.json, under gorun and under node,
// and requires the same stdout, stderr and exit code (issue 3, "Done when").
//
// One smoke script per package and module system lives in testdata/smoke
// (<name>.cjs through require, <name>.mjs through import). The install is
// cached under the user cache dir, keyed by the package.json's hash, so a
// repeated `make test` costs no network and no npm run.
package packages

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strings"
	"sync"
	"testing"
	"time"
)

// needs names the built-ins a smoke script requires beyond what every
// script uses. While gorun lacks one, the script is skipped with the reason
// (not failed), so the test turns green on its own once the module lands.
var needs = map[string][]string{
	"commander": {"child_process"},
	"dotenv":    {"crypto"},
	"nanoid":    {"crypto"},
	"uuid":      {"crypto"},
}

func TestPackages(t *testing.T) {
	if testing.Short() {
		t.Skip("installs packages from the npm registry; skipped with -short")
	}
	npm, err := exec.LookPath("npm")
	if err != nil {
		t.Skip("npm is not on PATH: the real-package test needs npm and node (CI has both)")
	}
	node, err := exec.LookPath("node")
	if err != nil {
		t.Skip("node is not on PATH: the real-package test compares gorun with node")
	}
	modules := install(t, npm)
	gorun := buildGorun(t)

	// The scripts run from a fresh folder whose node_modules links to the
	// cached install: both runtimes resolve packages through the link to
	// the same real paths.
	work := t.TempDir()
	if err := os.Symlink(modules, filepath.Join(work, "node_modules")); err != nil {
		t.Fatal(err)
	}
	scripts, err := filepath.Glob(filepath.Join("testdata", "smoke", "*.?js"))
	if err != nil || len(scripts) == 0 {
		t.Fatalf("no smoke scripts: %v", err)
	}
	sort.Strings(scripts)
	for _, s := range scripts {
		data, err := os.ReadFile(s)
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(work, filepath.Base(s)), data, 0o644); err != nil {
			t.Fatal(err)
		}
	}

	missing := missingBuiltins(t, gorun, work)
	for _, s := range scripts {
		name := filepath.Base(s)
		pkg := strings.TrimSuffix(strings.TrimSuffix(name, ".cjs"), ".mjs")
		t.Run(name, func(t *testing.T) {
			t.Parallel()
			for _, m := range needs[pkg] {
				if missing[m] {
					t.Skipf("%s needs node:%s, which gorun does not provide yet", pkg, m)
				}
			}
			want := run(t, work, node, name)
			got := run(t, work, gorun, name)
			if got != want {
				t.Errorf("gorun differs from node\n--- node\n%s\n--- gorun\n%s", want, got)
			}
		})
	}
}

// outcome is one run's stdout, stderr and exit code, printed for diffs.
type outcome struct {
	stdout, stderr string
	code           int
}

func (o outcome) String() string {
	return fmt.Sprintf("exit %d\nstdout:\n%s\nstderr:\n%s", o.code, o.stdout, o.stderr)
}

func run(t *testing.T, dir, bin, script string) outcome {
	t.Helper()
	cmd := exec.Command(bin, script)
	cmd.Dir = dir
	// FORCE_COLOR makes chalk emit escape codes under both runtimes without
	// a terminal; TZ pins the date packages' local time.
	// NO_COLOR is dropped: node warns when both are set.
	env := []string{"FORCE_COLOR=3", "TZ=UTC"}
	for _, kv := range os.Environ() {
		if k, _, _ := strings.Cut(kv, "="); k != "NO_COLOR" && k != "FORCE_COLOR" && k != "TZ" && k != "NODE_OPTIONS" {
			env = append(env, kv)
		}
	}
	cmd.Env = env
	var out, errb bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &errb
	done := make(chan error, 1)
	if err := cmd.Start(); err != nil {
		t.Fatalf("starting %s: %v", bin, err)
	}
	go func() { done <- cmd.Wait() }()
	var err error
	select {
	case err = <-done:
	case <-time.After(60 * time.Second):
		_ = cmd.Process.Kill()
		<-done
		t.Fatalf("%s %s: timed out; output so far:\n%s%s", filepath.Base(bin), script, out.String(), errb.String())
	}
	code := 0
	var ee *exec.ExitError
	if errors.As(err, &ee) {
		code = ee.ExitCode()
	} else if err != nil {
		t.Fatalf("running %s: %v", bin, err)
	}
	return outcome{stdout: out.String(), stderr: strings.ReplaceAll(errb.String(), dir, "<dir>"), code: code}
}

// missingBuiltins reports which of the modules in needs gorun cannot load.
func missingBuiltins(t *testing.T, gorun, dir string) map[string]bool {
	t.Helper()
	missing := map[string]bool{}
	for _, list := range needs {
		for _, m := range list {
			if _, seen := missing[m]; seen {
				continue
			}
			cmd := exec.Command(gorun, "-e", fmt.Sprintf("require('node:%s')", m))
			cmd.Dir = dir
			missing[m] = cmd.Run() != nil
		}
	}
	return missing
}

var buildOnce = sync.OnceValues(func() (string, error) {
	dir, err := os.MkdirTemp("", "gorun-packages")
	if err != nil {
		return "", err
	}
	bin := filepath.Join(dir, "gorun")
	out, err := exec.Command("go", "build", "-o", bin, "../../cmd/gorun").CombinedOutput()
	if err != nil {
		return "", fmt.Errorf("building gorun: %v\n%s", err, out)
	}
	return bin, nil
})

func buildGorun(t *testing.T) string {
	t.Helper()
	bin, err := buildOnce()
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { os.RemoveAll(filepath.Dir(bin)) })
	return bin
}

// install returns the node_modules folder of testdata/package.json,
// installing it on first use into <user cache>/gorun/packages/<hash>. A
// finished install is renamed into place, so an interrupted one is never
// taken for complete and concurrent test processes cannot see half of one.
func install(t *testing.T, npm string) string {
	t.Helper()
	manifest, err := os.ReadFile(filepath.Join("testdata", "package.json"))
	if err != nil {
		t.Fatal(err)
	}
	sum := sha256.Sum256(manifest)
	base, err := os.UserCacheDir()
	if err != nil {
		base = os.TempDir()
	}
	root := filepath.Join(base, "gorun", "packages")
	final := filepath.Join(root, hex.EncodeToString(sum[:8]))
	modules := filepath.Join(final, "node_modules")
	marker := filepath.Join(final, "complete")
	if _, err := os.Stat(marker); err == nil {
		return modules
	}
	if err := os.MkdirAll(root, 0o755); err != nil {
		t.Fatal(err)
	}
	tmp, err := os.MkdirTemp(root, "install-")
	if err != nil {
		t.Fatal(err)
	}
	defer os.RemoveAll(tmp)
	if err := os.WriteFile(filepath.Join(tmp, "package.json"), manifest, 0o644); err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command(npm, "install", "--no-audit", "--no-fund", "--ignore-scripts", "--no-package-lock", "--loglevel=error")
	cmd.Dir = tmp
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("npm install: %v\n%s", err, out)
	}
	if err := os.WriteFile(filepath.Join(tmp, "complete"), nil, 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.Rename(tmp, final); err != nil {
		if _, statErr := os.Stat(marker); statErr != nil {
			t.Fatalf("moving the install into place: %v", err)
		}
		// another process finished first: use its copy
	}
	return modules
}
