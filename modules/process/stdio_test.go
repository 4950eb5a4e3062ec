package process_test

import (
	"bufio"
	"bytes"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"
)

var (
	buildOnce sync.Once
	binary    string
	buildErr  error
)

// gorunBinary builds cmd/gorun once: stdio is checked as a user meets
// it, on real pipes.
func gorunBinary(t *testing.T) string {
	t.Helper()
	if testing.Short() {
		t.Skip("builds the binary")
	}
	buildOnce.Do(func() {
		dir, err := os.MkdirTemp("", "gorun-stdio")
		if err != nil {
			buildErr = err
			return
		}
		binary = filepath.Join(dir, "gorun")
		out, err := exec.Command("go", "build", "-o", binary, "github.com/gorun-js/gorun/cmd/gorun").CombinedOutput()
		if err != nil {
			buildErr = err
			binary = string(out)
		}
	})
	if buildErr != nil {
		t.Fatalf("build: %v\n%s", buildErr, binary)
	}
	return binary
}

func TestStdinPipesToStdout(t *testing.T) {
	cmd := exec.Command(gorunBinary(t), "-e", "process.stdin.pipe(process.stdout)")
	cmd.Stdin = strings.NewReader("a\nbé\n")
	out, err := cmd.Output()
	if err != nil || string(out) != "a\nbé\n" {
		t.Fatalf("got %q, %v", out, err)
	}
}

// A reader slower than the writer must still get everything written
// before process.exit (node loses what the pipe buffer cannot hold).
func TestWriteThenExitLosesNothing(t *testing.T) {
	const n = 3 << 20
	cmd := exec.Command(gorunBinary(t), "-e", `process.stdout.write("x".repeat(3 << 20)); process.exit(5)`)
	stdout, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	time.Sleep(200 * time.Millisecond)
	got, _ := io.ReadAll(stdout)
	err = cmd.Wait()
	if len(got) != n || bytes.Count(got, []byte("x")) != n {
		t.Fatalf("read %d bytes, want %d", len(got), n)
	}
	if cmd.ProcessState.ExitCode() != 5 {
		t.Fatalf("exit code %d (%v), want 5", cmd.ProcessState.ExitCode(), err)
	}
}

// Writing to a pipe whose reader is gone is an EPIPE 'error' (fatal when
// unhandled, exit code 1), not death by SIGPIPE, as in node.
func TestEPIPE(t *testing.T) {
	for _, tc := range []struct {
		name, src, stderr string
		code              int
	}{
		{"unhandled", `setInterval(() => process.stdout.write('y\n'), 1)`, "Error: write EPIPE", 1},
		{"handled", `process.stdout.on('error', (e) => { console.error('caught', e.code, e.syscall); process.exit(0); }); setInterval(() => process.stdout.write('y\n'), 1)`, "caught EPIPE write", 0},
	} {
		t.Run(tc.name, func(t *testing.T) {
			cmd := exec.Command(gorunBinary(t), "-e", tc.src)
			var stderr bytes.Buffer
			cmd.Stderr = &stderr
			stdout, err := cmd.StdoutPipe()
			if err != nil {
				t.Fatal(err)
			}
			if err := cmd.Start(); err != nil {
				t.Fatal(err)
			}
			line, err := bufio.NewReader(stdout).ReadString('\n')
			if err != nil || line != "y\n" {
				t.Fatalf("first line %q, %v", line, err)
			}
			stdout.Close()
			done := make(chan error, 1)
			go func() { done <- cmd.Wait() }()
			select {
			case <-done:
			case <-time.After(10 * time.Second):
				_ = cmd.Process.Kill()
				t.Fatal("still writing after the reader left")
			}
			if code := cmd.ProcessState.ExitCode(); code != tc.code {
				t.Fatalf("exit code %d (%s), want %d; stderr:\n%s", code, cmd.ProcessState, tc.code, stderr.String())
			}
			if !strings.Contains(stderr.String(), tc.stderr) {
				t.Fatalf("stderr lacks %q:\n%s", tc.stderr, stderr.String())
			}
		})
	}
}

// A paused stdin (or a closed readline interface, which pauses it) holds
// no ref: the program ends although its stdin stays open.
func TestPausedStdinLetsProgramExit(t *testing.T) {
	for name, src := range map[string]string{
		"pause":    `process.stdin.on('data', () => {}); process.stdin.pause(); console.log('ok')`,
		"readline": `const rl = require('readline').createInterface({ input: process.stdin }); rl.on('line', console.log); rl.close(); console.log('ok')`,
		"flowing":  `process.stdin.once('data', (d) => { console.log('ok', String(d).trim()); process.stdin.pause(); })`,
	} {
		t.Run(name, func(t *testing.T) {
			cmd := exec.Command(gorunBinary(t), "-e", src)
			stdin, err := cmd.StdinPipe()
			if err != nil {
				t.Fatal(err)
			}
			defer stdin.Close()
			var out bytes.Buffer
			cmd.Stdout = &out
			if err := cmd.Start(); err != nil {
				t.Fatal(err)
			}
			if name == "flowing" {
				_, _ = io.WriteString(stdin, "hi\n")
			}
			done := make(chan error, 1)
			go func() { done <- cmd.Wait() }()
			select {
			case err := <-done:
				if err != nil || !strings.HasPrefix(out.String(), "ok") {
					t.Fatalf("got %q, %v", out.String(), err)
				}
			case <-time.After(10 * time.Second):
				_ = cmd.Process.Kill()
				t.Fatal("a paused stdin kept the program alive")
			}
		})
	}
}
