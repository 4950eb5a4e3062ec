package npmcompat

import (
	"crypto/sha256"
	"encoding/json"
	"strconv"
	"strings"
	"sync"
)

// Node offers, as the named exports of a CommonJS module imported from an
// ES module, only the names its cjs-module-lexer finds in the source
// without running it (https://github.com/nodejs/cjs-module-lexer, README
// "Grammar"). This is a lexer for the same forms:
//
//	exports.a = …, exports['a'] = …, module.exports.a = …
//	Object.defineProperty(exports, 'a', { [enumerable: true,] value: … })
//	Object.defineProperty(exports, 'a', { enumerable: true, get [: function [n]] () { return x[.y|['y']] } })
//	module.exports = { a, b: c, 'd': e, ...require('x') }   (stops at the first other form)
//	module.exports = require('x')                           (a re-export)
//	__export(require('x')), __exportStar(require('x'), exports)
//	var x = [_interopRequireWildcard(]require('y')… with Object.keys(x).forEach(function (k) { … exports[k] = x[k] … })
//
// A defineProperty whose getter has another shape makes its name unsafe:
// it is left out even when another form names it. Scanning skips strings,
// templates, comments and regular expressions, so text inside them never
// counts.

// cjsLexResult is what the lexer finds in one source.
type cjsLexResult struct {
	Exports   []string // in order of first appearance, unsafe getters removed
	Reexports []string // specifiers, in order
}

type cjsLexer struct {
	src string
	pos int

	exports   []string
	seen      map[string]bool
	unsafe    map[string]bool
	reexports []string
	// starVars are the variables assigned a require() (Babel's and
	// TypeScript's interop), candidates for an Object.keys re-export.
	starVars map[string]string

	// Regular expression or division: what the previous token was.
	lastSignificant byte   // last punctuator, or 'a' for a name/value, 'k' for a keyword that precedes an expression
	parens          []bool // per open '(', whether it follows if/while/for/with
	braces          int
	templates       []int // brace depth at which each open template's ${ resumes
}

// lexCJS finds the export names and re-exports of a CommonJS source.
func lexCJS(src string) cjsLexResult {
	l := &cjsLexer{src: src, seen: map[string]bool{}, unsafe: map[string]bool{}, starVars: map[string]string{}}
	l.run()
	out := cjsLexResult{Reexports: l.reexports}
	for _, e := range l.exports {
		if !l.unsafe[e] {
			out.Exports = append(out.Exports, e)
		}
	}
	return out
}

// cjsLexCache keeps lexer results per source (by hash) for the process: a
// package tree imported by several runtimes is lexed once. Large sources
// also go through the on-disk transform cache, where reading the result
// back is cheaper than lexing again.
var cjsLexCache sync.Map // [sha256.Size]byte -> cjsLexResult

// cjsLexDiskMin is the source size from which results are kept on disk.
const cjsLexDiskMin = 16 << 10

func lexCJSCached(src string) cjsLexResult {
	sum := sha256.Sum256([]byte(src))
	if v, ok := cjsLexCache.Load(sum); ok {
		return v.(cjsLexResult)
	}
	var r cjsLexResult
	key := ""
	if len(src) >= cjsLexDiskMin {
		key = "cjs-module-lexer\x00" + transformVersion + "\x00" + src
		if data, ok := transformCacheGet(key); ok && json.Unmarshal([]byte(data), &r) == nil {
			cjsLexCache.Store(sum, r)
			return r
		}
	}
	r = lexCJS(src)
	if key != "" {
		if data, err := json.Marshal(r); err == nil {
			transformCachePut(key, string(data))
		}
	}
	cjsLexCache.Store(sum, r)
	return r
}

func (l *cjsLexer) addExport(name string) {
	if !l.seen[name] {
		l.seen[name] = true
		l.exports = append(l.exports, name)
	}
}

func isIDStart(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '_' || c == '$' || c >= 0x80
}

func isIDPart(c byte) bool { return isIDStart(c) || c >= '0' && c <= '9' }

// keywordsBeforeExpression are the words after which a '/' starts a
// regular expression.
var keywordsBeforeExpression = sync.OnceValue(func() map[string]bool {
	return map[string]bool{
		"return": true, "typeof": true, "instanceof": true, "in": true, "of": true, "new": true,
		"delete": true, "void": true, "throw": true, "case": true, "do": true, "else": true,
		"yield": true, "await": true, "extends": true,
	}
})

func (l *cjsLexer) run() {
	s := l.src
	for l.pos < len(s) {
		if l.skipNonCode() {
			continue
		}
		c := s[l.pos]
		switch {
		case c == '(':
			l.parens = append(l.parens, l.lastSignificant == 'c')
			l.pos++
			l.lastSignificant = '('
		case c == ')':
			cond := false
			if n := len(l.parens); n > 0 {
				cond = l.parens[n-1]
				l.parens = l.parens[:n-1]
			}
			l.pos++
			l.lastSignificant = ')'
			if cond {
				// `if (x) /re/.test(y)`: an expression may start.
				l.lastSignificant = ';'
			}
		case c >= '0' && c <= '9' || c == '.' && l.pos+1 < len(s) && s[l.pos+1] >= '0' && s[l.pos+1] <= '9':
			for l.pos < len(s) && (isIDPart(s[l.pos]) || s[l.pos] == '.') {
				l.pos++
			}
			l.lastSignificant = 'a'
		case isIDStart(c) || c == '\\':
			l.identifierToken()
		default:
			l.pos++
			l.lastSignificant = c
		}
	}
}

// skipNonCode steps over what every scan of a source treats alike —
// whitespace, comments, regular expressions, strings, template literals and
// braces (tracking the templates they close) — and reports whether the
// token at l.pos was one of those.
func (l *cjsLexer) skipNonCode() bool {
	s := l.src
	c := s[l.pos]
	switch {
	case c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v':
		l.pos++
	case c == '/':
		if l.pos+1 < len(s) && (s[l.pos+1] == '/' || s[l.pos+1] == '*') {
			l.skipComment()
		} else if l.regexAllowed() {
			l.skipRegExp()
			l.lastSignificant = 'a'
		} else {
			l.pos++
			l.lastSignificant = '/'
		}
	case c == '\'' || c == '"':
		l.skipString(c)
		l.lastSignificant = 'a'
	case c == '`':
		l.pos++
		l.scanTemplate()
	case c == '{':
		l.braces++
		l.pos++
		l.lastSignificant = '{'
	case c == '}':
		l.braces--
		l.pos++
		if n := len(l.templates); n > 0 && l.templates[n-1] == l.braces {
			l.templates = l.templates[:n-1]
			l.scanTemplate()
		} else {
			l.lastSignificant = '}'
		}
	default:
		return false
	}
	return true
}

func (l *cjsLexer) regexAllowed() bool {
	switch l.lastSignificant {
	case 'a', ')', ']':
		return false
	}
	return true
}

// identifierToken reads a name and tries the export forms it may start.
func (l *cjsLexer) identifierToken() {
	s := l.src
	start := l.pos
	// Only the character right before counts, as in node's lexer (its
	// keywordStart): a '.' ending a comment on the line above is no
	// member access.
	prevDot := start > 0 && s[start-1] == '.'
	l.pos++
	for l.pos < len(s) && (isIDPart(s[l.pos]) || s[l.pos] == '\\') {
		l.pos++
	}
	word := s[start:l.pos]
	l.lastSignificant = 'a'
	switch word {
	case "if", "while", "for", "with":
		l.lastSignificant = 'c'
		return
	}
	if keywordsBeforeExpression()[word] && !prevDot {
		l.lastSignificant = 'k'
		return
	}
	if prevDot {
		if word == "__exportStar" || word == "__export" {
			l.tryExportStar()
		}
		return
	}
	switch word {
	case "exports":
		l.tryExportsAssign(false)
	case "module":
		l.tryModuleExports()
	case "Object":
		l.tryObjectDefineOrKeys()
	case "__export", "__exportStar":
		l.tryExportStar()
	case "var", "let", "const":
		l.tryRequireVar()
	}
}

// ws skips white space and comments and returns the next character (0 at
// the end).
func (l *cjsLexer) ws() byte {
	s := l.src
	for l.pos < len(s) {
		c := s[l.pos]
		switch {
		case c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v':
			l.pos++
		case c == '/' && l.pos+1 < len(s) && (s[l.pos+1] == '/' || s[l.pos+1] == '*'):
			l.skipComment()
		default:
			return c
		}
	}
	return 0
}

func (l *cjsLexer) skipComment() {
	s := l.src
	if s[l.pos+1] == '/' {
		if i := strings.IndexByte(s[l.pos:], '\n'); i >= 0 {
			l.pos += i
		} else {
			l.pos = len(s)
		}
		return
	}
	if i := strings.Index(s[l.pos+2:], "*/"); i >= 0 {
		l.pos += i + 4
	} else {
		l.pos = len(s)
	}
}

// skipString moves past a string literal starting at pos.
func (l *cjsLexer) skipString(q byte) {
	s := l.src
	l.pos++
	for l.pos < len(s) {
		switch s[l.pos] {
		case '\\':
			l.pos += 2
			continue
		case q:
			l.pos++
			return
		case '\n':
			return
		}
		l.pos++
	}
}

// scanTemplate moves through template text to its end or to a ${, whose
// expression the main loop then scans.
func (l *cjsLexer) scanTemplate() {
	s := l.src
	for l.pos < len(s) {
		switch s[l.pos] {
		case '\\':
			l.pos += 2
			continue
		case '`':
			l.pos++
			l.lastSignificant = 'a'
			return
		case '$':
			if l.pos+1 < len(s) && s[l.pos+1] == '{' {
				l.templates = append(l.templates, l.braces)
				l.braces++
				l.pos += 2
				l.lastSignificant = '{'
				return
			}
		}
		l.pos++
	}
}

func (l *cjsLexer) skipRegExp() {
	s := l.src
	l.pos++
	class := false
	for l.pos < len(s) {
		c := s[l.pos]
		switch {
		case c == '\\':
			l.pos += 2
			continue
		case c == '\n':
			return
		case c == '[':
			class = true
		case c == ']':
			class = false
		case c == '/' && !class:
			l.pos++
			for l.pos < len(s) && isIDPart(s[l.pos]) {
				l.pos++
			}
			return
		}
		l.pos++
	}
}

// ident reads a name at pos ("" when there is none).
func (l *cjsLexer) ident() string {
	s := l.src
	start := l.pos
	if l.pos >= len(s) || !isIDStart(s[l.pos]) {
		return ""
	}
	for l.pos < len(s) && isIDPart(s[l.pos]) {
		l.pos++
	}
	return s[start:l.pos]
}

// stringLit reads a string literal at pos and decodes it.
func (l *cjsLexer) stringLit() (string, bool) {
	q := l.src[l.pos]
	start := l.pos
	l.skipString(q)
	if l.pos <= start+1 || l.src[l.pos-1] != q {
		return "", false
	}
	return decodeJSString(l.src[start:l.pos])
}

// decodeJSString decodes a quoted JS string literal with the escapes Go
// shares with JS; others fail the form, as rarely matters for names.
func decodeJSString(lit string) (string, bool) {
	body := lit[1 : len(lit)-1]
	if !strings.Contains(body, `\`) {
		return body, true
	}
	if lit[0] == '\'' {
		body = strings.ReplaceAll(strings.ReplaceAll(body, `\'`, `'`), `"`, `\"`)
	}
	v, err := strconv.Unquote(`"` + body + `"`)
	return v, err == nil
}

// word reports whether w follows at pos, not as a prefix of a longer name,
// and moves past it.
func (l *cjsLexer) word(w string) bool {
	s := l.src
	if !strings.HasPrefix(s[l.pos:], w) {
		return false
	}
	if e := l.pos + len(w); e < len(s) && isIDPart(s[e]) {
		return false
	}
	l.pos += len(w)
	return true
}

// punct reports whether c is next (after white space) and moves past it.
func (l *cjsLexer) punct(c byte) bool {
	if l.ws() != c {
		return false
	}
	l.pos++
	return true
}

// tryModuleExports follows `module`: `.exports` then what exports may do.
func (l *cjsLexer) tryModuleExports() {
	save := l.pos
	if l.punct('.') && l.ws() == 'e' && l.word("exports") {
		l.tryExportsAssign(true)
		return
	}
	l.pos = save
}

// tryExportsAssign follows `exports` (or `module.exports` when
// moduleExports): `.a =`, `['a'] =`, or for module.exports `= {…}` and
// `= require('x')`.
func (l *cjsLexer) tryExportsAssign(moduleExports bool) {
	save := l.pos
	defer func() {
		// Nothing consumed counts as a token of its own: the main loop
		// rescans from the name's end.
		l.pos = save
	}()
	switch l.ws() {
	case '.':
		l.pos++
		l.ws()
		name := l.ident()
		if name != "" && l.isAssign() {
			l.addExport(name)
		}
	case '[':
		l.pos++
		if c := l.ws(); c != '\'' && c != '"' {
			return
		}
		name, ok := l.stringLit()
		if ok && l.punct(']') && l.isAssign() {
			l.addExport(name)
		}
	case '=':
		if !moduleExports || !l.isAssign() {
			return
		}
		l.reexports = nil
		switch l.ws() {
		case '{':
			l.pos++
			l.literalExports()
		case 'r':
			if spec, ok := l.requireCall(); ok {
				l.reexports = append(l.reexports, spec)
			}
		}
	}
}

// isAssign consumes the `=` after an export name. Like cjs-module-lexer
// it looks at that one character: `exports.a == b` names a too.
func (l *cjsLexer) isAssign() bool {
	if l.ws() != '=' {
		return false
	}
	l.pos++
	return true
}

// requireCall reads `require('x')` at pos.
func (l *cjsLexer) requireCall() (string, bool) {
	if !l.word("require") || !l.punct('(') {
		return "", false
	}
	if c := l.ws(); c != '\'' && c != '"' {
		return "", false
	}
	spec, ok := l.stringLit()
	if !ok || !l.punct(')') {
		return "", false
	}
	return spec, true
}

// literalExports reads the properties of `module.exports = {`, stopping
// at the first one of another shape.
func (l *cjsLexer) literalExports() {
	for {
		c := l.ws()
		var name string
		switch {
		case c == '}':
			return
		case c == '.':
			if !strings.HasPrefix(l.src[l.pos:], "...") {
				return
			}
			l.pos += 3
			l.ws()
			if spec, ok := l.requireCall(); ok {
				l.reexports = append(l.reexports, spec)
			} else if l.ident() == "" {
				return
			}
		case c == '\'' || c == '"':
			var ok bool
			if name, ok = l.stringLit(); !ok || !l.punct(':') {
				return
			}
			l.ws()
			if l.ident() == "" {
				return
			}
			l.addExport(name)
		case isIDStart(c):
			name = l.ident()
			if l.ws() == ':' {
				l.pos++
				l.ws()
				if l.ident() == "" {
					return
				}
			}
			l.addExport(name)
		default:
			return
		}
		switch l.ws() {
		case ',':
			l.pos++
		case '}':
			return
		default:
			return
		}
	}
}

// exportsRef reads `exports` or `module.exports`.
func (l *cjsLexer) exportsRef() bool {
	if l.word("exports") {
		return true
	}
	save := l.pos
	if l.word("module") && l.punct('.') && l.ws() == 'e' && l.word("exports") {
		return true
	}
	l.pos = save
	return false
}

// tryObjectDefineOrKeys follows `Object`.
func (l *cjsLexer) tryObjectDefineOrKeys() {
	save := l.pos
	defer func() { l.pos = save }()
	if !l.punct('.') {
		return
	}
	l.ws()
	switch {
	case l.word("defineProperty"):
		l.defineProperty()
	case l.word("keys"):
		l.objectKeysReexport()
	}
}

func (l *cjsLexer) defineProperty() {
	if !l.punct('(') {
		return
	}
	l.ws()
	if !l.exportsRef() || !l.punct(',') {
		return
	}
	if c := l.ws(); c != '\'' && c != '"' {
		return
	}
	name, ok := l.stringLit()
	if !ok || !l.punct(',') || !l.punct('{') {
		return
	}
	l.ws()
	if l.word("enumerable") {
		if !l.punct(':') {
			l.unsafe[name] = true
			return
		}
		l.ws()
		if !l.word("true") || !l.punct(',') {
			l.unsafe[name] = true
			return
		}
		l.ws()
	}
	if l.word("value") {
		if l.punct(':') {
			l.addExport(name)
		}
		return
	}
	if !l.safeGetter() {
		l.unsafe[name] = true
		return
	}
	l.addExport(name)
}

// safeGetter reads `get [: function [name]] () { return a[.b|['b']][;] }[,] })`.
func (l *cjsLexer) safeGetter() bool {
	if !l.word("get") {
		return false
	}
	if l.punct(':') {
		l.ws()
		if !l.word("function") {
			return false
		}
		if l.ws() != '(' && l.ident() == "" {
			return false
		}
	}
	if !l.punct('(') || !l.punct(')') || !l.punct('{') {
		return false
	}
	l.ws()
	if !l.word("return") {
		return false
	}
	l.ws()
	if l.ident() == "" {
		return false
	}
	switch l.ws() {
	case '.':
		l.pos++
		l.ws()
		if l.ident() == "" {
			return false
		}
	case '[':
		l.pos++
		if c := l.ws(); c != '\'' && c != '"' {
			return false
		}
		if _, ok := l.stringLit(); !ok || !l.punct(']') {
			return false
		}
	}
	l.punct(';')
	if !l.punct('}') {
		return false
	}
	l.punct(',')
	return l.punct('}') && l.punct(')')
}

// tryExportStar follows __export / __exportStar: `(require('x')`.
func (l *cjsLexer) tryExportStar() {
	save := l.pos
	defer func() { l.pos = save }()
	if !l.punct('(') {
		return
	}
	l.ws()
	if spec, ok := l.requireCall(); ok {
		l.reexports = append(l.reexports, spec)
	}
}

// tryRequireVar follows var/let/const: `x = [_interopRequireWildcard(]require('y')`.
func (l *cjsLexer) tryRequireVar() {
	save := l.pos
	defer func() { l.pos = save }()
	l.ws()
	name := l.ident()
	if name == "" || !l.isAssign() {
		return
	}
	l.ws()
	if l.word("_interopRequireWildcard") {
		if !l.punct('(') {
			return
		}
		l.ws()
	}
	if spec, ok := l.requireCall(); ok {
		l.starVars[name] = spec
	}
}

// objectKeysReexport reads Babel's and TypeScript's re-export loop,
// `Object.keys(x).forEach(function (k) { … })`, whose body copies x[k]
// onto exports (assignment or a getter returning x[k]).
func (l *cjsLexer) objectKeysReexport() {
	if !l.punct('(') {
		return
	}
	l.ws()
	src := l.ident()
	spec, ok := l.starVars[src]
	if !ok || !l.punct(')') || !l.punct('.') {
		return
	}
	l.ws()
	if !l.word("forEach") || !l.punct('(') {
		return
	}
	l.ws()
	if !l.word("function") {
		return
	}
	l.ws()
	l.ident()
	if !l.punct('(') {
		return
	}
	l.ws()
	key := l.ident()
	if key == "" || !l.punct(')') || !l.punct('{') {
		return
	}
	// The body: up to the brace that closes it (it holds no strings or
	// templates with braces in these generated forms).
	depth, start := 1, l.pos
	for l.pos < len(l.src) && depth > 0 {
		switch l.src[l.pos] {
		case '{':
			depth++
		case '}':
			depth--
		}
		l.pos++
	}
	body := strings.Join(strings.Fields(l.src[start:l.pos]), "")
	copyForm := "exports[" + key + "]=" + src + "[" + key + "]"
	getForm := "return" + src + "[" + key + "]"
	if strings.Contains(body, copyForm) || strings.Contains(body, getForm) {
		l.reexports = append(l.reexports, spec)
	}
}
