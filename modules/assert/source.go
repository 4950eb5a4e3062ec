package assert

import (
	"net/url"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"unicode/utf8"

	"github.com/dop251/goja/ast"
	"github.com/dop251/goja/file"
	"github.com/dop251/goja/parser"
)

// wrapPrefix lets a CommonJS file, which may `return` at top level, parse
// as a function body; offsets into the wrapped text are shifted by its
// length. It stays on the first line so line numbers are unchanged.
const wrapPrefix = "(function(){"

// callSource finds the call expression that a stack frame at line:col
// (1-based; col counts UTF-16 units, as V8's CallSite does) of src points
// into, and returns its text and the UTF-16 column at which it starts on
// its line. Node's assert.ok uses this text as the message of a falsy
// assertion ("The expression evaluated to a falsy value: assert(x)").
//
// Node tokenizes from the start of the line and lets acorn parse an
// expression at each token; gorun parses the whole file once with goja's
// parser and takes the innermost call expression around the position.
// A callee that starts on an earlier line, and a file goja's parser
// cannot read, are handled by parsing from the call site's line, as Node
// does.
func callSource(src string, line, col int) (text string, startCol int, ok bool) {
	return parseSource(src).call(line, col)
}

// parsedSource is a file and its syntax tree (nil when goja's parser
// cannot read it), kept so that several failing call sites in one file
// parse it once.
type parsedSource struct {
	src string
	prg *ast.Program
}

func parseSource(src string) *parsedSource {
	body := src
	if strings.HasPrefix(body, "#!") {
		// A hashbang is not JS: blank it out, keeping every offset.
		end := strings.IndexByte(body, '\n')
		if end < 0 {
			end = len(body)
		}
		body = strings.Repeat(" ", end) + body[end:]
	}
	prg, err := parser.ParseFile(nil, "", wrapPrefix+body+"\n})", 0, parser.WithDisableSourceMaps)
	if err != nil {
		prg = nil
	}
	return &parsedSource{src: src, prg: prg}
}

// call is callSource on an already parsed file.
func (p *parsedSource) call(line, col int) (text string, startCol int, ok bool) {
	src := p.src
	if line < 1 || col < 1 {
		return "", 0, false
	}
	lineStart := 0
	for i := 1; i < line; i++ {
		nl := strings.IndexByte(src[lineStart:], '\n')
		if nl < 0 {
			return "", 0, false
		}
		lineStart += nl + 1
	}
	pos, ok := utf16Offset(src, lineStart, col-1)
	if !ok {
		return "", 0, false
	}
	prg := p.prg
	if prg == nil {
		// Syntax goja's parser lacks (import declarations…) somewhere in
		// the file: parse around the call site alone, as Node does.
		start, end, ok := callNearby(src, lineStart, pos)
		if !ok {
			return "", 0, false
		}
		return escapeControls(src[start:end]), utf16Len(src[lineStart:start]), true
	}
	// file.Idx is a 1-based byte offset into the wrapped text.
	target := file.Idx(pos + len(wrapPrefix) + 1)
	call := innermostCall(reflect.ValueOf(prg), target)
	if call == nil {
		return "", 0, false
	}
	start := int(call.Idx0()) - 1 - len(wrapPrefix)
	end := int(call.Idx1()) - 1 - len(wrapPrefix)
	if start < 0 || end > len(src) || start >= end {
		return "", 0, false
	}
	start = parenthesizedStart(src, start, int(call.LeftParenthesis)-1-len(wrapPrefix))
	if start < lineStart {
		// Node parses from the call site's line only: for a callee that
		// starts on an earlier line (`assert\n  .ok(x)`) it quotes the
		// expression that starts on this line (`ok(x)`).
		if s, e, ok := callFromLine(src, lineStart, pos, end); ok {
			start, end = s, e
		}
	}
	if start >= lineStart {
		startCol = utf16Len(src[lineStart:start])
	}
	return escapeControls(src[start:end]), startCol, true
}

// parenthesizedStart moves start back over the parentheses that wrap a
// callee (`(0, fn)(x)`): goja's AST drops them, acorn's call node starts
// with them. callee is src[start:leftParen].
func parenthesizedStart(src string, start, leftParen int) int {
	if leftParen <= start || leftParen > len(src) {
		return start
	}
	open := 0
	for i := start; i < leftParen; i++ {
		switch c := src[i]; c {
		case '(':
			open++
		case ')':
			open--
		case '\'', '"', '`':
			// Skip a string literal so the parentheses inside it don't count.
			for i++; i < leftParen && src[i] != c; i++ {
				if src[i] == '\\' {
					i++
				}
			}
		}
	}
	for open < 0 && start > 0 {
		start--
		switch src[start] {
		case '(':
			open++
		case ' ', '\t', '\n', '\r':
		default:
			return start + 1
		}
	}
	return start
}

// callFromLine finds, as acorn would when it parses from each token of
// the line in turn, the first expression starting on the line at or
// before pos that holds a call around pos; end bounds the search.
func callFromLine(src string, lineStart, pos, end int) (int, int, bool) {
	for s := lineStart; s <= pos && s < end; s++ {
		c := src[s]
		if c == ' ' || c == '\t' || c == '.' || c == '\r' || (s > lineStart && isIdentByte(src[s-1]) && isIdentByte(c)) {
			continue
		}
		prg, err := parser.ParseFile(nil, "", "("+src[s:end]+"\n)", 0, parser.WithDisableSourceMaps)
		if err != nil {
			continue
		}
		call := innermostCall(reflect.ValueOf(prg), file.Idx(pos-s+2))
		if call == nil {
			continue
		}
		return s + int(call.Idx0()) - 2, s + int(call.Idx1()) - 2, true
	}
	return 0, 0, false
}

// maxNearbyBytes and maxNearbyEnds bound callNearby's search, like the
// 2500 bytes Node reads past the call site.
const (
	maxNearbyBytes = 2500
	maxNearbyEnds  = 64
)

// callNearby finds the call around pos without parsing the whole file:
// it tries the expressions that start on the line at or before pos and
// end at one of the closing parentheses after it.
func callNearby(src string, lineStart, pos int) (int, int, bool) {
	var ends []int
	for i := pos; i < len(src) && i < pos+maxNearbyBytes && len(ends) < maxNearbyEnds; i++ {
		if src[i] == ')' {
			ends = append(ends, i+1)
		}
	}
	for _, end := range ends {
		if s, e, ok := callFromLine(src, lineStart, pos, end); ok {
			return s, e, true
		}
	}
	return 0, 0, false
}

func isIdentByte(c byte) bool {
	return c == '_' || c == '$' || c >= 0x80 || c >= '0' && c <= '9' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z'
}

// utf16Offset returns the byte offset of the UTF-16 unit n of the line
// starting at byte from.
func utf16Offset(src string, from, n int) (int, bool) {
	i := from
	for n > 0 {
		if i >= len(src) || src[i] == '\n' {
			return 0, false
		}
		r, size := utf8.DecodeRuneInString(src[i:])
		i += size
		if r >= 0x10000 {
			n -= 2
		} else {
			n--
		}
	}
	return i, true
}

func utf16Len(s string) int {
	n := 0
	for _, r := range s {
		if r >= 0x10000 {
			n += 2
		} else {
			n++
		}
	}
	return n
}

var (
	astPkg       = reflect.TypeOf(ast.CallExpression{}).PkgPath()
	nodeType     = reflect.TypeOf((*ast.Node)(nil)).Elem()
	callExprType = reflect.TypeOf(&ast.CallExpression{})
)

// innermostCall walks goja's AST by reflection (the ast package has no
// visitor) and returns the deepest call expression whose span holds pos;
// children are searched before their parent, as acorn-walk's
// findNodeAround does. The walk runs once per failing call site.
func innermostCall(v reflect.Value, pos file.Idx) *ast.CallExpression {
	switch v.Kind() {
	case reflect.Interface:
		if v.IsNil() {
			return nil
		}
		return innermostCall(v.Elem(), pos)
	case reflect.Pointer:
		if v.IsNil() || v.Elem().Kind() != reflect.Struct || v.Elem().Type().PkgPath() != astPkg {
			return nil
		}
		if v.Type().Implements(nodeType) && !spans(v.Interface().(ast.Node), pos) {
			return nil
		}
		if found := innermostCall(v.Elem(), pos); found != nil {
			return found
		}
		if v.Type() == callExprType {
			return v.Interface().(*ast.CallExpression)
		}
		return nil
	case reflect.Struct:
		for i := 0; i < v.NumField(); i++ {
			if found := innermostCall(v.Field(i), pos); found != nil {
				return found
			}
		}
	case reflect.Slice:
		for i := 0; i < v.Len(); i++ {
			if found := innermostCall(v.Index(i), pos); found != nil {
				return found
			}
		}
	}
	return nil
}

// spans reports whether n's source range holds pos (its end included, as
// in acorn-walk). Some nodes cannot tell their range (a nil part panics):
// they are searched anyway.
func spans(n ast.Node, pos file.Idx) (in bool) {
	defer func() {
		if recover() != nil {
			in = true
		}
	}()
	i0, i1 := n.Idx0(), n.Idx1()
	if i0 <= 0 || i1 <= 0 {
		return true
	}
	return i0 <= pos && pos <= i1
}

// controlEscapes are the escapes Node puts in the quoted expression for
// control characters other than tab, line feed and carriage return.
var controlEscapes = func() [0x20]string {
	var t [0x20]string
	for c := 0; c < 0x20; c++ {
		t[c] = "\\u00" + string("0123456789abcdef"[c>>4]) + string("0123456789abcdef"[c&15])
	}
	t['\b'], t['\f'] = `\b`, `\f`
	t['\t'], t['\n'], t['\r'] = "\t", "\n", "\r"
	return t
}()

func escapeControls(s string) string {
	var sb strings.Builder
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c < 0x20 {
			sb.WriteString(controlEscapes[c])
		} else {
			sb.WriteByte(c)
		}
	}
	return sb.String()
}

// readSource reads the file a stack frame names; relative names are
// resolved against the runtime's working directory.
func readSource(name string, cwd func() string) (string, bool) {
	if strings.HasPrefix(name, "file://") {
		u, err := url.Parse(name)
		if err != nil {
			return "", false
		}
		name = u.Path
	}
	if !filepath.IsAbs(name) && cwd != nil {
		name = filepath.Join(cwd(), name)
	}
	b, err := os.ReadFile(name)
	if err != nil {
		return "", false
	}
	return string(b), true
}
