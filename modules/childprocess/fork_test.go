package childprocess_test

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// TestForkGorun forks a gorun child from a gorun parent through a built
// binary (under go test, process.execPath is the test binary). It is
// skipped until the runtime calls the IPC module's setup at start-up.
func TestForkGorun(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the gorun binary")
	}
	dir := t.TempDir()
	bin := filepath.Join(dir, "gorun")
	build := exec.Command("go", "build", "-o", bin, "../../cmd/gorun")
	if out, err := build.CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	child := `if (!process.send) { console.log('no channel'); return; }
process.on('message', (m) => { process.send({ echo: m }); if (m === 'bye') process.disconnect(); });`
	parent := `const cp = require('child_process');
const c = cp.fork(process.argv[2], ['a'], { silent: true });
let out = '';
c.stdout.on('data', (d) => { out += d; });
const got = [];
c.on('message', (m) => got.push(m));
c.on('close', (code) => console.log(code, JSON.stringify(got), JSON.stringify(out)));
c.send('hi');
c.send({ n: [1, 2] });
c.send('bye');`
	for name, src := range map[string]string{"child.js": child, "parent.js": parent} {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(src), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	cmd := exec.Command(bin, filepath.Join(dir, "parent.js"), filepath.Join(dir, "child.js"))
	cmd.Env = []string{"PATH=" + os.Getenv("PATH")}
	out, err := cmd.CombinedOutput()
	if err != nil {
		t.Fatalf("%v\n%s", err, out)
	}
	got := string(out)
	if strings.Contains(got, "no channel") {
		t.Skip("the runtime does not set up the IPC channel at start-up yet")
	}
	want := `0 [{"echo":"hi"},{"echo":{"n":[1,2]}},{"echo":"bye"}] ""` + "\n"
	if got != want {
		t.Errorf("got %q, want %q", got, want)
	}
}

// TestForkSendThenExit is node's test-child-process-fork-close with a
// gorun child and parent, compared with node running both: a message sent
// just before process.exit arrives, and before 'disconnect', 'exit' and
// 'close'.
func TestForkSendThenExit(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the gorun binary")
	}
	node, err := exec.LookPath("node")
	if err != nil {
		t.Skip("node not on PATH")
	}
	dir := t.TempDir()
	bin := filepath.Join(dir, "gorun")
	build := exec.Command("go", "build", "-o", bin, "../../cmd/gorun")
	if out, err := build.CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	child := "process.send('hello');\nprocess.exit(0);\n"
	parent := `const c = require('child_process').fork(process.argv[2]);
for (const e of ['message', 'disconnect', 'exit', 'close']) c.on(e, (m) => console.log(e, e === 'message' ? m : ''));`
	for name, src := range map[string]string{"child.js": child, "parent.js": parent} {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(src), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	run := func(b string) string {
		cmd := exec.Command(b, filepath.Join(dir, "parent.js"), filepath.Join(dir, "child.js"))
		cmd.Env = []string{"PATH=" + os.Getenv("PATH")}
		out, err := cmd.CombinedOutput()
		if err != nil {
			t.Fatalf("%s: %v\n%s", b, err, out)
		}
		return string(out)
	}
	want := run(node)
	for i := 0; i < 5; i++ {
		if got := run(bin); got != want {
			if strings.Contains(got, "no channel") {
				t.Skip("no IPC at start-up")
			}
			t.Fatalf("run %d: got %q, node %q", i, got, want)
		}
	}
}
