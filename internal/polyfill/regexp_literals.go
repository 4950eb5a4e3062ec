package polyfill

import (
	"reflect"
	"sort"
	"strings"

	"github.com/dop251/goja/ast"
	"github.com/dop251/goja/parser"
)

// RewriteRegExpLiterals returns src with the Unicode property escapes of
// its u/v-flag regular expression literals expanded (ExpandPropertyEscapes),
// so goja matches them as V8 does; the literal's `source` then shows the
// expanded class. Source without `\p{`/`\P{` is returned at once; otherwise
// it is parsed with goja's parser (so it costs one extra parse), and src
// comes back unchanged when it does not parse or has nothing to expand.
// Meant for the module loader, before compiling a file.
func RewriteRegExpLiterals(src string) (string, bool) {
	if !strings.Contains(src, `\p{`) && !strings.Contains(src, `\P{`) {
		return src, false
	}
	prog, err := parser.ParseFile(nil, "", src, 0)
	if err != nil {
		return src, false
	}
	var lits []*ast.RegExpLiteral
	collectRegExps(reflect.ValueOf(prog), &lits)
	sort.Slice(lits, func(i, j int) bool { return lits[i].Idx < lits[j].Idx })
	var b strings.Builder
	last, changed := 0, false
	for _, lit := range lits {
		if !strings.ContainsAny(lit.Flags, "uv") {
			continue
		}
		expanded, ok, err := ExpandPropertyEscapes(lit.Pattern)
		if err != nil || !ok {
			continue // an invalid name stays for goja to treat as it does today
		}
		start := int(lit.Idx) - 1 // Idx is 1-based with no file set
		if start < last || start+len(lit.Literal) > len(src) || src[start:start+len(lit.Literal)] != lit.Literal {
			continue
		}
		b.WriteString(src[last:start])
		b.WriteString("/" + expanded + "/" + lit.Flags)
		last = start + len(lit.Literal)
		changed = true
	}
	if !changed {
		return src, false
	}
	b.WriteString(src[last:])
	return b.String(), true
}

var regExpLiteralType = reflect.TypeOf((*ast.RegExpLiteral)(nil))

// collectRegExps walks goja's AST generically: it has no visitor, and
// this only runs on the rare files that contain property escapes.
func collectRegExps(v reflect.Value, out *[]*ast.RegExpLiteral) {
	switch v.Kind() {
	case reflect.Pointer, reflect.Interface:
		if v.IsNil() {
			return
		}
		if v.Type() == regExpLiteralType {
			*out = append(*out, v.Interface().(*ast.RegExpLiteral))
			return
		}
		collectRegExps(v.Elem(), out)
	case reflect.Struct:
		for i := 0; i < v.NumField(); i++ {
			if v.Type().Field(i).IsExported() {
				collectRegExps(v.Field(i), out)
			}
		}
	case reflect.Slice:
		for i := 0; i < v.Len(); i++ {
			collectRegExps(v.Index(i), out)
		}
	}
}
