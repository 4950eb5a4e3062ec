package repl

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/gorun-js/gorun/runtime"
)

// syncBuffer collects what the REPL and the program print.
type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (w *syncBuffer) Write(p []byte) (int, error) {
	w.mu.Lock()
	defer w.mu.Unlock()
	return w.b.Write(p)
}

func (w *syncBuffer) String() string {
	w.mu.Lock()
	defer w.mu.Unlock()
	return w.b.String()
}

// chunkReader hands out input in chunks, pausing before some of them the
// way a person typing would, then reports EOF.
type chunkReader struct {
	chunks []inputChunk
	cur    []byte
}

type inputChunk struct {
	data  []byte
	pause time.Duration // before the next chunk
}

var waitLine = regexp.MustCompile(`^#wait (\d+)\n?$`)

// scriptChunks splits a test script at its `#wait N` lines, as
// testdata/gen_expected.js does.
func scriptChunks(script string) *chunkReader {
	r := &chunkReader{}
	var cur strings.Builder
	for _, line := range strings.SplitAfter(script, "\n") {
		if m := waitLine.FindStringSubmatch(line); m != nil {
			ms, _ := strconv.Atoi(m[1])
			r.chunks = append(r.chunks, inputChunk{[]byte(cur.String()), time.Duration(ms) * time.Millisecond})
			cur.Reset()
			continue
		}
		cur.WriteString(line)
	}
	r.chunks = append(r.chunks, inputChunk{data: []byte(cur.String())})
	return r
}

func (r *chunkReader) Read(p []byte) (int, error) {
	for len(r.cur) == 0 {
		if len(r.chunks) == 0 {
			return 0, io.EOF
		}
		c := r.chunks[0]
		r.chunks = r.chunks[1:]
		r.cur = c.data
		if len(c.data) == 0 {
			time.Sleep(c.pause)
			continue
		}
		if c.pause > 0 {
			// Deliver this chunk now and wait before the next one.
			r.chunks = append([]inputChunk{{pause: c.pause}}, r.chunks...)
		}
	}
	n := copy(p, r.cur)
	r.cur = r.cur[n:]
	return n, nil
}

// runSession runs a REPL over input in dir and returns what it printed and
// the exit code.
func runSession(t *testing.T, dir string, input io.Reader, opts Options) (string, int) {
	t.Helper()
	out := &syncBuffer{}
	rt, err := runtime.New(runtime.Options{
		Cwd:    dir,
		Stdin:  strings.NewReader(""),
		Stdout: out,
		Stderr: out,
	})
	if err != nil {
		t.Fatal(err)
	}
	defer rt.Close()
	opts.Input, opts.Output = input, out
	if opts.lookupEnv == nil {
		opts.lookupEnv = func(string) (string, bool) { return "", false }
	}
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
	defer cancel()
	code, err := Run(ctx, rt, opts)
	if err != nil {
		t.Fatalf("Run: %v\noutput so far:\n%s", err, out.String())
	}
	return out.String(), code
}

const welcome = "Welcome to gorun v" + runtime.Version + " (Node.js " + runtime.NodeVersion + " API).\n"

type pipeExpectation struct {
	Output string            `json:"output"`
	Code   int               `json:"code"`
	Files  map[string]string `json:"files"`
}

// TestPipe feeds each testdata/pipe script through a non-terminal REPL and
// compares everything printed, the exit code and the files written with
// what node printed (testdata/expected.json, from gen_expected.js).
func TestPipe(t *testing.T) {
	data, err := os.ReadFile("testdata/expected.json")
	if err != nil {
		t.Fatal(err)
	}
	var expected map[string]pipeExpectation
	if err := json.Unmarshal(data, &expected); err != nil {
		t.Fatal(err)
	}
	fixtures, err := os.ReadDir("testdata/fixtures")
	if err != nil {
		t.Fatal(err)
	}
	for name, want := range expected {
		t.Run(name, func(t *testing.T) {
			t.Parallel()
			script, err := os.ReadFile(filepath.Join("testdata/pipe", name+".in"))
			if err != nil {
				t.Fatal(err)
			}
			dir := t.TempDir()
			for _, f := range fixtures {
				b, err := os.ReadFile(filepath.Join("testdata/fixtures", f.Name()))
				if err != nil {
					t.Fatal(err)
				}
				if err := os.WriteFile(filepath.Join(dir, f.Name()), b, 0o644); err != nil {
					t.Fatal(err)
				}
			}
			got, code := runSession(t, dir, scriptChunks(string(script)), Options{})
			if !strings.HasPrefix(got, welcome) {
				t.Fatalf("output does not start with the welcome line:\n%s", got)
			}
			got = strings.TrimPrefix(got, welcome)
			if got != want.Output {
				t.Errorf("output differs from node's\n%s", lineDiff(want.Output, got))
			}
			if code != want.Code {
				t.Errorf("exit code %d, node's %d", code, want.Code)
			}
			for file, content := range want.Files {
				b, err := os.ReadFile(filepath.Join(dir, file))
				if err != nil {
					t.Errorf("node wrote %s: %v", file, err)
				} else if string(b) != content {
					t.Errorf("%s is %q, node's %q", file, b, content)
				}
			}
		})
	}
}

// lineDiff shows the first lines where want and got differ.
func lineDiff(want, got string) string {
	w, g := strings.Split(want, "\n"), strings.Split(got, "\n")
	for i := 0; i < len(w) || i < len(g); i++ {
		var wl, gl string
		if i < len(w) {
			wl = w[i]
		}
		if i < len(g) {
			gl = g[i]
		}
		if wl != gl || i >= len(w) || i >= len(g) {
			var sb strings.Builder
			fmt.Fprintf(&sb, "line %d:\n  node:  %q\n  gorun: %q\n", i+1, wl, gl)
			fmt.Fprintf(&sb, "--- node ---\n%s\n--- gorun ---\n%s", want, got)
			return sb.String()
		}
	}
	return ""
}

// TestTerminal types each case of testdata/tty_cases.json into a terminal
// session and compares every byte written, escape sequences included,
// with what node wrote to a real terminal (testdata/tty_expected.json,
// from gen_tty.js).
func TestTerminal(t *testing.T) {
	var cases map[string][]any
	var expected map[string]string
	for file, v := range map[string]any{"testdata/tty_cases.json": &cases, "testdata/tty_expected.json": &expected} {
		data, err := os.ReadFile(file)
		if err != nil {
			t.Fatal(err)
		}
		if err := json.Unmarshal(data, v); err != nil {
			t.Fatal(err)
		}
	}
	for name, keys := range cases {
		want, ok := expected[name]
		if !ok {
			t.Fatalf("no expectation for %s: run gen_tty.js", name)
		}
		t.Run(name, func(t *testing.T) {
			t.Parallel()
			in := &chunkReader{}
			for _, k := range keys {
				switch k := k.(type) {
				case string:
					// A short pause keeps keys apart as a person's are.
					in.chunks = append(in.chunks, inputChunk{[]byte(k), 5 * time.Millisecond})
				case float64:
					in.chunks = append(in.chunks, inputChunk{pause: time.Duration(k) * time.Millisecond})
				}
			}
			env := func(k string) (string, bool) {
				if k == HistoryEnv {
					return "", true
				}
				return "", false
			}
			got, _ := runSession(t, t.TempDir(), in, Options{Terminal: true, lookupEnv: env, columns: 200})
			got = strings.ReplaceAll(got, "\n", "\r\n") // the terminal driver's ONLCR
			if !strings.HasPrefix(got, strings.ReplaceAll(welcome, "\n", "\r\n")) {
				t.Fatalf("output does not start with the welcome line:\n%q", got)
			}
			got = got[len(welcome)+1:]
			got = strings.ReplaceAll(got, HistoryEnv+" environment", "NODE_REPL_HISTORY environment")
			if got != want {
				t.Errorf("terminal output differs from node's\nnode:  %q\ngorun: %q", want, got)
			}
		})
	}
}
