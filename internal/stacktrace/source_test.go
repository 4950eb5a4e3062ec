package stacktrace

import (
	"strings"
	"testing"
)

// at returns the offset of the first occurrence of marker in src, which
// the tables below use to name positions.
func offsetOf(t *testing.T, src, marker string) int {
	t.Helper()
	i := strings.Index(src, marker)
	if i < 0 {
		t.Fatalf("%q not in %q", marker, src)
	}
	return i
}

func TestCallColumn(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct {
		src, from, want string
	}{
		{"f()", "(", "f()"},
		{"a.b.method(x)", "(x", "method(x)"},
		{"a.b.method  (x)", "(x", "method  (x)"},
		{"(function(){})()", ")()", ")()"}, // not an identifier: stays on the parenthesis
		{"a[k]()", "()", "()"},
		{"super(x)", "(x", "super(x)"},
		{"x = 1(2)", "(2", "(2"},    // a number is not a callee
		{"new Foo()", "new", "new"}, // not a parenthesis: unchanged
	} {
		from := offsetOf(t, tc.src, tc.from)
		want := strings.LastIndex(tc.src, tc.want)
		if got := callColumn(tc.src, from); got != want {
			t.Errorf("callColumn(%q at %q) = %d, want %d", tc.src, tc.from, got, want)
		}
	}
}

func TestAwaitColumn(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct {
		src, from string
		want      string // "" means unchanged
	}{
		{"async function h(){ await g() }", "g()", "await"},
		{"async function h(){ const p = a(); await p }", "p }", "await"},
		{"async function h(){ await (0, g()) }", "g()", "await"},
		{"async function h(){ x(); g() }", "g()", ""},       // stops at the statement
		{"async function h(){ awaited(); g() }", "g()", ""}, // whole words only
	} {
		from := offsetOf(t, tc.src, tc.from)
		want := from
		if tc.want != "" {
			want = offsetOf(t, tc.src, tc.want)
		}
		if got := awaitColumn(tc.src, from); got != want {
			t.Errorf("awaitColumn(%q at %q) = %d, want %d", tc.src, tc.from, got, want)
		}
	}
}

func TestInferredName(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct {
		src, fn, want string
	}{
		{"obj.assigned = function () {}", "function", "obj.assigned"},
		{"Ctor.prototype.pm = function () {}", "function", "Ctor.pm"},
		{"module.exports.me = function () {}", "function", "module.exports.me"},
		{"this.f = function () {}", "function", "f"},
		{"o['keyed'] = function () {}", "function", "o.keyed"},
		{`o["k"].x = () => 1`, "()", "o.k.x"},
		{"exports.h = async function () {}", "async", "exports.h"},
		{"exports.h = async () => {}", "()", "exports.h"},
		{"x == function () {}", "function", ""},
		{"f(function () {})", "function", ""},
		{"a().b = function () {}", "function", ""},
		{"var x = function () {}", "function", "x"},
		{"// frames.\nDomain.prototype.run = function () {}", "function", "Domain.run"},
		{"/* the\n * frames.\n */\nD.r = function () {}", "function", "D.r"},
		{"a\n  .b = function () {}", "function", "a.b"},
	} {
		if got := inferredName(tc.src, offsetOf(t, tc.src, tc.fn)); got != tc.want {
			t.Errorf("inferredName(%q) = %q, want %q", tc.src, got, tc.want)
		}
	}
}

func TestFaultColumn(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct {
		src, from, fault, want string
	}{
		{"q.f();", "q", "prop:f", "f()"},
		{"q.a.b();", "a", "prop:b", "b()"},
		{"q.a?.b;", "a", "prop:b", "b;"},
		{"q.a.b.c;", "b", "prop:b", "b.c"}, // already on the property
		{"q.a.b = 1;", "b", "set", "= 1"},
		{"q.a.b == 1;", "b", "set", "b =="},
		{"new NotAClass();", "NotAClass", "ref", "new"},
		{"x + NotDefined;", "NotDefined", "ref", "NotDefined"},
		{"q.f();", "q", "", "q"},
	} {
		from := offsetOf(t, tc.src, tc.from)
		want := offsetOf(t, tc.src, tc.want)
		if got := faultColumn(tc.src, from, tc.fault); got != want {
			t.Errorf("faultColumn(%q at %q, %s) = %d, want %d", tc.src, tc.from, tc.fault, got, want)
		}
	}
}

func TestNewCallee(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct{ src, want string }{
		{"new Foo()", "Foo"},
		{"new  a.b.Bar(1)", "Bar"},
		{"new (x)()", ""},
	} {
		if !isNewAt(tc.src, 0) {
			t.Errorf("isNewAt(%q) = false", tc.src)
		}
		if got := newCallee(tc.src, 0); got != tc.want {
			t.Errorf("newCallee(%q) = %q, want %q", tc.src, got, tc.want)
		}
	}
	if isNewAt("newer()", 0) {
		t.Error(`isNewAt("newer()") = true`)
	}
}

func TestTokenLength(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct {
		src  string
		want int
	}{
		{"bar;", 3},
		{"'abc", 4},
		{"'a' + b", 3},
		{"=> b", 2},
		{"=== 1", 3},
		{";", 1},
		{"é", 2},
		{"", 1},
	} {
		if got := tokenLength(tc.src, 0); got != tc.want {
			t.Errorf("tokenLength(%q) = %d, want %d", tc.src, got, tc.want)
		}
	}
}

func TestSourceText(t *testing.T) {
	t.Parallel()
	st := newSourceText("ab\r\nçd😀x\nlast")
	if got := len(st.lines); got != 3 {
		t.Fatalf("lines = %d, want 3", got)
	}
	if l, _ := st.line(2); l != "çd😀x" {
		t.Errorf("line 2 = %q", l)
	}
	// ç is 2 bytes and 1 UTF-16 unit, 😀 4 bytes and 2 units.
	if got := st.utf16Column(2, 1+2+1+4); got != 5 {
		t.Errorf("utf16Column = %d, want 5", got)
	}
	off, ok := st.offset(3, 2)
	if !ok || st.text[off] != 'a' {
		t.Errorf("offset(3, 2) = %d, %v", off, ok)
	}
	if line, col := st.position(off); line != 3 || col != 2 {
		t.Errorf("position = %d:%d, want 3:2", line, col)
	}
	if _, ok := st.line(4); ok {
		t.Error("line 4 exists")
	}
}

func TestArrowText(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct {
		line       string
		start, end int
		want       string
	}{
		{"  throw x;", 2, 3, "f.js:7\n  throw x;\n  ^\n"},
		{"\tthrow x;", 1, 2, "f.js:7\n\tthrow x;\n\t^\n"},
		{"var foo bar;", 8, 11, "f.js:7\nvar foo bar;\n        ^^^\n"},
		{"x = {", 5, 5, "f.js:7\nx = {\n     \n"},
		{"short", 9, 10, "f.js:7\nshort\n"}, // out of range: no caret line, as node
	} {
		if got := arrowText("f.js", 7, tc.line, tc.start, tc.end); got != tc.want {
			t.Errorf("arrowText(%q, %d, %d) = %q, want %q", tc.line, tc.start, tc.end, got, tc.want)
		}
	}
}
