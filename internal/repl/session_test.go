package repl

import (
	"context"
	"errors"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/gorun-js/gorun/runtime"
)

// keysReader sends terminal input in timed chunks.
func keysReader(chunks ...any) *chunkReader {
	r := &chunkReader{}
	for _, c := range chunks {
		switch c := c.(type) {
		case string:
			r.chunks = append(r.chunks, inputChunk{[]byte(c), 5 * time.Millisecond})
		case time.Duration:
			r.chunks = append(r.chunks, inputChunk{pause: c})
		}
	}
	return r
}

func noEnv(k string) (string, bool) {
	if k == HistoryEnv {
		return "", true
	}
	return "", false
}

// TestInterrupt stops an endless loop with Ctrl+C, as node's REPL does,
// and keeps going.
func TestInterrupt(t *testing.T) {
	in := keysReader("while (true) {}\r", 300*time.Millisecond, "\x03", 100*time.Millisecond, "6 * 7\r", "\x04")
	out, code := runSession(t, t.TempDir(), in, Options{Terminal: true, lookupEnv: noEnv, NoColor: true})
	want := "^CUncaught [Error: Script execution was interrupted by `SIGINT`] {\n" +
		"  code: 'ERR_SCRIPT_EXECUTION_INTERRUPTED'\n}\n"
	if !strings.Contains(out, want) {
		t.Errorf("no interruption report in %q", out)
	}
	if !strings.Contains(out, "6 * 7\r\n42\n") {
		t.Errorf("the REPL did not go on after the interruption: %q", out)
	}
	if code != 0 {
		t.Errorf("exit code %d", code)
	}
}

// TestInterruptAwait gives up a pending top-level await on Ctrl+C.
func TestInterruptAwait(t *testing.T) {
	in := keysReader("await new Promise(() => {})\r", 100*time.Millisecond, "\x03", 50*time.Millisecond, "'after'\r", "\x04")
	out, _ := runSession(t, t.TempDir(), in, Options{Terminal: true, lookupEnv: noEnv, NoColor: true})
	if !strings.Contains(out, "Uncaught [Error: Script execution was interrupted by `SIGINT`]") ||
		!strings.Contains(out, "'after'\r\n'after'\n") {
		t.Errorf("output %q", out)
	}
}

// TestPersistentHistory loads the history file at start and saves it,
// newest first, when the session ends.
func TestPersistentHistory(t *testing.T) {
	path := filepath.Join(t.TempDir(), "history")
	if err := os.WriteFile(path, []byte("'old2'\n'old1'"), 0o600); err != nil {
		t.Fatal(err)
	}
	in := keysReader("\x1b[A\x1b[A\r", "1 + 1\r", "\x04")
	out, _ := runSession(t, t.TempDir(), in, Options{Terminal: true, HistoryFile: path, NoColor: true})
	if !strings.Contains(out, "> 'old1'\x1b[9G\r\n'old1'\n") {
		t.Errorf("↑↑ did not recall the oldest entry: %q", out)
	}
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if string(data) != "1 + 1\n'old1'\n'old2'\n'old1'" {
		t.Errorf("history file %q", data)
	}
}

// TestHistoryFromEnv finds the history file through GORUN_REPL_HISTORY.
func TestHistoryFromEnv(t *testing.T) {
	path := filepath.Join(t.TempDir(), "h")
	env := func(k string) (string, bool) {
		if k == HistoryEnv {
			return path, true
		}
		return "", false
	}
	runSession(t, t.TempDir(), keysReader("'x'\r", "\x04"), Options{Terminal: true, lookupEnv: env})
	if data, err := os.ReadFile(path); err != nil || string(data) != "'x'" {
		t.Errorf("history file %q, %v", data, err)
	}
}

// TestNoHistoryInPipe keeps no history for piped input, like node.
func TestNoHistoryInPipe(t *testing.T) {
	path := filepath.Join(t.TempDir(), "h")
	runSession(t, t.TempDir(), strings.NewReader("1\n"), Options{HistoryFile: path})
	if _, err := os.Stat(path); !errors.Is(err, os.ErrNotExist) {
		t.Errorf("history written for piped input: %v", err)
	}
}

func TestPromptOption(t *testing.T) {
	out, _ := runSession(t, t.TempDir(), strings.NewReader("1\n"), Options{Prompt: "gorun> "})
	if !strings.HasSuffix(out, "gorun> 1\ngorun> ") {
		t.Errorf("output %q", out)
	}
}

// TestCancel ends a session whose context is cancelled, even while input
// is pending.
func TestCancel(t *testing.T) {
	rt, err := runtime.New(runtime.Options{Cwd: t.TempDir(), Stdout: io.Discard, Stderr: io.Discard})
	if err != nil {
		t.Fatal(err)
	}
	defer rt.Close()
	pr, pw := io.Pipe()
	defer pw.Close()
	ctx, cancel := context.WithTimeout(context.Background(), 200*time.Millisecond)
	defer cancel()
	done := make(chan error, 1)
	go func() {
		_, err := Run(ctx, rt, Options{Input: pr, Output: io.Discard})
		done <- err
	}()
	select {
	case err := <-done:
		if !errors.Is(err, context.DeadlineExceeded) {
			t.Errorf("Run returned %v", err)
		}
	case <-time.After(5 * time.Second):
		t.Fatal("Run did not return after cancellation")
	}
}

// TestLineEndings accepts \r\n and lone \r line endings, also split across
// reads, as readline does.
func TestLineEndings(t *testing.T) {
	in := &chunkReader{chunks: []inputChunk{
		{[]byte("1\r\n2\r"), 20 * time.Millisecond},
		{data: []byte("\n3\r4\n")},
	}}
	out, _ := runSession(t, t.TempDir(), in, Options{})
	if want := welcome + "Type \".help\" for more information.\n> 1\n> 2\n> 3\n> 4\n> "; out != want {
		t.Errorf("output %q, want %q", out, want)
	}
}
