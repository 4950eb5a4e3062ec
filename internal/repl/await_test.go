package repl

import (
	"encoding/json"
	"os"
	"testing"
)

// TestTransformAwait checks the top-level-await rewrite against node's own
// (testdata/await_expected.json, from gen_await.js).
func TestTransformAwait(t *testing.T) {
	data, err := os.ReadFile("testdata/await_expected.json")
	if err != nil {
		t.Fatal(err)
	}
	var want map[string]*string
	if err := json.Unmarshal(data, &want); err != nil {
		t.Fatal(err)
	}
	for src, w := range want {
		t.Run(src, func(t *testing.T) {
			got, status := transformAwait(src)
			if w == nil {
				if status != awaitNone {
					t.Errorf("transformed to %q; node runs it as is", got)
				}
				return
			}
			if status != awaitTransformed || got != *w {
				t.Errorf("got %q (status %d)\nnode: %q", got, status, *w)
			}
		})
	}
}

// TestTransformAwaitOwn covers inputs where gorun's rewrite differs from
// node's on purpose, and unfinished input.
func TestTransformAwaitOwn(t *testing.T) {
	tests := []struct {
		name, src, want string
		status          awaitStatus
	}{
		// node hoists only `r`, missing names with defaults and rest
		// elements; they then become globals by sloppy assignment anyway.
		{"pattern defaults and rest", "var [r, s = 2, ...t] = await y\n",
			"var r, s, t; (async () => { void ([r, s = 2, ...t] = await y)\n })()", awaitTransformed},
		// goja drops parentheses from expression ranges, so the whole
		// statement is what gets wrapped.
		{"parenthesized", "(await a)\n", "(async () => { return { value: ((await a)) }\n })()", awaitTransformed},
		{"after a declaration", "let q = 1; (await a)\n",
			"let q; (async () => { void (q = 1); return { value: ((await a)) }\n })()", awaitTransformed},
		{"unfinished call", "await foo(\n", "", awaitIncomplete},
		{"unfinished template", "await `x\n", "", awaitIncomplete},
		{"syntax error", "await 3)\n", "", awaitNone},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, status := transformAwait(tt.src)
			if got != tt.want || status != tt.status {
				t.Errorf("transformAwait(%q) = %q, %d; want %q, %d", tt.src, got, status, tt.want, tt.status)
			}
		})
	}
}
