package buffer

import (
	"encoding/binary"
	"unsafe"

	"github.com/dop251/goja"
)

// Table-driven base64 and hex codecs. encoding/base64 and encoding/hex
// work a character at a time; these look up 12 bits (two base64
// characters) or a whole byte (two hex digits) per step, which is what
// brings Buffer's codecs level with node's SIMD ones (make bench).

const (
	stdAlphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
	urlAlphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"
	hexDigits   = "0123456789abcdef"
)

// pairTable maps 12 bits to their two characters, first one in the low
// byte (little-endian stores put it first in memory).
func pairTable(alphabet string) (t [4096]uint16) {
	for i := range t {
		t[i] = uint16(alphabet[i>>6]) | uint16(alphabet[i&63])<<8
	}
	return t
}

var (
	stdPairs = pairTable(stdAlphabet)
	urlPairs = pairTable(urlAlphabet)
)

// hexPairs maps a byte to its two lowercase digits, low byte first.
var hexPairs = func() (t [256]uint16) {
	for i := range t {
		t[i] = uint16(hexDigits[i>>4]) | uint16(hexDigits[i&15])<<8
	}
	return t
}()

// dec0..dec3 give a character's 6 bits already shifted into place for
// its position in a 4-character group; an invalid character (anything
// outside both alphabets, '=' included) sets bit 31 so a group is checked
// with one test.
var dec0, dec1, dec2, dec3 = func() (a, b, c, d [256]uint32) {
	for i := 0; i < 256; i++ {
		v := uint32(unbase64[i])
		if v == 0xff {
			a[i], b[i], c[i], d[i] = 1<<31, 1<<31, 1<<31, 1<<31
			continue
		}
		a[i], b[i], c[i], d[i] = v<<18, v<<12, v<<6, v
	}
	return
}()

// unhex maps a hex digit to its value, 0xff for anything else.
var unhex = func() (t [256]byte) {
	for i := range t {
		t[i] = 0xff
	}
	for i := 0; i < 10; i++ {
		t['0'+i] = byte(i)
	}
	for i := 0; i < 6; i++ {
		t['a'+i], t['A'+i] = byte(10+i), byte(10+i)
	}
	return t
}()

// bytesToString hands b to a string without a copy; b must not change
// afterwards.
func bytesToString(b []byte) string { return unsafe.String(unsafe.SliceData(b), len(b)) }

// encodeBase64 writes src as base64 (padded) or base64url (unpadded), as
// Node's toString does.
func encodeBase64(src []byte, url bool) string {
	pairs := &stdPairs
	n := (len(src) + 2) / 3 * 4
	if url {
		pairs = &urlPairs
		n = (len(src)*8 + 5) / 6
	}
	if n == 0 {
		return ""
	}
	dst := make([]byte, (len(src)+2)/3*4)
	i, j := 0, 0
	// Six input bytes make eight characters: four table lookups.
	for ; i+8 <= len(src); i, j = i+6, j+8 {
		v := binary.BigEndian.Uint64(src[i:])
		binary.LittleEndian.PutUint64(dst[j:],
			uint64(pairs[v>>52])|uint64(pairs[v>>40&0xfff])<<16|
				uint64(pairs[v>>28&0xfff])<<32|uint64(pairs[v>>16&0xfff])<<48)
	}
	for ; i+3 <= len(src); i, j = i+3, j+4 {
		v := uint(src[i])<<16 | uint(src[i+1])<<8 | uint(src[i+2])
		binary.LittleEndian.PutUint16(dst[j:], pairs[v>>12])
		binary.LittleEndian.PutUint16(dst[j+2:], pairs[v&0xfff])
	}
	alphabet := stdAlphabet
	if url {
		alphabet = urlAlphabet
	}
	switch len(src) - i {
	case 1:
		v := uint(src[i])
		dst[j], dst[j+1], dst[j+2], dst[j+3] = alphabet[v>>2], alphabet[v<<4&63], '=', '='
	case 2:
		v := uint(src[i])<<8 | uint(src[i+1])
		dst[j], dst[j+1], dst[j+2], dst[j+3] = alphabet[v>>10], alphabet[v>>4&63], alphabet[v<<2&63], '='
	}
	return bytesToString(dst[:n])
}

// decodeBase64Groups decodes whole 4-character groups of valid
// characters from the start of src while they fit in dst, and reports
// how many bytes it wrote and characters it read: the rest (padding,
// skipped characters, a partial group) is for the lenient decoder.
func decodeBase64Groups(dst []byte, src string) (k, i int) {
	// Eight characters make six bytes, stored as one 8-byte write (the
	// two extra bytes are overwritten by the next group or lie past the
	// end the caller keeps).
	for len(src)-i >= 8 && len(dst)-k >= 8 {
		s := src[i : i+8]
		x := dec0[s[0]] | dec1[s[1]] | dec2[s[2]] | dec3[s[3]]
		y := dec0[s[4]] | dec1[s[5]] | dec2[s[6]] | dec3[s[7]]
		if (x|y)&(1<<31) != 0 {
			break
		}
		binary.BigEndian.PutUint64(dst[k:k+8], uint64(x)<<40|uint64(y)<<16)
		i, k = i+8, k+6
	}
	for len(src)-i >= 4 && len(dst)-k >= 3 {
		s := src[i : i+4]
		x := dec0[s[0]] | dec1[s[1]] | dec2[s[2]] | dec3[s[3]]
		if x&(1<<31) != 0 {
			break
		}
		d := dst[k : k+3]
		d[0], d[1], d[2] = byte(x>>16), byte(x>>8), byte(x)
		i, k = i+4, k+3
	}
	return k, i
}

// base64MaxDecodedLen bounds what decodeBase64 writes for src.
func base64MaxDecodedLen(src string) int { return len(src)/4*3 + 2 }

// decodeHex decodes pairs of hex digits into dst until the first pair that
// is not one, or dst is full, as Node does; a trailing odd digit is
// ignored.
func decodeHex(dst []byte, src string) int {
	n := min(len(dst), len(src)/2)
	k := 0
	// Eight digits at a time; any invalid one (0xff in unhex) sets high
	// bits, and the byte loop below then finds exactly where it stops.
	for ; n-k >= 4; k += 4 {
		s := src[2*k : 2*k+8]
		a, b, c, d := unhex[s[0]], unhex[s[1]], unhex[s[2]], unhex[s[3]]
		e, f, g, h := unhex[s[4]], unhex[s[5]], unhex[s[6]], unhex[s[7]]
		if (a|b|c|d|e|f|g|h)&0xf0 != 0 {
			break
		}
		binary.BigEndian.PutUint32(dst[k:k+4], uint32(a<<4|b)<<24|uint32(c<<4|d)<<16|uint32(e<<4|f)<<8|uint32(g<<4|h))
	}
	for ; k < n; k++ {
		hi, lo := unhex[src[2*k]], unhex[src[2*k+1]]
		if hi == 0xff || lo == 0xff {
			return k
		}
		dst[k] = hi<<4 | lo
	}
	return n
}

// encodeHex writes src as lowercase hex digits.
func encodeHex(src []byte) string {
	if len(src) == 0 {
		return ""
	}
	dst := make([]byte, len(src)*2)
	i := 0
	for ; i+4 <= len(src); i += 4 {
		binary.LittleEndian.PutUint64(dst[2*i:],
			uint64(hexPairs[src[i]])|uint64(hexPairs[src[i+1]])<<16|
				uint64(hexPairs[src[i+2]])<<32|uint64(hexPairs[src[i+3]])<<48)
	}
	for ; i < len(src); i++ {
		binary.LittleEndian.PutUint16(dst[2*i:], hexPairs[src[i]])
	}
	return bytesToString(dst)
}

// asciiTemplate is a goja ASCII string value; asciiValue reuses its
// dynamic type.
var asciiTemplate = goja.StringFromUTF16([]uint16{'a'})

// asciiValue makes s, which the caller guarantees is pure ASCII, a goja
// string value without the scan goja's ToValue does (and a second one
// when the string is decoded again): the codecs' output is ASCII by
// construction, and on 1 MiB inputs the scan costs as much as the
// encoding. goja keeps ASCII strings as a Go string type behind its
// String interface; the value is built as an interface of that same
// dynamic type whose data word points at s.
func asciiValue(s string) goja.Value {
	v := goja.Value(asciiTemplate)
	type iface struct{ tab, data unsafe.Pointer }
	p := new(string)
	*p = s
	(*iface)(unsafe.Pointer(&v)).data = unsafe.Pointer(p)
	return v
}
