package polyfill

import "strings"

// goja's scanner stops reading a \u{…} escape once its value reaches
// U+10FFFF, before the closing brace, so the literal's precomputed length
// is one short and the parser panics ("unexpected unicode length while
// parsing '\u{10FFFF}'") on any string or template holding that escape,
// with any number of leading zeros. A probe of every literal form (strings,
// templates, tagged templates, property keys, regexps with and without u,
// identifiers) found no other escape that panics.

// RewriteMaxCodePointEscapes replaces each \u{10FFFF} escape in src (any
// case, any leading zeros) with the surrogate pair \uDBFF\uDFFF, which is
// the same string in string and template literals and the same code point
// in a u-flag regexp. It reports whether it changed anything; sources
// without "\u{" are returned untouched after one scan. The raw text of a
// tagged template holding the escape (String.raw) shows the pair instead.
func RewriteMaxCodePointEscapes(src string) (string, bool) {
	if !strings.Contains(src, `\u{`) {
		return src, false
	}
	var b strings.Builder
	last := 0
	for i := 0; i+3 <= len(src); {
		j := strings.Index(src[i:], `\u{`)
		if j < 0 {
			break
		}
		j += i
		i = j + 3
		// An escaped backslash (\\u{…}) is no escape.
		n := 0
		for k := j - 1; k >= 0 && src[k] == '\\'; k-- {
			n++
		}
		if n%2 == 1 {
			continue
		}
		k := i
		for k < len(src) && src[k] == '0' {
			k++
		}
		if k+7 <= len(src) && strings.EqualFold(src[k:k+7], "10ffff}") {
			b.WriteString(src[last:j])
			b.WriteString(`\uDBFF\uDFFF`)
			last = k + 7
			i = last
		}
	}
	if last == 0 {
		return src, false
	}
	b.WriteString(src[last:])
	return b.String(), true
}
