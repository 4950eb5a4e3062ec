package buffer

import (
	"bytes"
	"unicode/utf16"
	"unicode/utf8"
)

// indexOfOffset is where a search starts, following Node's IndexOfOffset
// (src/node_buffer.cc): negative offsets count from the end, and an
// offset outside the buffer either searches everything or nothing
// depending on the direction. -1 means no match is possible.
func indexOfOffset(length, offset, needle int, forward bool) int {
	if offset < 0 {
		switch {
		case offset+length >= 0:
			return length + offset
		case forward || needle == 0:
			return 0
		default:
			return -1
		}
	}
	switch {
	case offset+needle <= length:
		return offset
	case needle == 0:
		return length
	case forward:
		return -1
	default:
		return length - 1
	}
}

// indexOf finds needle in h from offset in either direction; ucs2
// searches whole 16-bit units at even positions only, as Node does.
func indexOf(h, needle []byte, offset int, forward, ucs2 bool) int {
	return indexOfQuirk(h, needle, offset, forward, ucs2, false)
}

// indexOfQuirk is indexOf; with oddMiss, a failed UCS-2 search of an
// odd-length haystack returns len(h)-1 instead of -1, as Node's
// IndexOfBuffer does (it compares the doubled unit count "not found"
// sentinel with the byte length, and they differ by one).
func indexOfQuirk(h, needle []byte, offset int, forward, ucs2, oddMiss bool) int {
	off := indexOfOffset(len(h), offset, len(needle), forward)
	if len(needle) == 0 {
		return off
	}
	if len(h) == 0 || off < 0 {
		return -1
	}
	if (forward && len(needle)+off > len(h)) || len(needle) > len(h) {
		return -1
	}
	if ucs2 {
		if len(h) < 2 || len(needle) < 2 {
			return -1
		}
		miss := -1
		if oddMiss && len(h)%2 == 1 {
			miss = len(h) - 1
		}
		h, needle = h[:len(h)&^1], needle[:len(needle)&^1]
		off &^= 1
		if r := searchUnits(h, needle, off, forward); r >= 0 {
			return r
		}
		return miss
	}
	if forward {
		j := bytes.Index(h[off:], needle)
		if j < 0 {
			return -1
		}
		return off + j
	}
	end := off + len(needle)
	if end > len(h) {
		end = len(h)
	}
	return bytes.LastIndex(h[:end], needle)
}

// searchUnits finds needle at an even position of h, from off forward
// or at most off backward.
func searchUnits(h, needle []byte, off int, forward bool) int {
	if forward {
		for i := off; i+len(needle) <= len(h); {
			j := bytes.Index(h[i:], needle)
			if j < 0 {
				return -1
			}
			if (i+j)%2 == 0 {
				return i + j
			}
			i += j + 1
		}
		return -1
	}
	end := min(off+len(needle), len(h))
	for end >= len(needle) {
		j := bytes.LastIndex(h[:end], needle)
		if j < 0 {
			return -1
		}
		if j%2 == 0 {
			return j
		}
		end = j + len(needle) - 1
	}
	return -1
}

// fill repeats pat over dst, doubling the copied prefix each round.
func fill(dst, pat []byte) {
	if len(dst) == 0 {
		return
	}
	n := copy(dst, pat)
	for n < len(dst) {
		n += copy(dst[n:], dst[:n])
	}
}

// swap reverses every size-byte group in place (swap16/32/64).
func swap(b []byte, size int) {
	for i := 0; i+size <= len(b); i += size {
		g := b[i : i+size]
		for l, r := 0, size-1; l < r; l, r = l+1, r-1 {
			g[l], g[r] = g[r], g[l]
		}
	}
}

// utf8Pending is how many trailing bytes of b start a UTF-8 sequence that
// later bytes could still complete; a streaming decoder holds them back.
func utf8Pending(b []byte) int {
	for k := 1; k <= 3 && k <= len(b); k++ {
		i := len(b) - k
		c := b[i]
		if c < 0x80 {
			return 0
		}
		if c < 0xc0 {
			continue // a continuation byte: keep looking for the lead
		}
		need := 0
		switch {
		case c >= 0xc2 && c <= 0xdf:
			need = 2
		case c >= 0xe0 && c <= 0xef:
			need = 3
		case c >= 0xf0 && c <= 0xf4:
			need = 4
		default:
			return 0
		}
		if k < need && maximalSubpart(b[i:]) == k {
			return k
		}
		return 0
	}
	return 0
}

// atob errors, reported to the shim with Node's two messages.
const (
	atobOK = iota
	atobInvalidChar
	atobBadLength
)

// atob is forgiving-base64 decode (https://infra.spec.whatwg.org/#forgiving-base64)
// with Node's checks in Node's order: a character outside the alphabet, or
// '=' anywhere but at the end (at most two, and only when they complete a
// group), is an invalid character; a lone last character is bad length.
func atob(s string) ([]byte, int) {
	count, equals := 0, 0
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c == '\t' || c == '\n' || c == '\f' || c == '\r' || c == ' ':
			continue
		case c == '=':
			equals++
			if equals > 2 {
				return nil, atobInvalidChar
			}
		case c == '-' || c == '_' || unbase64[c] == 0xff:
			return nil, atobInvalidChar
		default:
			if equals > 0 {
				return nil, atobInvalidChar
			}
		}
		count++
	}
	rem := count % 4
	if rem == 0 {
		rem = (count - equals) % 4
	} else if equals > 0 {
		return nil, atobInvalidChar
	}
	if rem == 1 {
		return nil, atobBadLength
	}
	out := make([]byte, base64DecodedLen(s))
	return out[:decodeBase64(out, s)], atobOK
}

// transcode converts between the encodings Node's ICU-based transcode
// accepts. Characters the target cannot hold become '?', as ICU's
// substitution does; ill-formed UTF-8 input is an error.
func transcode(src []byte, from, to int) ([]byte, bool) {
	var units []uint16
	switch from {
	case EncUTF8:
		if !utf8.Valid(src) {
			return nil, false
		}
		units = utf16.Encode([]rune(string(src)))
	case EncUCS2:
		units = decodeUCS2(src)
	case EncLatin1:
		units = make([]uint16, len(src))
		for i, c := range src {
			units[i] = uint16(c)
		}
	case EncASCII:
		units = make([]uint16, len(src))
		for i, c := range src {
			if c >= 0x80 {
				units[i] = 0xfffd
			} else {
				units[i] = uint16(c)
			}
		}
	}
	switch to {
	case EncUTF8:
		return []byte(unitsToUTF8(units)), true
	case EncUCS2:
		out := make([]byte, len(units)*2)
		writeUCS2(out, units)
		return out, true
	}
	limit := rune(0xff)
	if to == EncASCII {
		limit = 0x7f
	}
	out := make([]byte, 0, len(units))
	for _, r := range utf16.Decode(units) {
		if r > limit {
			r = '?'
		}
		out = append(out, byte(r))
	}
	return out, true
}
