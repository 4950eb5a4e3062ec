package url

import (
	"strings"
	"unicode/utf8"
)

// encodeSet is one of the URL Standard's percent-encode sets
// (https://url.spec.whatwg.org/#percent-encoded-bytes): a byte is
// percent-encoded when it is outside printable ASCII or its bit is set.
type encodeSet [4]uint32

func (s *encodeSet) has(b byte) bool {
	if b < 0x20 || b > 0x7e {
		return true
	}
	return s[b>>5]&(1<<(b&31)) != 0
}

func (s encodeSet) with(chars string) encodeSet {
	for i := 0; i < len(chars); i++ {
		b := chars[i]
		s[b>>5] |= 1 << (b & 31)
	}
	return s
}

var (
	c0ControlSet    encodeSet
	fragmentSet     = c0ControlSet.with(" \"<>`")
	querySet        = c0ControlSet.with(" \"#<>")
	specialQuerySet = querySet.with("'")
	pathSet         = querySet.with("?`{}")
	userinfoSet     = pathSet.with("/:;=@[\\]^|")
	componentSet    = userinfoSet.with("$%&+,")
	formSet         = componentSet.with("!'()~")
)

const upperHex = "0123456789ABCDEF"

// appendEncoded appends the UTF-8 bytes of s, percent-encoding those in
// set. Go strings from goja carry lone surrogates as U+FFFD already, which
// is what the standard's UTF-8 encode does with them.
func appendEncoded(b *strings.Builder, s string, set *encodeSet) {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if set.has(c) {
			b.WriteByte('%')
			b.WriteByte(upperHex[c>>4])
			b.WriteByte(upperHex[c&15])
		} else {
			b.WriteByte(c)
		}
	}
}

func encodeString(s string, set *encodeSet) string {
	for i := 0; i < len(s); i++ {
		if set.has(s[i]) {
			var b strings.Builder
			b.Grow(len(s) + 8)
			appendEncoded(&b, s, set)
			return b.String()
		}
	}
	return s
}

func unhex(c byte) (byte, bool) {
	switch {
	case '0' <= c && c <= '9':
		return c - '0', true
	case 'a' <= c && c <= 'f':
		return c - 'a' + 10, true
	case 'A' <= c && c <= 'F':
		return c - 'A' + 10, true
	}
	return 0, false
}

// percentDecode turns %XX sequences into bytes, leaving malformed ones
// as they are.
func percentDecode(s string) []byte {
	out := make([]byte, 0, len(s))
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c == '%' && i+2 < len(s) {
			h, ok1 := unhex(s[i+1])
			l, ok2 := unhex(s[i+2])
			if ok1 && ok2 {
				out = append(out, h<<4|l)
				i += 2
				continue
			}
		}
		out = append(out, c)
	}
	return out
}

// utf8Lossy is the standard's "UTF-8 decode without BOM": invalid
// sequences become U+FFFD.
func utf8Lossy(b []byte) string {
	if utf8.Valid(b) {
		return string(b)
	}
	return strings.ToValidUTF8(string(b), "\uFFFD")
}

// formEncode is the application/x-www-form-urlencoded serializer for one
// name or value: spaces become '+'.
func formEncode(b *strings.Builder, s string) {
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c == ' ':
			b.WriteByte('+')
		case formSet.has(c):
			b.WriteByte('%')
			b.WriteByte(upperHex[c>>4])
			b.WriteByte(upperHex[c&15])
		default:
			b.WriteByte(c)
		}
	}
}

// formDecode is the parser's per-name/value step: '+' is a space, then
// percent-decoding, then lossy UTF-8.
func formDecode(s string) string {
	if strings.IndexByte(s, '+') < 0 && strings.IndexByte(s, '%') < 0 {
		return s
	}
	return utf8Lossy(percentDecode(strings.ReplaceAll(s, "+", " ")))
}
