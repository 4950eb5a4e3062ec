package stacktrace

// goja and V8 attribute a frame to different characters of the source, and
// goja keeps no inferred function names. The helpers here recover V8's
// choices by looking at the source text around a position. They are
// heuristics over raw text (no parser): each one recognises the common shape
// and otherwise leaves the position alone.

import (
	"sort"
	"strings"
	"unicode/utf8"
)

// sourceText is a file's text with its line starts, for turning offsets into
// lines and columns and back.
type sourceText struct {
	text  string
	lines []int // byte offset where each line starts
}

func newSourceText(text string) *sourceText {
	s := &sourceText{text: text, lines: []int{0}}
	for i := 0; i < len(text); i++ {
		switch text[i] {
		case '\n':
			s.lines = append(s.lines, i+1)
		case '\r':
			if i+1 < len(text) && text[i+1] == '\n' {
				i++
			}
			s.lines = append(s.lines, i+1)
		}
	}
	return s
}

// line returns the text of a 1-based line without its terminator.
func (s *sourceText) line(n int) (string, bool) {
	if n < 1 || n > len(s.lines) {
		return "", false
	}
	start := s.lines[n-1]
	end := len(s.text)
	if n < len(s.lines) {
		end = s.lines[n]
	}
	return strings.TrimRight(s.text[start:end], "\r\n"), true
}

// offset converts a 1-based line and byte column into a byte offset.
func (s *sourceText) offset(line, col int) (int, bool) {
	if line < 1 || line > len(s.lines) || col < 1 {
		return 0, false
	}
	off := s.lines[line-1] + col - 1
	if off > len(s.text) {
		return 0, false
	}
	return off, true
}

// position converts a byte offset into a 1-based line and byte column.
func (s *sourceText) position(off int) (line, col int) {
	i := sort.Search(len(s.lines), func(i int) bool { return s.lines[i] > off }) - 1
	return i + 1, off - s.lines[i] + 1
}

// utf16Column converts a 1-based byte column into the UTF-16 column V8
// reports: goja counts bytes of the UTF-8 source.
func (s *sourceText) utf16Column(line, col int) int {
	text, ok := s.line(line)
	if !ok || col-1 > len(text) {
		return col
	}
	n := 0
	for _, r := range text[:col-1] {
		if r >= 0x10000 {
			n += 2
		} else {
			n++
		}
	}
	return n + 1
}

func isIdentByte(c byte) bool {
	return c == '_' || c == '$' || c >= 0x80 ||
		'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9'
}

func isSpace(c byte) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f'
}

// skipSpaceBack returns the index of the last non-space byte before i, or -1.
func skipSpaceBack(src string, i int) int {
	i--
	for i >= 0 && isSpace(src[i]) {
		i--
	}
	return i
}

// identStart returns where the identifier ending at index end (inclusive)
// begins.
func identStart(src string, end int) int {
	for end > 0 && isIdentByte(src[end-1]) {
		end--
	}
	return end
}

// wordBefore returns the identifier ending just before i (skipping spaces)
// and its start, or "" when there is none.
func wordBefore(src string, i int) (string, int) {
	j := skipSpaceBack(src, i)
	if j < 0 || !isIdentByte(src[j]) {
		return "", -1
	}
	s := identStart(src, j)
	return src[s : j+1], s
}

// callColumn moves a call site from the opening parenthesis, where goja puts
// it, to where V8 puts it: on the callee's last identifier (`f` in `f()`,
// `method` in `a.b.method()`), else on the parenthesis (`(function(){})()`,
// `a[k]()`). This is V8's rule in ParseLeftHandSideContinuation.
func callColumn(src string, off int) int {
	if off < 0 || off >= len(src) || src[off] != '(' {
		return off
	}
	j := skipSpaceBack(src, off)
	if j < 0 || !isIdentByte(src[j]) || isDigitRun(src, j) {
		return off
	}
	return identStart(src, j)
}

// isDigitRun reports whether the identifier-like run ending at end is a number.
func isDigitRun(src string, end int) bool {
	s := identStart(src, end)
	return src[s] >= '0' && src[s] <= '9'
}

// faultColumn moves the position of an error the engine raised to where
// V8 reports it, when goja reports a neighbour: a method call or property
// read on null or undefined (`q.f()`: V8 points at f, goja at q), an
// assignment to a property of one (`q.a.b = 1`: V8 points at =, goja at
// b), and an undeclared constructor (`new X()`: V8 points at new).
func faultColumn(src string, off int, fault string) int {
	if fault == "" || off < 0 || off >= len(src) || !isIdentByte(src[off]) {
		return off
	}
	end := off
	for end < len(src) && isIdentByte(src[end]) {
		end++
	}
	next := func(i int) int {
		for i < len(src) && isSpace(src[i]) {
			i++
		}
		return i
	}
	switch {
	case fault == "ref":
		if w, s := wordBefore(src, off); w == "new" {
			return s
		}
	case fault == "set":
		if j := next(end); j+1 < len(src) && src[j] == '=' && src[j+1] != '=' {
			return j
		}
	case strings.HasPrefix(fault, "prop:"):
		name := fault[len("prop:"):]
		if src[off:end] == name {
			return off
		}
		j := next(end)
		if strings.HasPrefix(src[j:], "?.") {
			j++
		}
		if j < len(src) && src[j] == '.' {
			k := next(j + 1)
			if strings.HasPrefix(src[k:], name) && (k+len(name) == len(src) || !isIdentByte(src[k+len(name)])) {
				return k
			}
		}
	}
	return off
}

// awaitColumn finds the `await` an async frame is suspended at: V8 reports
// the keyword, goja the awaited operand or call. It searches back from off
// for the nearest whole-word `await` in the same statement.
func awaitColumn(src string, off int) int {
	if off > len(src) {
		return off
	}
	for i := off; i >= 5; i-- {
		switch src[i-1] {
		case ';', '{', '}':
			return off
		}
		if src[i-5:i] == "await" && (i == len(src) || !isIdentByte(src[i])) &&
			(i == 5 || !isIdentByte(src[i-6])) {
			return i - 5
		}
	}
	return off
}

// isNewAt reports whether the call site at off is a `new` expression, which
// is how a constructor frame is recognised when the engine recorded no
// new.target for it.
func isNewAt(src string, off int) bool {
	return off >= 0 && off+3 <= len(src) && src[off:off+3] == "new" &&
		(off+3 == len(src) || !isIdentByte(src[off+3]))
}

// newCallee returns the constructor name in a `new X(` or `new a.b.X(`
// expression starting at off.
func newCallee(src string, off int) string {
	i := off + 3
	for i < len(src) && isSpace(src[i]) {
		i++
	}
	name := ""
	for {
		s := i
		for i < len(src) && isIdentByte(src[i]) {
			i++
		}
		if s == i {
			return name
		}
		name = src[s:i]
		if i < len(src) && src[i] == '.' {
			i++
			continue
		}
		return name
	}
}

// inferredName reproduces V8's FuncNameInferrer for an anonymous function
// assigned to a member expression: `a.b.c = function(){}` is "a.b.c",
// `Foo.prototype.bar = function(){}` is "Foo.bar", `this.x = ...` is "x",
// `o['k'] = ...` is "o.k". fstart is where the function literal begins.
func inferredName(src string, fstart int) string {
	if fstart <= 0 || fstart > len(src) {
		return ""
	}
	i := fstart
	if w, s := wordBefore(src, i); w == "async" {
		i = s
	}
	j := skipSpaceBack(src, i)
	if j < 1 || src[j] != '=' || strings.IndexByte("=!<>+-*/%&|^?", src[j-1]) >= 0 {
		return ""
	}
	var parts []string
	end := j // the member chain ends just before end
	for {
		k := skipSpaceBack(src, end)
		if k < 0 {
			break
		}
		var start int
		switch {
		case isIdentByte(src[k]):
			start = identStart(src, k)
			parts = append(parts, src[start:k+1])
		case src[k] == ']':
			q := k - 1
			if q < 1 || (src[q] != '\'' && src[q] != '"') {
				return ""
			}
			open := strings.LastIndexByte(src[:q], src[q])
			if open < 1 || src[open-1] != '[' {
				return ""
			}
			parts = append(parts, src[open+1:q])
			end = open - 1 // `o['k']`: the object comes right before the bracket
			continue
		default:
			return ""
		}
		d := skipSpaceBack(src, start)
		if d < 1 || src[d] != '.' || src[d-1] == '.' || src[d-1] == '?' || inLineComment(src, d, start) {
			break
		}
		end = d
	}
	var names []string
	for k := len(parts) - 1; k >= 0; k-- {
		p := parts[k]
		if p == "prototype" || (k == len(parts)-1 && p == "this") {
			continue
		}
		if isDigitRun(p, len(p)-1) || isKeyword(p) {
			return ""
		}
		names = append(names, p)
	}
	return strings.Join(names, ".")
}

// inLineComment reports whether the dot at d, found walking back from an
// identifier at start across a line break, ends a comment line ("… the
// frames.") rather than continuing a member chain ("a\n.b = function").
func inLineComment(src string, d, start int) bool {
	if strings.IndexByte(src[d:start], '\n') < 0 {
		return false
	}
	line := strings.TrimLeft(src[strings.LastIndexByte(src[:d], '\n')+1:d], " \t")
	return strings.HasPrefix(line, "//") || strings.HasPrefix(line, "*") || strings.HasPrefix(line, "/*")
}

func isKeyword(w string) bool {
	switch w {
	case "var", "let", "const", "return", "typeof", "void", "in", "of", "new", "delete",
		"case", "default", "export", "yield", "await":
		return true
	}
	return false
}

// tokenLength returns the length in bytes of the token starting at off,
// which V8 underlines when it reports a syntax error there.
func tokenLength(src string, off int) int {
	if off < 0 || off >= len(src) {
		return 1
	}
	c := src[off]
	switch {
	case isIdentByte(c):
		i := off
		for i < len(src) && isIdentByte(src[i]) {
			i++
		}
		return i - off
	case c == '"' || c == '\'' || c == '`':
		for i := off + 1; i < len(src); i++ {
			switch src[i] {
			case '\\':
				i++
			case c:
				return i - off + 1
			case '\n':
				return i - off
			}
		}
		return len(src) - off
	}
	for _, p := range []string{">>>=", "...", "===", "!==", "**=", "<<=", ">>=", ">>>", "&&=", "||=", "??=",
		"=>", "==", "!=", "<=", ">=", "&&", "||", "??", "?.", "++", "--", "+=", "-=", "*=", "/=", "%=",
		"&=", "|=", "^=", "<<", ">>", "**"} {
		if strings.HasPrefix(src[off:], p) {
			return len(p)
		}
	}
	_, size := utf8.DecodeRuneInString(src[off:])
	return size
}
