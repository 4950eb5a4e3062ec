package repl

import (
	"strings"
	"testing"
)

// typeKeys feeds raw terminal input to an editor and returns the lines it
// produced.
func typeKeys(e *editor, in string) []string {
	keys, _ := decodeKeys([]byte(in))
	var lines []string
	for _, k := range keys {
		if act, line := e.handleKey(k); act == actLine {
			lines = append(lines, line)
		}
	}
	return lines
}

func newTestEditor(columns int) (*editor, *strings.Builder) {
	out := &strings.Builder{}
	e := newEditor(out, func() int { return columns }, newHistory(0))
	e.setPrompt("> ")
	return e, out
}

func TestEditorKeys(t *testing.T) {
	tests := []struct {
		name    string
		history []string // most recent last
		keys    string
		line    string // text left in the editor
		cursor  int
	}{
		{"insert", nil, "abc", "abc", 3},
		{"insert in the middle", nil, "ac\x1b[Db", "abc", 2},
		{"home and end", nil, "bc\x01a\x05d", "abcd", 4},
		{"backspace", nil, "abc\x1b[D\x7f", "ac", 1},
		{"delete", nil, "abc\x01\x1b[3~", "bc", 0},
		{"ctrl+d deletes right", nil, "abc\x01\x04", "bc", 0},
		{"kill to end and yank", nil, "one two\x1bb\x0b\x01\x19", "twoone ", 3},
		{"yank pop", nil, "a\x15b\x15\x19\x1by", "a", 1},
		{"kill to start", nil, "one two\x1bb\x15", "two", 0},
		{"delete word left", nil, "foo.bar baz\x17", "foo.bar ", 8},
		{"delete word right", nil, "foo bar\x01\x1bd", "bar", 0},
		{"word left and right", nil, "foo bar baz\x1bb\x1bb\x1bf", "foo bar baz", 8},
		{"ctrl arrows", nil, "foo bar\x1b[1;5D", "foo bar", 4},
		{"undo and redo", nil, "ab\x7f\x1f\x1f\x1e", "ab", 2},
		{"history", []string{"first", "second"}, "\x1b[A", "second", 6},
		{"history twice", []string{"first", "second"}, "\x1b[A\x1b[A", "first", 5},
		{"history back down", []string{"first", "second"}, "\x1b[A\x1b[A\x1b[B", "second", 6},
		{"history past the end restores", []string{"first"}, "x\x1b[A\x1b[B", "x", 1},
		{"history prefix search", []string{"let a", "b", "let c"}, "let\x1b[A\x1b[A", "let a", 5},
		{"prefix search skips current line", []string{"x", "x", "y"}, "\x1b[A\x1b[A", "x", 1},
		{"ctrl+p and ctrl+n", []string{"first", "second"}, "\x10\x10\x0e", "second", 6},
		{"wide characters", nil, "日本\x1b[D", "日本", 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			e, _ := newTestEditor(0)
			for _, h := range tt.history {
				e.hist.add(h)
			}
			typeKeys(e, tt.keys)
			if e.text() != tt.line || e.cursor != tt.cursor {
				t.Errorf("line %q cursor %d; want %q cursor %d", e.text(), e.cursor, tt.line, tt.cursor)
			}
		})
	}
}

func TestEditorActions(t *testing.T) {
	tests := []struct {
		keys string
		want action
	}{
		{"\x03", actSIGINT},
		{"abc\x03", actSIGINT},
		{"\x04", actClose},
		{"\t", actTab},
		{"x\r", actLine},
	}
	for _, tt := range tests {
		e, _ := newTestEditor(0)
		keys, _ := decodeKeys([]byte(tt.keys))
		var last action
		for _, k := range keys {
			last, _ = e.handleKey(k)
		}
		if last != tt.want {
			t.Errorf("%q: action %d, want %d", tt.keys, last, tt.want)
		}
	}
}

func TestEditorEnterAddsHistory(t *testing.T) {
	e, out := newTestEditor(0)
	lines := typeKeys(e, "1 + 1\r   \r1 + 1\r2\r")
	if strings.Join(lines, "|") != "1 + 1|   |1 + 1|2" {
		t.Errorf("lines %q", lines)
	}
	// Blank lines and repeats of the latest entry are not recorded.
	if got := strings.Join(e.hist.entries, "|"); got != "2|1 + 1" {
		t.Errorf("history %q", got)
	}
	if !strings.Contains(out.String(), "1 + 1\r\n") {
		t.Errorf("Enter does not move to a new line: %q", out.String())
	}
}

func TestDisplayPos(t *testing.T) {
	tests := []struct {
		s       string
		columns int
		want    pos
	}{
		{"> abc", 0, pos{0, 5}},
		{"> abc", 10, pos{0, 5}},
		{"> abcdefgh", 10, pos{1, 0}},
		{"> abcdefghij", 10, pos{1, 2}},
		{"> 日本語", 10, pos{0, 8}},
		{"> 日本語日", 10, pos{1, 0}},
		{"> 1234567日", 10, pos{1, 2}}, // a wide character does not straddle the edge
		{"> a\tb", 0, pos{0, 9}},
		{"> é", 0, pos{0, 3}},
		{"> e\u0301", 0, pos{0, 3}}, // a combining mark takes no column
	}
	for _, tt := range tests {
		e, _ := newTestEditor(tt.columns)
		if got := e.displayPos(tt.s); got != tt.want {
			t.Errorf("displayPos(%q, %d) = %+v, want %+v", tt.s, tt.columns, got, tt.want)
		}
	}
}

// TestEditorWrapping checks the redraw of a line longer than the terminal:
// the cursor goes back up to the prompt's row before clearing.
func TestEditorWrapping(t *testing.T) {
	e, out := newTestEditor(10)
	typeKeys(e, "abcdefghijkl")
	out.Reset()
	typeKeys(e, "\x7f")
	want := "\x1b[1A\x1b[1G\x1b[0J> abcdefghijk\x1b[4G"
	if out.String() != want {
		t.Errorf("redraw %q, want %q", out.String(), want)
	}
	out.Reset()
	typeKeys(e, "\x01")
	if want := "\x1b[1A\x1b[1G\x1b[0J> abcdefghijk\x1b[3G\x1b[1A"; out.String() != want {
		t.Errorf("home %q, want %q", out.String(), want)
	}
}

func TestFormatCompletions(t *testing.T) {
	got := formatCompletions([]string{"alpha", "alps", "", "beta"}, 20)
	want := "\r\nalpha  alps\r\n\r\nbeta\r\n\r\n"
	if got != want {
		t.Errorf("got %q, want %q", got, want)
	}
}
