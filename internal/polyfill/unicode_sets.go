package polyfill

import (
	"errors"
	"strconv"
	"strings"
	"unicode"
)

// The v flag (unicodeSets, ES2024) adds set operations and nested classes
// to character classes: [\p{L}--[a-z]], [\p{Greek}&&\p{Lu}], [[a-z][0-9]].
// goja has only the u flag, so TranslateUnicodeSets evaluates every class
// of a v-mode pattern into one explicit class of code point ranges, which
// means the same thing in u mode. Strings in classes (\q{…}, properties of
// strings such as RGI_Emoji) cannot be a u-mode class and are reported.

// ErrUnicodeSetStrings is returned for \q{…} and properties of strings.
var ErrUnicodeSetStrings = errors.New("strings in v-mode character classes are not supported")

// TranslateUnicodeSets rewrites a v-flag pattern into a u-flag pattern with
// the same meaning: classes become explicit range lists and property
// escapes outside classes are expanded (ExpandPropertyEscapes).
func TranslateUnicodeSets(pattern string) (string, error) {
	var b strings.Builder
	for i := 0; i < len(pattern); {
		c := pattern[i]
		switch {
		case c == '\\' && i+1 < len(pattern):
			if pattern[i+1] == 'q' {
				return "", ErrUnicodeSetStrings
			}
			b.WriteString(pattern[i : i+2])
			i += 2
		case c == '[':
			p := &setParser{src: pattern, pos: i + 1}
			set, err := p.class()
			if err != nil {
				return "", err
			}
			b.WriteByte('[')
			writeSpans(&b, set)
			b.WriteByte(']')
			i = p.pos
		default:
			b.WriteByte(c)
			i++
		}
	}
	out, _, err := ExpandPropertyEscapes(b.String())
	return out, err
}

type setParser struct {
	src string
	pos int // just after the opening '[' while parsing a class
}

var errBadClass = errors.New("invalid character class")

// class parses the contents of a class up to and including its ']'.
func (p *setParser) class() ([]span, error) {
	negate := false
	if p.peek() == '^' {
		negate = true
		p.pos++
	}
	var acc []span
	first := true
	op := ""
	for {
		if p.pos >= len(p.src) {
			return nil, errBadClass
		}
		if p.src[p.pos] == ']' {
			p.pos++
			break
		}
		if strings.HasPrefix(p.src[p.pos:], "--") || strings.HasPrefix(p.src[p.pos:], "&&") {
			op = p.src[p.pos : p.pos+2]
			p.pos += 2
			continue
		}
		operand, err := p.operand()
		if err != nil {
			return nil, err
		}
		switch {
		case first:
			acc = operand
		case op == "--":
			acc = subtract(acc, operand)
		case op == "&&":
			acc = subtract(acc, complement(operand))
		default:
			acc = union(acc, operand)
		}
		first = false
	}
	if negate {
		return complement(acc), nil
	}
	return union(acc), nil
}

func (p *setParser) peek() byte {
	if p.pos < len(p.src) {
		return p.src[p.pos]
	}
	return 0
}

// operand is a nested class, an escape or a character, possibly the start
// of a range a-b.
func (p *setParser) operand() ([]span, error) {
	if p.peek() == '[' {
		p.pos++
		return p.class()
	}
	lo, set, err := p.atom()
	if err != nil || set != nil {
		return set, err
	}
	if p.peek() == '-' && !strings.HasPrefix(p.src[p.pos:], "--") && p.pos+1 < len(p.src) && p.src[p.pos+1] != ']' {
		p.pos++
		hi, set, err := p.atom()
		if err != nil {
			return nil, err
		}
		if set != nil || hi < lo {
			return nil, errBadClass
		}
		return []span{{lo, hi}}, nil
	}
	return []span{{lo, lo}}, nil
}

// atom reads one character (as a rune) or a class escape (as a set).
func (p *setParser) atom() (rune, []span, error) {
	if p.pos >= len(p.src) {
		return 0, nil, errBadClass
	}
	if p.src[p.pos] != '\\' {
		r := []rune(p.src[p.pos:min(len(p.src), p.pos+4)])[0]
		p.pos += len(string(r))
		return r, nil, nil
	}
	if p.pos+1 >= len(p.src) {
		return 0, nil, errBadClass
	}
	e := p.src[p.pos+1]
	p.pos += 2
	switch e {
	case 'p', 'P':
		end := strings.IndexByte(p.src[p.pos:], '}')
		if p.peek() != '{' || end < 0 {
			return 0, nil, errBadClass
		}
		name := p.src[p.pos+1 : p.pos+end]
		p.pos += end + 1
		set, err := propertySet(name)
		if err != nil {
			if stringProperties[name] {
				return 0, nil, ErrUnicodeSetStrings
			}
			return 0, nil, err
		}
		if e == 'P' {
			set = complement(set)
		}
		return 0, set, nil
	case 'q':
		return 0, nil, ErrUnicodeSetStrings
	case 'd', 'D', 'w', 'W', 's', 'S':
		var set []span
		switch e {
		case 'd', 'D':
			set = []span{{'0', '9'}}
		case 'w', 'W':
			set = []span{{'0', '9'}, {'A', 'Z'}, {'_', '_'}, {'a', 'z'}}
		default:
			set = union(tableSpans(unicode.White_Space), []span{{0xFEFF, 0xFEFF}})
		}
		if e == 'D' || e == 'W' || e == 'S' {
			set = complement(set)
		}
		return 0, set, nil
	case 'n':
		return '\n', nil, nil
	case 'r':
		return '\r', nil, nil
	case 't':
		return '\t', nil, nil
	case 'v':
		return '\v', nil, nil
	case 'f':
		return '\f', nil, nil
	case 'b':
		return '\b', nil, nil
	case '0':
		return 0, nil, nil
	case 'c':
		if p.pos < len(p.src) {
			c := p.src[p.pos]
			p.pos++
			return rune(c % 32), nil, nil
		}
		return 0, nil, errBadClass
	case 'x':
		if p.pos+2 > len(p.src) {
			return 0, nil, errBadClass
		}
		v, err := strconv.ParseUint(p.src[p.pos:p.pos+2], 16, 32)
		if err != nil {
			return 0, nil, errBadClass
		}
		p.pos += 2
		return rune(v), nil, nil
	case 'u':
		if p.peek() == '{' {
			end := strings.IndexByte(p.src[p.pos:], '}')
			if end < 0 {
				return 0, nil, errBadClass
			}
			v, err := strconv.ParseUint(p.src[p.pos+1:p.pos+end], 16, 32)
			if err != nil {
				return 0, nil, errBadClass
			}
			p.pos += end + 1
			return rune(v), nil, nil
		}
		if p.pos+4 > len(p.src) {
			return 0, nil, errBadClass
		}
		v, err := strconv.ParseUint(p.src[p.pos:p.pos+4], 16, 32)
		if err != nil {
			return 0, nil, errBadClass
		}
		p.pos += 4
		r := rune(v)
		// a surrogate pair written as two \u escapes is one code point
		if r >= 0xD800 && r <= 0xDBFF && strings.HasPrefix(p.src[p.pos:], `\u`) && p.pos+6 <= len(p.src) {
			if lo, err := strconv.ParseUint(p.src[p.pos+2:p.pos+6], 16, 32); err == nil && lo >= 0xDC00 && lo <= 0xDFFF {
				p.pos += 6
				r = (r-0xD800)<<10 + rune(lo) - 0xDC00 + 0x10000
			}
		}
		return r, nil, nil
	}
	// an escaped syntax character stands for itself
	r := []rune(p.src[p.pos-1 : min(len(p.src), p.pos+3)])[0]
	p.pos += len(string(r)) - 1
	return r, nil, nil
}

// stringProperties are the v-mode properties whose values are strings.
var stringProperties = map[string]bool{
	"Basic_Emoji": true, "Emoji_Keycap_Sequence": true, "RGI_Emoji_Modifier_Sequence": true,
	"RGI_Emoji_Flag_Sequence": true, "RGI_Emoji_Tag_Sequence": true, "RGI_Emoji_ZWJ_Sequence": true, "RGI_Emoji": true,
}
