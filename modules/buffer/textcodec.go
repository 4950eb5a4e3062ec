package buffer

import (
	"encoding/binary"
	"unicode/utf8"

	"github.com/dop251/goja"
)

// encodeInto is TextEncoder.prototype.encodeInto: as many whole
// characters of s as fit in dst, returning code units read and bytes
// written. Lone surrogates encode as U+FFFD.
func encodeInto(s goja.String, dst []byte) (read, written int) {
	n := s.Length()
	var tmp [4]byte
	for read < n {
		c := rune(s.CharAt(read))
		units := 1
		if c >= 0xd800 && c <= 0xdbff && read+1 < n {
			if d := rune(s.CharAt(read + 1)); d >= 0xdc00 && d <= 0xdfff {
				c = (c-0xd800)<<10 + (d - 0xdc00) + 0x10000
				units = 2
			}
		}
		if c >= 0xd800 && c <= 0xdfff {
			c = utf8.RuneError
		}
		if c < utf8.RuneSelf {
			if written >= len(dst) {
				break
			}
			dst[written] = byte(c)
			written++
			read++
			continue
		}
		k := utf8.EncodeRune(tmp[:], c)
		if written+k > len(dst) {
			break
		}
		copy(dst[written:], tmp[:k])
		written += k
		read += units
	}
	return read, written
}

// decodeUTF16 is the WHATWG UTF-16LE/BE decoder over whole input: lone
// surrogates and an odd final byte become U+FFFD, or make it fail when
// fatal.
func decodeUTF16(b []byte, bigEndian, fatal bool) ([]uint16, bool) {
	order := binary.ByteOrder(binary.LittleEndian)
	if bigEndian {
		order = binary.BigEndian
	}
	u := make([]uint16, 0, len(b)/2+1)
	n := len(b) / 2
	for i := 0; i < n; i++ {
		c := order.Uint16(b[2*i:])
		switch {
		case c >= 0xd800 && c <= 0xdbff:
			if i+1 < n {
				if d := order.Uint16(b[2*i+2:]); d >= 0xdc00 && d <= 0xdfff {
					u = append(u, c, d)
					i++
					continue
				}
			}
			fallthrough
		case c >= 0xdc00 && c <= 0xdfff:
			if fatal {
				return nil, false
			}
			u = append(u, 0xfffd)
		default:
			u = append(u, c)
		}
	}
	if len(b)%2 == 1 {
		if fatal {
			return nil, false
		}
		u = append(u, 0xfffd)
	}
	return u, true
}

// utf16Pending is how many trailing bytes a streaming UTF-16 decoder
// holds back: an odd byte, and a high surrogate whose pair may follow.
func utf16Pending(b []byte, bigEndian bool) int {
	odd := len(b) % 2
	if len(b)-odd < 2 {
		return odd
	}
	last := b[len(b)-odd-2:]
	var c uint16
	if bigEndian {
		c = binary.BigEndian.Uint16(last)
	} else {
		c = binary.LittleEndian.Uint16(last)
	}
	if c >= 0xd800 && c <= 0xdbff {
		return odd + 2
	}
	return odd
}
