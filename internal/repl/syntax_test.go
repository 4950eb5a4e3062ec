package repl

import "testing"

func TestIsRecoverable(t *testing.T) {
	tests := []struct {
		code string
		want bool
	}{
		{"function f() {\n", true},
		{"[1,\n", true},
		{"{ a: 1,\n", true},
		{"`abc\n", true},
		{"/* comment\n", true},
		{"'abc\\\n", true},
		{"x = 1 +\n", true},
		{"if (x)\n", true},
		{"a.\n", true},
		{"1)\n", false},
		{"foo bar\n", false},
		{"'abc\n", false},
		{"2e\n", false},
		{"}\n", false},
		{"1 + 1\n", false},
	}
	for _, tt := range tests {
		if got := isRecoverable(tt.code); got != tt.want {
			t.Errorf("isRecoverable(%q) = %v, want %v", tt.code, got, tt.want)
		}
	}
}

// TestSyntaxErrors checks V8's wording and caret placement for goja's
// parse errors.
func TestSyntaxErrors(t *testing.T) {
	tests := []struct {
		code, msg, source string
		line, col, width  int
	}{
		{"1)\n", "Unexpected token ')'", "1)", 1, 1, 1},
		{"foo bar\n", "Unexpected identifier 'bar'", "foo bar", 1, 4, 3},
		{"\"abc\n", "Invalid or unexpected token", "\"abc", 1, 0, 4},
		{"x = 1\nvar if = 2\n", "Unexpected token 'if'", "var if = 2", 2, 4, 2},
		{"..\n", "Unexpected token '.'", "..", 1, 0, 1},
		{"'é' b\n", "Unexpected identifier 'b'", "'é' b", 1, 4, 1},
		{"let d = 1; let d = 2\n", "Identifier 'd' has already been declared", "let d = 1; let d = 2", 1, 15, 1},
		{"f(\n", "Unexpected end of input", "", 2, 0, 0},
	}
	for _, tt := range tests {
		_, se := compile("REPL1", tt.code)
		if se == nil {
			t.Errorf("%q compiled", tt.code)
			continue
		}
		if se.message != tt.msg || se.source != tt.source || se.line != tt.line || se.col != tt.col || se.width != tt.width {
			t.Errorf("%q: got %+v\nwant message %q source %q line %d col %d width %d",
				tt.code, *se, tt.msg, tt.source, tt.line, tt.col, tt.width)
		}
	}
}

func TestIsKeyword(t *testing.T) {
	for s, want := range map[string]bool{
		".help": true, ".": true, ".5": false, "..": false, "...x": false, ".e5": true, "x": false,
	} {
		if got := isKeyword(s); got != want {
			t.Errorf("isKeyword(%q) = %v", s, got)
		}
	}
}
