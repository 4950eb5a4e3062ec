package os_test

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/gorun-js/gorun/internal/jstest"
	"github.com/gorun-js/gorun/runtime"
)

// TestAgainstNode runs every testdata/cases script as a gorun program and
// compares its output and exit code with node's (testdata/expected.json,
// written by testdata/gen.js). The cases print only what every machine
// shares; TestSameMachineAsNode compares the machine's own values.
func TestAgainstNode(t *testing.T) {
	jstest.MatchNode(t, runtime.Options{}, false)
}

// machineScript prints the values that depend on the host but not on the
// moment: they must be node's exactly when both run here.
const machineScript = `
const os = require('os');
const cpus = os.cpus();
console.log(JSON.stringify({
  hostname: os.hostname(), release: os.release(), type: os.type(), version: os.version(),
  machine: os.machine(), arch: os.arch(), userInfo: os.userInfo(), parallelism: os.availableParallelism(),
  totalmem: os.totalmem(), interfaces: os.networkInterfaces(), constants: os.constants,
  cpus: cpus.map((c) => [c.model, c.speed]),
}, null, 1));
`

func TestSameMachineAsNode(t *testing.T) {
	node, err := exec.LookPath("node")
	if err != nil {
		t.Skip("node is not on PATH")
	}
	dir := t.TempDir()
	file := filepath.Join(dir, "machine.js")
	if err := os.WriteFile(file, []byte(machineScript), 0o600); err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command(node, file)
	cmd.Env = []string{"PATH=" + os.Getenv("PATH")}
	want, err := cmd.Output()
	if err != nil {
		t.Fatalf("node: %v", err)
	}
	got := jstest.RunFile(t, dir, file, runtime.Options{})
	if got.Code != 0 || got.Stderr != "" {
		t.Fatalf("gorun exited %d: %s", got.Code, got.Stderr)
	}
	if got.Stdout != string(want) {
		gl, wl := strings.Split(got.Stdout, "\n"), strings.Split(string(want), "\n")
		for i := 0; i < len(gl) && i < len(wl); i++ {
			if gl[i] != wl[i] {
				t.Fatalf("line %d differs:\n gorun: %s\n node:  %s", i+1, gl[i], wl[i])
			}
		}
		t.Fatalf("outputs differ in length:\n gorun: %s\n node:  %s", got.Stdout, want)
	}
}
