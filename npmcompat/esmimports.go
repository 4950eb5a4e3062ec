package npmcompat

import (
	"encoding/json"
	"strings"
)

// namedImport is one name an ES module imports from a specifier (or
// re-exports with `export { x } from`), and the source line it stands on:
// Node builds its hint for a name a CommonJS module lacks from that line.
type namedImport struct {
	Spec, Name string
	Line       string // the source line
	LineNo     int    // 1-based
	Column     int    // 0-based, in bytes
	Length     int    // of `name [as alias]`, which V8 underlines
}

// importAttrs are the attributes of one static import or export-from
// (`with { type: 'json' }`, or the older `assert`), as key/value pairs.
type importAttrs struct {
	Spec  string
	Pairs [][2]string
	// AssertLine is the line of an `assert` keyword (0 for `with`):
	// V8 warns that it is deprecated.
	AssertLine int
}

// esmNamedImports lists, per specifier, the names a JavaScript ES module's
// import and export-from declarations take from it. esbuild's output no
// longer says which names were imported (it reads them as properties), and
// Node checks them when it links the module, before anything runs.
// Strings, templates, comments and regular expressions are skipped with
// the CommonJS lexer's scanner.
func esmNamedImports(src string) ([]namedImport, []importAttrs) {
	var out []namedImport
	var attrs []importAttrs
	l := &cjsLexer{src: src, seen: map[string]bool{}, unsafe: map[string]bool{}, starVars: map[string]string{}}
	s := src
	for l.pos < len(s) {
		if l.skipNonCode() {
			continue
		}
		c := s[l.pos]
		switch {
		case isIDStart(c):
			// The last token, not the last character: a comment ending in
			// '.' on the line above is no member access.
			prevDot := l.lastSignificant == '.'
			w := l.ident()
			l.lastSignificant = 'a'
			if keywordsBeforeExpression()[w] {
				l.lastSignificant = 'k'
			}
			if prevDot || l.braces != 0 || (w != "import" && w != "export") {
				continue
			}
			save := l.pos
			spec, names, ok := l.importClause(w == "export")
			if !ok {
				l.pos = save
				continue
			}
			pairs, assertLine, ok := l.importAttributes()
			if !ok {
				l.pos = save
				continue
			}
			attrs = append(attrs, importAttrs{Spec: spec, Pairs: pairs, AssertLine: assertLine})
			for _, n := range names {
				n.Spec = spec
				out = append(out, n)
			}
		default:
			l.pos++
			l.lastSignificant = c
		}
	}
	return out, attrs
}

// importAttributes reads an optional `with { key: 'value', … }` (or
// `assert { … }`) after a specifier.
func (l *cjsLexer) importAttributes() ([][2]string, int, bool) {
	save := l.pos
	l.ws()
	assertLine := 0
	if at := l.pos; l.word("assert") {
		_, assertLine, _ = lineAt(l.src, at)
	} else if !l.word("with") {
		l.pos = save
		return nil, 0, true
	}
	if !l.punct('{') {
		return nil, 0, false
	}
	var pairs [][2]string
	for {
		c := l.ws()
		if c == '}' {
			l.pos++
			return pairs, assertLine, true
		}
		var key string
		if c == '\'' || c == '"' {
			k, ok := l.stringLit()
			if !ok {
				return nil, 0, false
			}
			key = k
		} else if key = l.ident(); key == "" {
			return nil, 0, false
		}
		if !l.punct(':') {
			return nil, 0, false
		}
		if c = l.ws(); c != '\'' && c != '"' {
			return nil, 0, false
		}
		v, ok := l.stringLit()
		if !ok {
			return nil, 0, false
		}
		pairs = append(pairs, [2]string{key, v})
		if c = l.ws(); c == ',' {
			l.pos++
		} else if c != '}' {
			return nil, 0, false
		}
	}
}

// importClause reads what follows `import` (or `export` when export is
// set) up to the specifier: `d, { a, b as c } from 'x'`, `{ a } from 'x'`,
// `* as ns from 'x'`. Only the braces name imports Node checks.
func (l *cjsLexer) importClause(export bool) (string, []namedImport, bool) {
	var names []namedImport
	c := l.ws()
	if !export && (c == '\'' || c == '"') {
		spec, ok := l.stringLit()
		return spec, nil, ok
	}
	if !export && isIDStart(c) {
		if l.ident() == "" {
			return "", nil, false
		}
		// `import d from`, `import d, {…} from`
		c = l.ws()
		if c == ',' {
			l.pos++
			c = l.ws()
		}
	}
	switch c {
	case '*':
		l.pos++
		l.ws()
		if l.word("as") {
			l.ws()
			if l.ident() == "" && !l.skipStringName() {
				return "", nil, false
			}
		}
	case '{':
		l.pos++
		for {
			c = l.ws()
			if c == '}' {
				l.pos++
				break
			}
			at := l.pos
			var name string
			if c == '\'' || c == '"' {
				n, ok := l.stringLit()
				if !ok {
					return "", nil, false
				}
				name = n
			} else if name = l.ident(); name == "" {
				return "", nil, false
			}
			end := l.pos
			l.ws()
			if l.word("as") {
				l.ws()
				if l.ident() == "" && !l.skipStringName() {
					return "", nil, false
				}
				end = l.pos
			}
			line, no, col := lineAt(l.src, at)
			n := end - at
			if col+n > len(line) {
				n = len(line) - col
			}
			names = append(names, namedImport{Name: name, Line: line, LineNo: no, Column: col, Length: n})
			if c = l.ws(); c == ',' {
				l.pos++
			} else if c != '}' {
				return "", nil, false
			}
		}
	default:
		if export {
			return "", nil, false
		}
	}
	l.ws()
	if !l.word("from") {
		return "", nil, false
	}
	if c = l.ws(); c != '\'' && c != '"' {
		return "", nil, false
	}
	spec, ok := l.stringLit()
	return spec, names, ok
}

func (l *cjsLexer) skipStringName() bool {
	if c := l.ws(); c != '\'' && c != '"' {
		return false
	}
	_, ok := l.stringLit()
	return ok
}

// lineAt is the source line holding offset i, its number and i's column.
func lineAt(s string, i int) (string, int, int) {
	start := strings.LastIndexByte(s[:i], '\n') + 1
	no := strings.Count(s[:start], "\n") + 1
	end := strings.IndexByte(s[i:], '\n')
	if end < 0 {
		return s[start:], no, i - start
	}
	return strings.TrimSuffix(s[start:i+end], "\r"), no, i - start
}

var (
	exportBlock  = lazyRegexp(`(?m)^__export\([\w$]+, \{\n((?:  .*\n)*?)\}\);$`)
	exportEntry  = lazyRegexp(`^  ("(?:[^"\\]|\\.)*"|[\w$]+): \(\) =>`)
	reExportCall = lazyRegexp(`(?m)^__reExport\([\w$]+, require\(("(?:[^"\\]|\\.)*")\)`)
)

// esmExportNames reads, from esbuild's output for an ES module, the names
// it exports itself (its __export call) and the specifiers of its
// `export * from` declarations (its __reExport calls).
func esmExportNames(code string) (names, stars []string) {
	if m := exportBlock().FindStringSubmatch(code); m != nil {
		for _, line := range strings.Split(m[1], "\n") {
			e := exportEntry().FindStringSubmatch(line)
			if e == nil {
				continue
			}
			name := e[1]
			if name[0] == '"' && json.Unmarshal([]byte(e[1]), &name) != nil {
				continue
			}
			names = append(names, name)
		}
	}
	for _, m := range reExportCall().FindAllStringSubmatch(code, -1) {
		var spec string
		if json.Unmarshal([]byte(m[1]), &spec) == nil {
			stars = append(stars, spec)
		}
	}
	return names, stars
}
