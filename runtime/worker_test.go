package runtime_test

import (
	"bytes"
	"context"
	goruntime "runtime"
	"strings"
	"testing"
	"time"

	"github.com/gorun-js/gorun/runtime"
)

// settleGoroutines waits for the goroutine count to fall to at most n,
// and returns the last count seen.
func settleGoroutines(n int) int {
	deadline := time.Now().Add(5 * time.Second)
	for {
		got := goruntime.NumGoroutine()
		if got <= n || time.Now().After(deadline) {
			return got
		}
		time.Sleep(20 * time.Millisecond)
	}
}

// TestWorkersStartAndTerminateWithoutLeaks starts busy, idle and
// finishing workers over and over, terminates them, and checks that
// every worker goroutine (and each worker runtime's own) is gone.
func TestWorkersStartAndTerminateWithoutLeaks(t *testing.T) {
	src := `
const { Worker } = require('worker_threads');
const kinds = [
  'while (true) {}',
  'require("worker_threads").parentPort.on("message", () => {})',
  'setInterval(() => {}, 5)',
  'require("worker_threads").parentPort.postMessage("hi")',
];
let rounds = 0, exits = 0;
function round() {
  if (rounds++ === 5) { console.log('exits', exits); return; }
  const ws = kinds.map((k) => new Worker(k, { eval: true }));
  let pending = ws.length;
  for (const w of ws) {
    w.postMessage({ round: rounds });
    w.on('exit', () => { exits++; if (--pending === 0) round(); });
    setTimeout(() => w.terminate(), 10);
  }
}
round();
`
	before := goruntime.NumGoroutine()
	out, errOut, code := run(t, src, runtime.Options{})
	if code != 0 || strings.TrimSpace(out) != "exits 20" {
		t.Fatalf("code %d, stdout %q, stderr %q", code, out, errOut)
	}
	if got := settleGoroutines(before); got > before {
		buf := make([]byte, 1<<20)
		n := goruntime.Stack(buf, true)
		t.Fatalf("%d goroutines before, %d after:\n%s", before, got, buf[:n])
	}
}

// TestCloseEndsWorkers checks that closing the parent runtime stops a
// worker that would otherwise run forever, and that an unref'd worker
// does not keep its parent's Run from returning.
func TestCloseEndsWorkers(t *testing.T) {
	before := goruntime.NumGoroutine()
	var out bytes.Buffer
	rt, err := runtime.New(runtime.Options{Stdout: &out, Stderr: &out, Stdin: strings.NewReader("")})
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	code, err := rt.RunScript(ctx, runtime.Script{Source: `
const { Worker } = require('worker_threads');
const w = new Worker('setInterval(() => {}, 1000); while (true) {}', { eval: true });
w.unref();
w.on('online', () => console.log('never seen: the parent is gone'));
`})
	if err != nil || code != 0 {
		t.Fatalf("code %d, err %v, output %q", code, err, out.String())
	}
	if err := rt.Close(); err != nil {
		t.Fatal(err)
	}
	if got := settleGoroutines(before); got > before {
		t.Fatalf("%d goroutines before, %d after Close", before, got)
	}
}

// TestWorkerMessagesFromEmbedder runs a worker under an embedder's
// buffers: the worker's console output goes to the parent's writers.
func TestWorkerMessagesFromEmbedder(t *testing.T) {
	out, _, code := run(t, `
const { Worker } = require('worker_threads');
const w = new Worker("console.log('from worker'); require('worker_threads').parentPort.postMessage(6 * 7)", { eval: true });
w.on('message', (m) => console.log('answer', m));
w.on('exit', (c) => console.log('exit', c));
`, runtime.Options{})
	if code != 0 || out != "from worker\nanswer 42\nexit 0\n" {
		t.Fatalf("code %d, stdout %q", code, out)
	}
}
