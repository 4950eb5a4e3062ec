package repl

import "testing"

func TestTrimFrames(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"top level only", "Error: x\n    at REPL1:1:7", "Error: x"},
		{"called function kept", "Error: x\n    at g (REPL1:1:20)\n    at REPL2:1:1", "Error: x\n    at g (REPL1:1:20)"},
		{"loop machinery dropped",
			"Error: x\n    at g (REPL1:1:20)\n    at REPL2:1:1\n    at invoke (node:internal/process/task_queues:10:5)\n    at node:internal/x:1:1",
			"Error: x\n    at g (REPL1:1:20)"},
		{"anonymous callback kept",
			"Error: x\n    at REPL3:1:15\n    at Array.map (<anonymous>)\n    at REPL3:1:5",
			"Error: x\n    at REPL3:1:15\n    at Array.map (<anonymous>)"},
		{"goja format", "Error: x\n\tat g (REPL1:1:20(3))\n\tat REPL2:1:1(1)\n", "Error: x\n    at g (REPL1:1:20)"},
		{"multi-line message", "Error: a\nb\n    at REPL1:1:7", "Error: a\nb"},
		{"no frames", "Error: x", "Error: x"},
		{"named frames only", "Error: x\n    at f (file.js:1:1)", "Error: x\n    at f (file.js:1:1)"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := trimFrames(tt.in); got != tt.want {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
}

func TestSplitAfterNewline(t *testing.T) {
	got := splitAfterNewline("a\nb\n\nc")
	want := []string{"a\n", "b\n", "\n", "c"}
	if len(got) != len(want) {
		t.Fatalf("got %q", got)
	}
	for i := range want {
		if got[i] != want[i] {
			t.Fatalf("got %q", got)
		}
	}
}
