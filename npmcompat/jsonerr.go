package npmcompat

import (
	"fmt"
	"unicode/utf16"
)

// describeJSONError returns the message V8's JSON.parse (Node 20) throws
// for src, or "" when src is valid JSON. Node prefixes these messages with
// the file for a bad package.json or .json module, and users match on
// them, so the loader reports V8's wording rather than the engine's.
//
// Positions count UTF-16 code units, as JavaScript string indices do.
func describeJSONError(src string) string {
	p := &jsonChecker{s: utf16.Encode([]rune(src)), src: src}
	if msg := p.value(); msg != "" {
		return msg
	}
	p.skipSpace()
	if p.pos < len(p.s) {
		return fmt.Sprintf("Unexpected non-whitespace character after JSON at position %d", p.pos)
	}
	return ""
}

// jsonChecker validates JSON and reports the first error the way V8's
// JsonParser does. Each method returns "" on success or the message.
type jsonChecker struct {
	s   []uint16
	src string
	pos int
}

const (
	jsonEOS = "Unexpected end of JSON input"
	// v8ContextChars is kMaxContextCharacters in V8's json-parser: the
	// characters quoted on each side of an unexpected token once the
	// source is at least 2*v8ContextChars+1 long.
	v8ContextChars = 10
)

func (p *jsonChecker) at(msg string, pos int) string {
	return fmt.Sprintf("%s in JSON at position %d", msg, pos)
}

func (p *jsonChecker) eof() bool { return p.pos >= len(p.s) }

func (p *jsonChecker) skipSpace() {
	for !p.eof() {
		switch p.s[p.pos] {
		case ' ', '\t', '\n', '\r':
			p.pos++
		default:
			return
		}
	}
}

// unexpected is V8's ReportUnexpectedToken for the token starting at pos.
func (p *jsonChecker) unexpected(pos int) string {
	if pos >= len(p.s) {
		return jsonEOS
	}
	c := p.s[pos]
	switch {
	case c == '"':
		return p.at("Unexpected string", pos)
	case c == '-' || isDigit16(c):
		return p.at("Unexpected number", pos)
	}
	switch p.src {
	case "NaN", "Infinity", "undefined", "[object Object]":
		return fmt.Sprintf("%q is not valid JSON", p.src)
	}
	tok := string(utf16.Decode([]uint16{c}))
	n := len(p.s)
	if n < 2*v8ContextChars+1 {
		return fmt.Sprintf("Unexpected token '%s', \"%s\" is not valid JSON", tok, p.src)
	}
	sub := func(from, to int) string { return string(utf16.Decode(p.s[from:to])) }
	switch {
	case pos < v8ContextChars:
		return fmt.Sprintf("Unexpected token '%s', \"%s\"... is not valid JSON", tok, sub(0, pos+v8ContextChars))
	case pos < n-v8ContextChars:
		return fmt.Sprintf("Unexpected token '%s', ...\"%s\"... is not valid JSON", tok, sub(pos-v8ContextChars, pos+v8ContextChars))
	default:
		return fmt.Sprintf("Unexpected token '%s', ...\"%s\" is not valid JSON", tok, sub(pos-v8ContextChars, n))
	}
}

func isDigit16(c uint16) bool { return c >= '0' && c <= '9' }

func (p *jsonChecker) value() string {
	p.skipSpace()
	if p.eof() {
		return jsonEOS
	}
	switch c := p.s[p.pos]; {
	case c == '"':
		return p.str()
	case c == '-' || isDigit16(c):
		return p.number()
	case c == '{':
		return p.object()
	case c == '[':
		return p.array()
	case c == 't':
		return p.literal("true")
	case c == 'f':
		return p.literal("false")
	case c == 'n':
		return p.literal("null")
	}
	return p.unexpected(p.pos)
}

func (p *jsonChecker) literal(word string) string {
	for i := 0; i < len(word); i++ {
		if p.pos+i >= len(p.s) {
			return jsonEOS
		}
		if p.s[p.pos+i] != uint16(word[i]) {
			return p.unexpected(p.pos + i)
		}
	}
	p.pos += len(word)
	return ""
}

func (p *jsonChecker) digits() {
	for !p.eof() && isDigit16(p.s[p.pos]) {
		p.pos++
	}
}

func (p *jsonChecker) number() string {
	if p.s[p.pos] == '-' {
		p.pos++
		if p.eof() || !isDigit16(p.s[p.pos]) {
			return p.at("No number after minus sign", p.pos)
		}
	}
	if p.s[p.pos] == '0' {
		p.pos++
		if !p.eof() && isDigit16(p.s[p.pos]) {
			return p.at("Unexpected number", p.pos)
		}
	} else {
		p.digits()
	}
	if !p.eof() && p.s[p.pos] == '.' {
		p.pos++
		if p.eof() || !isDigit16(p.s[p.pos]) {
			return p.at("Unterminated fractional number", p.pos)
		}
		p.digits()
	}
	if !p.eof() && (p.s[p.pos] == 'e' || p.s[p.pos] == 'E') {
		p.pos++
		if !p.eof() && (p.s[p.pos] == '+' || p.s[p.pos] == '-') {
			p.pos++
		}
		if p.eof() || !isDigit16(p.s[p.pos]) {
			return p.at("Exponent part is missing a number", p.pos)
		}
		p.digits()
	}
	return ""
}

func isHex16(c uint16) bool {
	return isDigit16(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F')
}

func (p *jsonChecker) str() string {
	p.pos++ // opening quote
	for {
		if p.eof() {
			return p.at("Unterminated string", p.pos)
		}
		c := p.s[p.pos]
		switch {
		case c == '"':
			p.pos++
			return ""
		case c == '\\':
			p.pos++
			if p.eof() {
				return jsonEOS
			}
			switch p.s[p.pos] {
			case '"', '\\', '/', 'b', 'f', 'n', 'r', 't':
				p.pos++
			case 'u':
				p.pos++
				for i := 0; i < 4; i++ {
					if p.eof() || !isHex16(p.s[p.pos]) {
						return p.at("Bad Unicode escape", p.pos)
					}
					p.pos++
				}
			default:
				return p.at("Bad escaped character", p.pos)
			}
		case c < 0x20:
			return p.at("Bad control character in string literal", p.pos)
		default:
			p.pos++
		}
	}
}

func (p *jsonChecker) object() string {
	p.pos++ // {
	p.skipSpace()
	if !p.eof() && p.s[p.pos] == '}' {
		p.pos++
		return ""
	}
	for first := true; ; first = false {
		if p.eof() || p.s[p.pos] != '"' {
			if first {
				return p.at("Expected property name or '}'", p.pos)
			}
			return p.at("Expected double-quoted property name", p.pos)
		}
		if msg := p.str(); msg != "" {
			return msg
		}
		p.skipSpace()
		if p.eof() || p.s[p.pos] != ':' {
			// V8 has a dedicated message only for the first property;
			// later ones go through its generic token check.
			if first {
				return p.at("Expected ':' after property name", p.pos)
			}
			return p.unexpected(p.pos)
		}
		p.pos++
		if msg := p.value(); msg != "" {
			return msg
		}
		p.skipSpace()
		if !p.eof() && p.s[p.pos] == '}' {
			p.pos++
			return ""
		}
		if p.eof() || p.s[p.pos] != ',' {
			return p.at("Expected ',' or '}' after property value", p.pos)
		}
		p.pos++
		p.skipSpace()
	}
}

func (p *jsonChecker) array() string {
	p.pos++ // [
	p.skipSpace()
	if !p.eof() && p.s[p.pos] == ']' {
		p.pos++
		return ""
	}
	for {
		if msg := p.value(); msg != "" {
			return msg
		}
		p.skipSpace()
		if !p.eof() && p.s[p.pos] == ']' {
			p.pos++
			return ""
		}
		if p.eof() || p.s[p.pos] != ',' {
			return p.at("Expected ',' or ']' after array element", p.pos)
		}
		p.pos++
	}
}
