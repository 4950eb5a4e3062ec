package buffer

import (
	"encoding/binary"
	"unicode/utf16"
	"unicode/utf8"
	"unsafe"
)

// Encoding numbers shared with the shims (readwrite.js normalises names
// to these before calling into Go) and with package stringdecoder.
const (
	// EncUTF8 and the others name Node's Buffer encodings; ucs2 is
	// utf16le and latin1 is binary.
	EncUTF8 = iota + 1
	EncUCS2
	EncLatin1
	EncASCII
	EncBase64
	EncBase64URL
	EncHex
)

// unbase64 maps a byte to its 6-bit value in either alphabet: Node
// decodes base64 and base64url input alike. 0xff marks bytes to skip.
var unbase64 = func() (t [256]byte) {
	for i := range t {
		t[i] = 0xff
	}
	const std = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
	for i := 0; i < 64; i++ {
		t[std[i]] = byte(i)
	}
	t['-'], t['_'] = 62, 63
	return t
}()

// decodeBase64 decodes src into dst the way Node does: characters outside
// both alphabets are skipped, the first '=' ends the input, and a trailing
// group of 2 or 3 characters still yields its 1 or 2 whole bytes. It
// returns the number of bytes written, never more than len(dst).
func decodeBase64(dst []byte, src string) int {
	// Whole groups of valid characters (all of well-formed input but its
	// padded end) take the table-driven path; the loop below applies
	// Node's lenient rules to whatever is left.
	k, start := decodeBase64Groups(dst, src)
	src = src[start:]
	var acc uint32
	n := 0
	for i := 0; i < len(src); i++ {
		c := src[i]
		v := unbase64[c]
		if v == 0xff {
			if c == '=' {
				break
			}
			continue
		}
		acc = acc<<6 | uint32(v)
		n++
		if n == 4 {
			if k+3 > len(dst) {
				// Only part of the group fits.
				b := [3]byte{byte(acc >> 16), byte(acc >> 8), byte(acc)}
				k += copy(dst[k:], b[:])
				return k
			}
			dst[k], dst[k+1], dst[k+2] = byte(acc>>16), byte(acc>>8), byte(acc)
			k += 3
			n, acc = 0, 0
		}
	}
	var b [2]byte
	switch n {
	case 2:
		b[0] = byte(acc >> 4)
		k += copy(dst[k:], b[:1])
	case 3:
		b[0], b[1] = byte(acc>>10), byte(acc>>2)
		k += copy(dst[k:], b[:2])
	}
	return k
}

// unsafeBytes views a string's bytes without copying; callers only read.
func unsafeBytes(s string) []byte { return unsafe.Slice(unsafe.StringData(s), len(s)) }

// base64DecodedLen is the exact number of bytes decodeBase64 yields.
func base64DecodedLen(src string) int {
	n := 0
	for i := 0; i < len(src); i++ {
		c := src[i]
		if unbase64[c] != 0xff {
			n++
		} else if c == '=' {
			break
		}
	}
	out := n / 4 * 3
	switch n % 4 {
	case 2:
		out++
	case 3:
		out += 2
	}
	return out
}

// writeUTF8 encodes s (already UTF-8, lone surrogates replaced by U+FFFD
// when goja converted it) into dst without splitting a character, as
// Node's write does when the buffer runs out.
func writeUTF8(dst []byte, s string) int {
	if len(s) <= len(dst) {
		return copy(dst, s)
	}
	n := len(dst)
	// Back up to the start of the character that would be cut.
	for n > 0 && n < len(s) && !utf8.RuneStart(s[n]) {
		n--
	}
	return copy(dst, s[:n])
}

// decodeUTF8 turns bytes into a string with the WHATWG decoder's
// replacement rule: each maximal subpart of an ill-formed sequence becomes
// one U+FFFD (Go's utf8 package would give one per byte).
func decodeUTF8(b []byte) string {
	if utf8.Valid(b) {
		return string(b)
	}
	out := make([]byte, 0, len(b)+8)
	for i := 0; i < len(b); {
		c := b[i]
		if c < utf8.RuneSelf {
			out = append(out, c)
			i++
			continue
		}
		r, size := utf8.DecodeRune(b[i:])
		if r != utf8.RuneError || size > 1 {
			out = append(out, b[i:i+size]...)
			i += size
			continue
		}
		i += maximalSubpart(b[i:])
		out = append(out, "\uFFFD"...)
	}
	return string(out)
}

// maximalSubpart is the length of the ill-formed prefix of b that decodes
// to a single U+FFFD (Unicode 3.9, "U+FFFD substitution of maximal
// subparts"), at least 1.
func maximalSubpart(b []byte) int {
	lo, hi := byte(0x80), byte(0xbf)
	need := 0
	switch c := b[0]; {
	case c >= 0xc2 && c <= 0xdf:
		need = 1
	case c == 0xe0:
		need, lo = 2, 0xa0
	case c == 0xed:
		need, hi = 2, 0x9f
	case c >= 0xe1 && c <= 0xef:
		need = 2
	case c == 0xf0:
		need, lo = 3, 0x90
	case c == 0xf4:
		need, hi = 3, 0x8f
	case c >= 0xf1 && c <= 0xf3:
		need = 3
	default:
		return 1
	}
	n := 1
	for ; n <= need && n < len(b); n++ {
		if b[n] < lo || b[n] > hi {
			break
		}
		lo, hi = 0x80, 0xbf
	}
	return n
}

// decodeUCS2 reads little-endian code units; an odd last byte is dropped.
func decodeUCS2(b []byte) []uint16 {
	u := make([]uint16, len(b)/2)
	for i := range u {
		u[i] = binary.LittleEndian.Uint16(b[2*i:])
	}
	return u
}

// writeUCS2 writes whole code units only.
func writeUCS2(dst []byte, u []uint16) int {
	n := len(u)
	if n*2 > len(dst) {
		n = len(dst) / 2
	}
	for i := 0; i < n; i++ {
		binary.LittleEndian.PutUint16(dst[2*i:], u[i])
	}
	return n * 2
}

// latin1String maps bytes to the code points U+0000..U+00FF.
func latin1String(b []byte) string {
	ascii := true
	for _, c := range b {
		if c >= 0x80 {
			ascii = false
			break
		}
	}
	if ascii {
		return string(b)
	}
	out := make([]byte, 0, len(b)*2)
	for _, c := range b {
		out = utf8.AppendRune(out, rune(c))
	}
	return string(out)
}

// latin1Units is latin1String as UTF-16 code units, which goja takes
// without re-scanning UTF-8.
func latin1Units(b []byte) []uint16 {
	u := make([]uint16, len(b))
	for i, c := range b {
		u[i] = uint16(c)
	}
	return u
}

// asciiString clears the top bit of every byte, as Node's 'ascii'
// decoding does.
func asciiString(b []byte) string {
	out := make([]byte, len(b))
	for i, c := range b {
		out[i] = c & 0x7f
	}
	return string(out)
}

// unitsToUTF8 is for the rare case of needing UTF-8 from code units
// (transcode); lone surrogates become U+FFFD.
func unitsToUTF8(u []uint16) string { return string(utf16.Decode(u)) }

// isUTF8 reports well-formed UTF-8, surrogate code points excluded (Go's
// definition agrees with Node's simdutf-based isUtf8).
func isUTF8(b []byte) bool { return utf8.Valid(b) }

func isASCII(b []byte) bool {
	for _, c := range b {
		if c >= 0x80 {
			return false
		}
	}
	return true
}
