package polyfill

import (
	"errors"
	"fmt"
	"slices"
	"strings"
	"unicode"
)

// goja's regexp translator turns the escape `\p{L}` into the literal text
// `p{L}`, so Unicode property escapes silently never match. Rewriting each
// `\p{…}`/`\P{…}` of a u-flag pattern into an explicit class of code point
// ranges, built from Go's Unicode tables, gives goja a pattern it runs
// correctly. Go's tables (Unicode 15) are close to Node 20's ICU (15.1).

// ErrInvalidPropertyName is returned for a \p{…} name ECMAScript does not
// define, or one Go has no table for (Emoji and friends).
var ErrInvalidPropertyName = errors.New("invalid property name")

// span is an inclusive range of code points.
type span struct{ lo, hi rune }

// ExpandPropertyEscapes rewrites every \p{…} and \P{…} in pattern (the
// source of a RegExp with the u or v flag) into an equivalent character
// class. It reports whether anything changed; patterns without property
// escapes come back untouched.
func ExpandPropertyEscapes(pattern string) (string, bool, error) {
	if !strings.Contains(pattern, `\p{`) && !strings.Contains(pattern, `\P{`) {
		return pattern, false, nil
	}
	var b strings.Builder
	inClass := false
	for i := 0; i < len(pattern); i++ {
		c := pattern[i]
		switch {
		case c == '\\' && i+2 < len(pattern) && (pattern[i+1] == 'p' || pattern[i+1] == 'P') && pattern[i+2] == '{':
			end := strings.IndexByte(pattern[i+3:], '}')
			if end < 0 {
				return "", false, ErrInvalidPropertyName
			}
			set, err := propertySet(pattern[i+3 : i+3+end])
			if err != nil {
				return "", false, err
			}
			negate := pattern[i+1] == 'P'
			switch {
			case inClass && negate:
				writeSpans(&b, complement(set))
			case inClass:
				writeSpans(&b, set)
			default:
				b.WriteByte('[')
				if negate {
					b.WriteByte('^')
				}
				writeSpans(&b, set)
				b.WriteByte(']')
			}
			i += 3 + end
		case c == '\\' && i+1 < len(pattern):
			b.WriteString(pattern[i : i+2])
			i++
		case c == '[' && !inClass:
			inClass = true
			b.WriteByte(c)
		case c == ']' && inClass:
			inClass = false
			b.WriteByte(c)
		default:
			b.WriteByte(c)
		}
	}
	return b.String(), true, nil
}

func writeSpans(b *strings.Builder, set []span) {
	for _, s := range set {
		fmt.Fprintf(b, `\u{%X}`, s.lo)
		if s.hi != s.lo {
			fmt.Fprintf(b, `-\u{%X}`, s.hi)
		}
	}
}

// propertySet resolves the inside of \p{…} as ECMA-262 §22.2.2.9 does:
// General_Category values (bare or gc=), Script and Script_Extensions
// (sc=, scx=; extensions from the generated tables), and the binary
// properties Go has tables for, that derive from them, or that were
// generated from node (emoji).
func propertySet(name string) ([]span, error) {
	if k, v, ok := strings.Cut(name, "="); ok {
		switch k {
		case "General_Category", "gc":
			return categorySet(v)
		case "Script", "sc", "Script_Extensions", "scx":
			if long, ok := scriptAliases[v]; ok {
				v = long
			}
			if set, ok := generatedScx()[v]; ok && (k == "scx" || k == "Script_Extensions") {
				return set, nil
			}
			if t, ok := unicode.Scripts[v]; ok {
				return tableSpans(t), nil
			}
		}
		return nil, ErrInvalidPropertyName
	}
	if set, err := categorySet(name); err == nil {
		return set, nil
	}
	return binarySet(name)
}

func categorySet(v string) ([]span, error) {
	if short, ok := categoryAliases[v]; ok {
		v = short
	}
	switch v {
	case "LC":
		return union(tableSpans(unicode.Lu), tableSpans(unicode.Ll), tableSpans(unicode.Lt)), nil
	}
	if t, ok := unicode.Categories[v]; ok {
		return tableSpans(t), nil
	}
	return nil, ErrInvalidPropertyName
}

func binarySet(name string) ([]span, error) {
	if long, ok := derivedAliases[name]; ok {
		name = long
	}
	if set, ok := generatedBinary()[name]; ok {
		return set, nil
	}
	prop := func(n string) []span { return tableSpans(unicode.Properties[n]) }
	cat := func(n string) []span { return tableSpans(unicode.Categories[n]) }
	switch name {
	case "Any":
		return []span{{0, unicode.MaxRune}}, nil
	case "ASCII":
		return []span{{0, 0x7F}}, nil
	case "Assigned":
		return assigned(), nil
	case "Alphabetic", "Alpha":
		return union(cat("L"), cat("Nl"), prop("Other_Alphabetic")), nil
	case "Lowercase", "Lower":
		return union(cat("Ll"), prop("Other_Lowercase")), nil
	case "Uppercase", "Upper":
		return union(cat("Lu"), prop("Other_Uppercase")), nil
	case "Math":
		return union(cat("Sm"), prop("Other_Math")), nil
	case "ID_Start", "IDS":
		return subtract(union(cat("L"), cat("Nl"), prop("Other_ID_Start")),
			union(prop("Pattern_Syntax"), prop("Pattern_White_Space"))), nil
	case "ID_Continue", "IDC":
		return subtract(union(cat("L"), cat("Nl"), prop("Other_ID_Start"), cat("Mn"), cat("Mc"), cat("Nd"), cat("Pc"), prop("Other_ID_Continue")),
			union(prop("Pattern_Syntax"), prop("Pattern_White_Space"))), nil
	}
	if long, ok := binaryAliases[name]; ok {
		name = long
	}
	if set, ok := generatedBinary()[name]; ok {
		return set, nil
	}
	// Other_* are contributory properties, not ECMAScript ones.
	if t, ok := unicode.Properties[name]; ok && !strings.HasPrefix(name, "Other_") {
		return tableSpans(t), nil
	}
	return nil, ErrInvalidPropertyName
}

// assigned is every code point but the unassigned ones (Go's Cn table).
func assigned() []span { return complement(tableSpans(unicode.Categories["Cn"])) }

func tableSpans(t *unicode.RangeTable) []span {
	if t == nil {
		return nil
	}
	out := make([]span, 0, len(t.R16)+len(t.R32))
	add := func(lo, hi, stride rune) {
		if stride == 1 {
			out = append(out, span{lo, hi})
			return
		}
		for r := lo; r <= hi; r += stride {
			out = append(out, span{r, r})
		}
	}
	for _, r := range t.R16 {
		add(rune(r.Lo), rune(r.Hi), rune(r.Stride))
	}
	for _, r := range t.R32 {
		add(rune(r.Lo), rune(r.Hi), rune(r.Stride))
	}
	return union(out)
}

// union merges sets into one sorted list of disjoint, non-adjacent spans.
func union(sets ...[]span) []span {
	var all []span
	for _, s := range sets {
		all = append(all, s...)
	}
	slices.SortFunc(all, func(a, b span) int { return int(a.lo - b.lo) })
	var out []span
	for _, s := range all {
		if n := len(out); n > 0 && s.lo <= out[n-1].hi+1 {
			out[n-1].hi = max(out[n-1].hi, s.hi)
			continue
		}
		out = append(out, s)
	}
	return out
}

func complement(set []span) []span {
	var out []span
	next := rune(0)
	for _, s := range set {
		if s.lo > next {
			out = append(out, span{next, s.lo - 1})
		}
		next = s.hi + 1
	}
	if next <= unicode.MaxRune {
		out = append(out, span{next, unicode.MaxRune})
	}
	return out
}

func subtract(a, b []span) []span {
	// a ∖ b = ¬(¬a ∪ b)
	return complement(union(complement(a), b))
}

// derivedAliases are the short names of the derived properties.
var derivedAliases = map[string]string{
	"Alpha": "Alphabetic", "IDS": "ID_Start", "IDC": "ID_Continue", "Lower": "Lowercase", "Upper": "Uppercase",
}

// categoryAliases maps General_Category long names to Go's short ones.
var categoryAliases = map[string]string{
	"Letter": "L", "Cased_Letter": "LC", "Uppercase_Letter": "Lu", "Lowercase_Letter": "Ll",
	"Titlecase_Letter": "Lt", "Modifier_Letter": "Lm", "Other_Letter": "Lo",
	"Mark": "M", "Combining_Mark": "M", "Nonspacing_Mark": "Mn", "Spacing_Mark": "Mc", "Enclosing_Mark": "Me",
	"Number": "N", "Decimal_Number": "Nd", "digit": "Nd", "Letter_Number": "Nl", "Other_Number": "No",
	"Punctuation": "P", "punct": "P", "Connector_Punctuation": "Pc", "Dash_Punctuation": "Pd",
	"Open_Punctuation": "Ps", "Close_Punctuation": "Pe", "Initial_Punctuation": "Pi",
	"Final_Punctuation": "Pf", "Other_Punctuation": "Po",
	"Symbol": "S", "Math_Symbol": "Sm", "Currency_Symbol": "Sc", "Modifier_Symbol": "Sk", "Other_Symbol": "So",
	"Separator": "Z", "Space_Separator": "Zs", "Line_Separator": "Zl", "Paragraph_Separator": "Zp",
	"Other": "C", "Control": "Cc", "cntrl": "Cc", "Format": "Cf", "Unassigned": "Cn",
	"Private_Use": "Co", "Surrogate": "Cs",
}

// binaryAliases maps short binary property names to Go's long ones.
var binaryAliases = map[string]string{
	"AHex": "ASCII_Hex_Digit", "Bidi_C": "Bidi_Control", "Dep": "Deprecated", "Dia": "Diacritic",
	"Ext": "Extender", "Hex": "Hex_Digit", "IDSB": "IDS_Binary_Operator", "IDST": "IDS_Trinary_Operator",
	"Ideo": "Ideographic", "Join_C": "Join_Control", "LOE": "Logical_Order_Exception",
	"NChar": "Noncharacter_Code_Point", "Pat_Syn": "Pattern_Syntax", "Pat_WS": "Pattern_White_Space",
	"QMark": "Quotation_Mark", "RI": "Regional_Indicator", "STerm": "Sentence_Terminal",
	"SD": "Soft_Dotted", "Term": "Terminal_Punctuation", "UIdeo": "Unified_Ideograph",
	"EPres": "Emoji_Presentation", "EMod": "Emoji_Modifier", "EBase": "Emoji_Modifier_Base",
	"EComp": "Emoji_Component", "ExtPict": "Extended_Pictographic",
	"VS": "Variation_Selector", "space": "White_Space", "WSpace": "White_Space",
}

// scriptAliases maps the ISO 15924 codes real code uses to Go's names.
var scriptAliases = map[string]string{
	"Latn": "Latin", "Grek": "Greek", "Cyrl": "Cyrillic", "Hani": "Han", "Hira": "Hiragana",
	"Kana": "Katakana", "Hang": "Hangul", "Arab": "Arabic", "Hebr": "Hebrew", "Deva": "Devanagari",
	"Thai": "Thai", "Zyyy": "Common", "Zinh": "Inherited", "Qaai": "Inherited", "Armn": "Armenian",
	"Beng": "Bengali", "Geor": "Georgian", "Ethi": "Ethiopic", "Taml": "Tamil", "Telu": "Telugu",
	"Knda": "Kannada", "Mlym": "Malayalam", "Gujr": "Gujarati", "Guru": "Gurmukhi", "Khmr": "Khmer",
	"Mong": "Mongolian", "Tibt": "Tibetan", "Sinh": "Sinhala", "Laoo": "Lao", "Mymr": "Myanmar",
}
