package url

import (
	"strconv"
	"strings"

	"golang.org/x/net/idna"
)

// idnaProfile is UTS #46 ToASCII with the flags the URL Standard's
// "domain to ASCII" uses (beStrict false): CheckBidi and CheckJoiners on,
// CheckHyphens, UseSTD3ASCIIRules and VerifyDnsLength off, nontransitional.
var idnaProfile = idna.New(
	idna.MapForLookup(),
	idna.BidiRule(),
	idna.CheckJoiners(true),
	idna.CheckHyphens(false),
	idna.StrictDomainName(false),
	idna.VerifyDNSLength(false),
	idna.Transitional(false),
)

// isForbiddenHost reports the standard's forbidden host code points.
func isForbiddenHost(c byte) bool {
	switch c {
	case 0, '\t', '\n', '\r', ' ', '#', '/', ':', '<', '>', '?', '@', '[', '\\', ']', '^', '|':
		return true
	}
	return false
}

func isForbiddenDomain(c byte) bool {
	return isForbiddenHost(c) || c <= 0x1f || c == '%' || c == 0x7f
}

// domainToASCII is the standard's "domain to ASCII" with beStrict false.
func domainToASCII(domain string) (string, bool) {
	ascii := true
	for i := 0; i < len(domain); i++ {
		c := domain[i]
		if c >= 0x80 {
			ascii = false
			break
		}
	}
	// Fast path: ASCII without punycode labels maps to its lower case.
	if ascii && !strings.Contains(strings.ToLower(domain), "xn--") {
		out := strings.ToLower(domain)
		if out == "" {
			return "", false
		}
		return out, true
	}
	out, err := idnaProfile.ToASCII(domain)
	if err != nil || out == "" || hasEmptyPunycodeLabel(domain) {
		return "", false
	}
	return out, true
}

// hasEmptyPunycodeLabel reports a label that is just "xn--": x/net/idna
// decodes it to nothing and drops it, where Node (ada) fails the domain.
func hasEmptyPunycodeLabel(domain string) bool {
	labels := strings.FieldsFunc(strings.ToLower(domain), func(r rune) bool {
		return r == '.' || r == '\u3002' || r == '\uff0e' || r == '\uff61'
	})
	for _, l := range labels {
		if l == "xn--" {
			return true
		}
	}
	return false
}

// parseHost is the host parser; special is "not isOpaque". The result is
// the serialized host.
func parseHost(input string, special bool) (string, bool) {
	if strings.HasPrefix(input, "[") {
		if !strings.HasSuffix(input, "]") {
			return "", false
		}
		addr, ok := parseIPv6(input[1 : len(input)-1])
		if !ok {
			return "", false
		}
		return "[" + serializeIPv6(addr) + "]", true
	}
	if !special {
		return parseOpaqueHost(input)
	}
	domain := utf8Lossy(percentDecode(input))
	ascii, ok := domainToASCII(domain)
	if !ok {
		return "", false
	}
	for i := 0; i < len(ascii); i++ {
		if isForbiddenDomain(ascii[i]) {
			return "", false
		}
	}
	if endsInNumber(ascii) {
		n, ok := parseIPv4(ascii)
		if !ok {
			return "", false
		}
		return serializeIPv4(n), true
	}
	return ascii, true
}

func parseOpaqueHost(input string) (string, bool) {
	for i := 0; i < len(input); i++ {
		if c := input[i]; c != '%' && isForbiddenHost(c) {
			return "", false
		}
	}
	return encodeString(input, &c0ControlSet), true
}

func endsInNumber(s string) bool {
	parts := strings.Split(s, ".")
	if parts[len(parts)-1] == "" {
		if len(parts) == 1 {
			return false
		}
		parts = parts[:len(parts)-1]
	}
	last := parts[len(parts)-1]
	if last != "" && strings.Trim(last, "0123456789") == "" {
		return true
	}
	_, ok := parseIPv4Number(last)
	return ok
}

// ipv4Overflow stands for any number too large for an IPv4 address part.
const ipv4Overflow = 1 << 40

func parseIPv4Number(s string) (uint64, bool) {
	if s == "" {
		return 0, false
	}
	radix := uint64(10)
	if len(s) >= 2 && (s[:2] == "0x" || s[:2] == "0X") {
		radix, s = 16, s[2:]
	} else if len(s) >= 2 && s[0] == '0' {
		radix, s = 8, s[1:]
	}
	var n uint64
	for i := 0; i < len(s); i++ {
		d, ok := unhex(s[i])
		if !ok || uint64(d) >= radix {
			return 0, false
		}
		if n < ipv4Overflow {
			n = n*radix + uint64(d)
		}
	}
	return n, true
}

func parseIPv4(s string) (uint32, bool) {
	parts := strings.Split(s, ".")
	if parts[len(parts)-1] == "" && len(parts) > 1 {
		parts = parts[:len(parts)-1]
	}
	if len(parts) > 4 {
		return 0, false
	}
	nums := make([]uint64, len(parts))
	for i, p := range parts {
		n, ok := parseIPv4Number(p)
		if !ok {
			return 0, false
		}
		nums[i] = n
	}
	for _, n := range nums[:len(nums)-1] {
		if n > 255 {
			return 0, false
		}
	}
	last := nums[len(nums)-1]
	if last >= uint64(1)<<(8*(5-len(nums))) {
		return 0, false
	}
	v := last
	for i, n := range nums[:len(nums)-1] {
		v += n << (8 * (3 - i))
	}
	return uint32(v), true
}

func serializeIPv4(n uint32) string {
	return strconv.Itoa(int(n>>24)) + "." + strconv.Itoa(int(n>>16&255)) + "." +
		strconv.Itoa(int(n>>8&255)) + "." + strconv.Itoa(int(n&255))
}

func isHex(c byte) bool { _, ok := unhex(c); return ok }

// parseIPv6 follows the standard's IPv6 parser step by step, embedded
// IPv4 included.
func parseIPv6(s string) ([8]uint16, bool) {
	var a [8]uint16
	piece, compress := 0, -1
	p := 0
	at := func(i int) byte {
		if i < len(s) {
			return s[i]
		}
		return 0
	}
	if at(p) == ':' {
		if at(p+1) != ':' {
			return a, false
		}
		p += 2
		piece++
		compress = piece
	}
	for p < len(s) {
		if piece == 8 {
			return a, false
		}
		if s[p] == ':' {
			if compress != -1 {
				return a, false
			}
			p++
			piece++
			compress = piece
			continue
		}
		value, length := 0, 0
		for length < 4 && p < len(s) && isHex(s[p]) {
			d, _ := unhex(s[p])
			value = value*16 + int(d)
			p++
			length++
		}
		if p < len(s) && s[p] == '.' {
			if length == 0 {
				return a, false
			}
			p -= length
			if piece > 6 {
				return a, false
			}
			seen := 0
			for p < len(s) {
				ipv4Piece := -1
				if seen > 0 {
					if s[p] == '.' && seen < 4 {
						p++
					} else {
						return a, false
					}
				}
				if p >= len(s) || s[p] < '0' || s[p] > '9' {
					return a, false
				}
				for p < len(s) && s[p] >= '0' && s[p] <= '9' {
					n := int(s[p] - '0')
					switch {
					case ipv4Piece == -1:
						ipv4Piece = n
					case ipv4Piece == 0:
						return a, false
					default:
						ipv4Piece = ipv4Piece*10 + n
					}
					if ipv4Piece > 255 {
						return a, false
					}
					p++
				}
				a[piece] = a[piece]*0x100 + uint16(ipv4Piece)
				seen++
				if seen == 2 || seen == 4 {
					piece++
				}
			}
			if seen != 4 {
				return a, false
			}
			break
		} else if p < len(s) && s[p] == ':' {
			p++
			if p >= len(s) {
				return a, false
			}
		} else if p < len(s) {
			return a, false
		}
		a[piece] = uint16(value)
		piece++
	}
	if compress != -1 {
		swaps := piece - compress
		piece = 7
		for piece != 0 && swaps > 0 {
			a[piece], a[compress+swaps-1] = a[compress+swaps-1], a[piece]
			piece--
			swaps--
		}
	} else if piece != 8 {
		return a, false
	}
	return a, true
}

func serializeIPv6(a [8]uint16) string {
	// The first longest run of two or more zero pieces is compressed.
	best, bestLen := -1, 1
	for i := 0; i < 8; {
		if a[i] != 0 {
			i++
			continue
		}
		j := i
		for j < 8 && a[j] == 0 {
			j++
		}
		if j-i > bestLen {
			best, bestLen = i, j-i
		}
		i = j
	}
	var b strings.Builder
	ignore := false
	for i := 0; i < 8; i++ {
		if ignore && a[i] == 0 {
			continue
		}
		ignore = false
		if i == best {
			if i == 0 {
				b.WriteString("::")
			} else {
				b.WriteByte(':')
			}
			ignore = true
			continue
		}
		b.WriteString(strconv.FormatUint(uint64(a[i]), 16))
		if i != 7 {
			b.WriteByte(':')
		}
	}
	return b.String()
}
