package path

import "strings"

// winRoot parses the root of a win32 path: a drive ('C:' or 'C:\'), a
// UNC share ('\\server\share' then a separator or the end), a device
// namespace ('\\.\' or '\\?\' then a name), or a lone leading separator.
// device is empty when there is none; rootEnd is where the rest starts
// (0 for a half-formed '\\server' root, which Node treats as root-less
// text after an absolute separator); uncEnd is where the share (or
// device) name ends, -1 when there is none.
func winRoot(p units) (device units, rootEnd int, absolute bool, uncEnd int) {
	n := len(p)
	if n == 0 {
		return nil, 0, false, -1
	}
	if isWinSep(p[0]) {
		if n == 1 || !isWinSep(p[1]) {
			return nil, 1, true, -1
		}
		j := 2
		for j < n && !isWinSep(p[j]) {
			j++
		}
		if j < n && j != 2 {
			server := p[2:j]
			k := j
			for k < n && isWinSep(p[k]) {
				k++
			}
			if k < n && k != j {
				m := k
				for m < n && !isWinSep(p[m]) {
					m++
				}
				// Since Node 20.19, '\\.\x' and '\\?\x' are device paths
				// whose name is part of the tail (CVE-2025-27210).
				if len(server) == 1 && (server[0] == dot || server[0] == question) {
					return units{backslash, backslash, server[0]}, 4, true, m
				}
				return concat(units{backslash, backslash}, server, units{backslash}, p[k:m]), m, true, m
			}
		}
		return nil, 0, true, -1
	}
	if hasDrive(p) {
		if n > 2 && isWinSep(p[2]) {
			return p[:2], 3, true, -1
		}
		return p[:2], 2, false, -1
	}
	return nil, 0, false, -1
}

// reservedNames are Windows device names that stay devices whatever their
// directory or extension; normalize must never turn a relative path into
// one. The superscript digits are Latin-1 units.
var reservedNames = map[string]bool{
	"CON": true, "PRN": true, "AUX": true, "NUL": true,
	"COM1": true, "COM2": true, "COM3": true, "COM4": true, "COM5": true,
	"COM6": true, "COM7": true, "COM8": true, "COM9": true,
	"LPT1": true, "LPT2": true, "LPT3": true, "LPT4": true, "LPT5": true,
	"LPT6": true, "LPT7": true, "LPT8": true, "LPT9": true,
	"COM\u00b9": true, "COM\u00b2": true, "COM\u00b3": true,
	"LPT\u00b9": true, "LPT\u00b2": true, "LPT\u00b3": true,
}

// reservedBefore reports whether the units of p before index colon name a
// reserved device. Node also applies it with colon -1 (no colon at all),
// which tests p minus its last unit: 'CONx' normalizes to '.\CONx'.
func reservedBefore(p units, colon int) bool {
	end := colon
	if end < 0 {
		end += len(p)
	}
	if end < 3 || end > 4 {
		return false
	}
	var b strings.Builder
	for _, c := range p[:end] {
		switch {
		case c >= 'a' && c <= 'z':
			b.WriteRune(rune(c - 'a' + 'A'))
		case c < 0x80 || c == 0xb9 || c == 0xb2 || c == 0xb3:
			b.WriteRune(rune(c))
		default:
			return false
		}
	}
	return reservedNames[b.String()]
}

func winNormalize(p units) units {
	n := len(p)
	if n == 0 {
		return units{dot}
	}
	if n == 1 {
		if isWinSep(p[0]) {
			return units{backslash}
		}
		return p
	}
	device, rootEnd, absolute, _ := winRoot(p)
	colonAt := indexOf(p, colon, 0)
	if len(device) == 0 && !absolute && colonAt > 0 && reservedBefore(p, colonAt) {
		// 'CON:x' keeps 'CON:' as its device.
		device = p[:colonAt+1]
		rootEnd = colonAt + 1
	}
	var tail units
	if rootEnd < n {
		tail = collapse(p[rootEnd:], !absolute, winFlavour)
	}
	if len(tail) == 0 && !absolute {
		tail = units{dot}
	}
	if len(tail) > 0 && isWinSep(p[n-1]) {
		tail = append(tail, backslash)
	}
	// A relative result must not read as a drive or stream path once
	// normalized ('x\..\C:y', 'a:/b'): Node prefixes '.\' since
	// CVE-2024-36139.
	if !absolute && len(device) == 0 && colonAt != -1 {
		if hasDrive(tail) {
			return concat(units{dot, backslash}, tail)
		}
		for i := colonAt; i != -1; i = indexOf(p, colon, i+1) {
			if i == n-1 || isWinSep(p[i+1]) {
				return concat(units{dot, backslash}, tail)
			}
		}
	}
	if reservedBefore(p, colonAt) {
		return concat(units{dot, backslash}, device, tail)
	}
	if len(device) == 0 {
		if absolute {
			return concat(units{backslash}, tail)
		}
		return tail
	}
	if absolute {
		return concat(device, units{backslash}, tail)
	}
	return concat(device, tail)
}

// winResolve resolves paths right to left as Node does: arg(i) returns
// the i-th argument (validated by the caller), and cwd(device) the
// directory to start from, per drive on Windows.
func winResolve(count int, arg func(int) units, cwd func(device units) units) units {
	var device, tail units
	absolute := false
	for i := count - 1; i >= -1; i-- {
		var p units
		if i >= 0 {
			p = arg(i)
			if len(p) == 0 {
				continue
			}
		} else {
			p = cwd(device)
		}
		dev, rootEnd, abs, _ := winRoot(p)
		if len(dev) > 0 {
			if len(device) > 0 {
				// A path on another drive cannot contribute.
				if !equal(lower(dev), lower(device)) {
					continue
				}
			} else {
				device = dev
			}
		}
		if absolute {
			if len(device) > 0 {
				break
			}
		} else {
			tail = concat(p[rootEnd:], units{backslash}, tail)
			absolute = abs
			if abs && len(device) > 0 {
				break
			}
		}
	}
	tail = collapse(tail, !absolute, winFlavour)
	if absolute {
		return concat(device, units{backslash}, tail)
	}
	if out := concat(device, tail); len(out) > 0 {
		return out
	}
	return units{dot}
}

// winRelative compares two resolved paths as Node does: character by
// character after dropping leading separators (so a UNC server and
// share, or a drive, count as components), case-insensitively; the
// result keeps `to`'s case. Its arithmetic has quirks on odd roots ('\C'
// to '\C.' gives '..C.'), reproduced because node's results are the spec.
func winRelative(fromOrig, toOrig units) units {
	if equal(fromOrig, toOrig) {
		return nil
	}
	lf, lt := lower(fromOrig), lower(toOrig)
	if equal(lf, lt) {
		return nil
	}
	fs := 0
	for fs < len(lf) && lf[fs] == backslash {
		fs++
	}
	fe := len(lf)
	for fe-1 > fs && lf[fe-1] == backslash {
		fe--
	}
	ts := 0
	for ts < len(lt) && lt[ts] == backslash {
		ts++
	}
	te := len(lt)
	for te-1 > ts && lt[te-1] == backslash {
		te--
	}
	fromLen, toLen := fe-fs, te-ts
	common := min(fromLen, toLen)
	lastSep := -1
	i := 0
	for ; i < common; i++ {
		c := lf[fs+i]
		if c != lt[ts+i] {
			break
		}
		if c == backslash {
			lastSep = i
		}
	}
	if i != common {
		if lastSep == -1 {
			return toOrig
		}
	} else {
		if toLen > common {
			// `from` is a prefix of `to`: below it, or below a bare drive.
			if lt[ts+i] == backslash {
				return slice(toOrig, ts+i+1, len(toOrig))
			}
			if i == 2 {
				return slice(toOrig, ts+i, len(toOrig))
			}
		}
		if fromLen > common {
			if lf[fs+i] == backslash {
				lastSep = i
			} else if i == 2 {
				lastSep = 3
			}
		}
		if lastSep == -1 {
			lastSep = 0
		}
	}
	var up units
	for k := fs + lastSep + 1; k <= fe; k++ {
		if k == fe || lf[k] == backslash {
			if len(up) > 0 {
				up = append(up, backslash)
			}
			up = append(up, dot, dot)
		}
	}
	ts += lastSep
	if len(up) > 0 {
		return concat(up, slice(toOrig, ts, te))
	}
	if ts < len(toOrig) && toOrig[ts] == backslash {
		ts++
	}
	return slice(toOrig, ts, te)
}

// slice is String.prototype.slice for non-negative bounds: the quirky
// arithmetic above can yield start > end, which JS reads as empty.
func slice(p units, start, end int) units {
	end = min(end, len(p))
	if start >= end {
		return nil
	}
	return p[start:end]
}

// winNamespaced is toNamespacedPath for a non-empty path already resolved
// as r; orig is returned for a resolved path too short to carry a root.
func winNamespaced(orig, r units) units {
	if len(r) <= 2 {
		return orig
	}
	if r[0] == backslash {
		if r[1] == backslash && r[2] != question && r[2] != dot {
			return concat(ascii(`\\?\UNC\`), r[2:])
		}
	} else if hasDrive(r) && r[2] == backslash {
		return concat(ascii(`\\?\`), r)
	}
	// Node 20.19 and later return the resolved path here; 20.11 returned
	// its argument.
	return r
}

func winDirname(p units) units {
	n := len(p)
	if n == 0 {
		return units{dot}
	}
	if n == 1 {
		if isWinSep(p[0]) {
			return p
		}
		return units{dot}
	}
	rootEnd := -1
	if isWinSep(p[0]) {
		rootEnd = 1
		_, _, _, uncEnd := winRoot(p)
		if uncEnd == n {
			return p
		}
		if uncEnd != -1 {
			rootEnd = uncEnd + 1
		}
	} else if hasDrive(p) {
		rootEnd = 2
		if n > 2 && isWinSep(p[2]) {
			rootEnd = 3
		}
	}
	offset := max(rootEnd, 0)
	end := -1
	seenPart := false
	for i := n - 1; i >= offset; i-- {
		if isWinSep(p[i]) {
			if seenPart {
				end = i
				break
			}
		} else {
			seenPart = true
		}
	}
	if end == -1 {
		if rootEnd == -1 {
			return units{dot}
		}
		end = rootEnd
	}
	return p[:end]
}

func winParse(p units) pathParts {
	var r pathParts
	n := len(p)
	if n == 0 {
		return r
	}
	if n == 1 {
		if isWinSep(p[0]) {
			r.root, r.dir = p, p
		} else {
			r.base, r.name = p, p
		}
		return r
	}
	rootEnd := 0
	if isWinSep(p[0]) {
		rootEnd = 1
		_, _, _, uncEnd := winRoot(p)
		if uncEnd == n {
			rootEnd = n
		} else if uncEnd != -1 {
			rootEnd = uncEnd + 1
		}
	} else if hasDrive(p) {
		if n == 2 || (n == 3 && isWinSep(p[2])) {
			r.root, r.dir = p, p
			return r
		}
		rootEnd = 2
		if isWinSep(p[2]) {
			rootEnd = 3
		}
	}
	if rootEnd > 0 {
		r.root = p[:rootEnd]
	}
	partStart, end, dotAt := lastPart(p, rootEnd, rootEnd, winFlavour)
	if end != -1 {
		r.base = p[partStart:end]
		if dotAt == -1 {
			r.name = r.base
		} else {
			r.name = p[partStart:dotAt]
			r.ext = p[dotAt:end]
		}
	}
	if partStart > 0 && partStart != rootEnd {
		r.dir = p[:partStart-1]
	} else {
		r.dir = r.root
	}
	return r
}
