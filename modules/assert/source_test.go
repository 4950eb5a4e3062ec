package assert

import "testing"

func TestCallSource(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name      string
		src       string
		line, col int
		want      string
		wantStart int
		wantOK    bool
	}{
		{"simple", "assert(false);\n", 1, 1, "assert(false)", 0, true},
		{"method", "  assert.ok(a === b);", 1, 10, "assert.ok(a === b)", 2, true},
		{"innermost", "foo(bar, assert(x));", 1, 10, "assert(x)", 9, true},
		{"outer holds pos", "assert(foo(x));", 1, 1, "assert(foo(x))", 0, true},
		{"second line", "let a;\nif (a) assert(a);\n", 2, 8, "assert(a)", 7, true},
		{"multi-line", "x;\n  assert(\n    a,\n  );\n", 2, 3, "assert(\n    a,\n  )", 2, true},
		{"top-level return", "return;\nassert(0);", 2, 1, "assert(0)", 0, true},
		{"hashbang", "#!/usr/bin/env node\nassert(0);", 2, 1, "assert(0)", 0, true},
		{"utf-16 column", "'😀'; assert(0);", 1, 7, "assert(0)", 6, true},
		{"parenthesized callee", "(0, assert)(0);", 1, 12, "(0, assert)(0)", 0, true},
		{"callee on earlier line", "assert\n  .ok(0);", 2, 4, "ok(0)", 3, true},
		{"control characters", "assert('\x01\x0b');", 1, 1, `assert('\u0001\u000b')`, 0, true},
		{"file goja cannot parse", "import x from 'y';\n  assert(foo(1), 'a)');\nexport {};", 2, 3, "assert(foo(1), 'a)')", 2, true},
		{"no call there", "let a = 1;", 1, 5, "", 0, false},
		{"syntax error", "assert(;", 1, 1, "", 0, false},
		{"syntax error after", "assert(0);\nimport x from 'y';", 1, 1, "assert(0)", 0, true},
		{"line past end", "assert(0);", 3, 1, "", 0, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			got, start, ok := callSource(tt.src, tt.line, tt.col)
			if ok != tt.wantOK || got != tt.want || start != tt.wantStart {
				t.Errorf("callSource(%q, %d, %d) = %q, %d, %v; want %q, %d, %v",
					tt.src, tt.line, tt.col, got, start, ok, tt.want, tt.wantStart, tt.wantOK)
			}
		})
	}
}
