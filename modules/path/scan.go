package path

// The path algorithms work on UTF-16 code units, as JS strings are: a
// path holding a lone surrogate must come back unchanged, which a trip
// through a Go string would not allow. Only ASCII units ('/', '\\', '.',
// ':', '?', letters) steer them.
//
// Node's results, quirks included, are the specification; the fuzz case
// in testdata compares every function with node on random paths.

type units = []uint16

const (
	slash     = '/'
	backslash = '\\'
	dot       = '.'
	colon     = ':'
	question  = '?'
)

// flavour is posix or win32: which units separate, and which one joins.
type flavour struct {
	win bool
	sep uint16
}

var (
	posixFlavour = flavour{win: false, sep: slash}
	winFlavour   = flavour{win: true, sep: backslash}
)

func (f flavour) isSep(c uint16) bool {
	return c == slash || (f.win && c == backslash)
}

func isWinSep(c uint16) bool { return c == slash || c == backslash }

func isDriveLetter(c uint16) bool { return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') }

// hasDrive reports a "C:" prefix.
func hasDrive(p units) bool { return len(p) >= 2 && p[1] == colon && isDriveLetter(p[0]) }

func ascii(s string) units {
	u := make(units, len(s))
	for i := 0; i < len(s); i++ {
		u[i] = uint16(s[i])
	}
	return u
}

func concat(parts ...units) units {
	n := 0
	for _, p := range parts {
		n += len(p)
	}
	out := make(units, 0, n)
	for _, p := range parts {
		out = append(out, p...)
	}
	return out
}

func equal(a, b units) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

func indexOf(p units, c uint16, from int) int {
	for i := from; i < len(p); i++ {
		if p[i] == c {
			return i
		}
	}
	return -1
}

// lower is String.prototype.toLowerCase for the units paths compare:
// ASCII letters; others (rare in the drive and share names compared)
// are left alone.
func lower(p units) units {
	out := make(units, len(p))
	for i, c := range p {
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		out[i] = c
	}
	return out
}

// collapse resolves '.' and '..' segments of a root-less path, joining
// the kept segments with the flavour's separator. '..' that would climb
// above the start is kept only when aboveRoot is allowed.
func collapse(p units, aboveRoot bool, f flavour) units {
	type seg struct{ start, end int } // start -1: a kept '..'
	var segs []seg
	ups := 0
	n := len(p)
	for i := 0; i <= n; {
		j := i
		for j < n && !f.isSep(p[j]) {
			j++
		}
		switch l := j - i; {
		case l == 0 || (l == 1 && p[i] == dot):
		case l == 2 && p[i] == dot && p[i+1] == dot:
			if len(segs) > ups {
				segs = segs[:len(segs)-1]
			} else if aboveRoot {
				segs = append(segs, seg{-1, -1})
				ups++
			}
		default:
			segs = append(segs, seg{i, j})
		}
		i = j + 1
	}
	out := make(units, 0, n)
	for k, s := range segs {
		if k > 0 {
			out = append(out, f.sep)
		}
		if s.start < 0 {
			out = append(out, dot, dot)
		} else {
			out = append(out, p[s.start:s.end]...)
		}
	}
	return out
}

// lastPart scans p backwards down to start and finds its last component
// (trailing separators skipped) and that component's extension;
// partStart is reported when no separator precedes the component. It
// returns partStart, the component's end (-1 when there is none) and its
// dot (-1 when it has no extension). A component that starts with its
// only dot ('.bashrc') or is '..' has no extension.
func lastPart(p units, start, partStart int, f flavour) (int, int, int) {
	end, dotAt := -1, -1
	// before: what precedes the last dot inside the component: 0 nothing,
	// 1 a dot run reaches the component start, -1 other characters.
	before := 0
	for i := len(p) - 1; i >= start; i-- {
		c := p[i]
		if f.isSep(c) {
			if end != -1 {
				partStart = i + 1
				break
			}
			continue
		}
		if end == -1 {
			end = i + 1
		}
		if c == dot {
			if dotAt == -1 {
				dotAt = i
			} else if before != 1 {
				before = 1
			}
		} else if dotAt != -1 {
			before = -1
		}
	}
	if dotAt == -1 || end == -1 || before == 0 ||
		(before == 1 && dotAt == end-1 && dotAt == partStart+1) {
		dotAt = -1
	}
	return partStart, end, dotAt
}

// basename is Node's, suffix included: the suffix is matched backwards
// against the component's units; a full match trims it (unless it is the
// whole component); a partial match leaves the path from the component's
// start to its end, trailing separators included.
func basename(p units, suffix units, hasSuffix bool, f flavour) units {
	start := 0
	if f.win && hasDrive(p) {
		start = 2
	}
	if hasSuffix && len(suffix) > 0 && len(suffix) <= len(p) {
		if equal(suffix, p) {
			return nil
		}
		k := len(suffix) - 1
		partStart, end, last := start, -1, -1
		for i := len(p) - 1; i >= start; i-- {
			c := p[i]
			if f.isSep(c) {
				if last != -1 {
					partStart = i + 1
					break
				}
				continue
			}
			if last == -1 {
				last = i + 1
			}
			if k >= 0 {
				if c == suffix[k] {
					if k--; k == -1 {
						end = i
					}
				} else {
					k = -1
					end = last
				}
			}
		}
		if partStart == end {
			end = last
		} else if end == -1 {
			end = len(p)
		}
		return p[partStart:end]
	}
	end := len(p)
	for end > start && f.isSep(p[end-1]) {
		end--
	}
	if end <= start {
		return nil
	}
	s := end - 1
	for s >= start && !f.isSep(p[s]) {
		s--
	}
	return p[s+1 : end]
}

func extname(p units, f flavour) units {
	start := 0
	if f.win && hasDrive(p) {
		start = 2
	}
	_, end, dotAt := lastPart(p, start, start, f)
	if dotAt == -1 {
		return nil
	}
	return p[dotAt:end]
}

func posixDirname(p units) units {
	if len(p) == 0 {
		return units{dot}
	}
	absolute := p[0] == slash
	end := -1
	seenPart := false
	for i := len(p) - 1; i >= 1; i-- {
		if p[i] == slash {
			if seenPart {
				end = i
				break
			}
		} else {
			seenPart = true
		}
	}
	if end == -1 {
		if absolute {
			return units{slash}
		}
		return units{dot}
	}
	// '//a' keeps its double slash: Node leaves a leading '//' alone.
	if absolute && end == 1 {
		return units{slash, slash}
	}
	return p[:end]
}

func posixNormalize(p units) units {
	if len(p) == 0 {
		return units{dot}
	}
	absolute := p[0] == slash
	trailing := p[len(p)-1] == slash
	out := collapse(p, !absolute, posixFlavour)
	if len(out) == 0 {
		switch {
		case absolute:
			return units{slash}
		case trailing:
			return units{dot, slash}
		default:
			return units{dot}
		}
	}
	if trailing {
		out = append(out, slash)
	}
	if absolute {
		return concat(units{slash}, out)
	}
	return out
}

// pathParts is path.parse's result.
type pathParts struct{ root, dir, base, ext, name units }

func posixParse(p units) pathParts {
	var r pathParts
	if len(p) == 0 {
		return r
	}
	absolute := p[0] == slash
	start := 0
	if absolute {
		r.root = units{slash}
		start = 1
	}
	partStart, end, dotAt := lastPart(p, start, 0, posixFlavour)
	if end != -1 {
		s := partStart
		if partStart == 0 && absolute {
			s = 1
		}
		r.base = p[s:end]
		if dotAt == -1 {
			r.name = r.base
		} else {
			r.name = p[s:dotAt]
			r.ext = p[dotAt:end]
		}
	}
	if partStart > 0 {
		r.dir = p[:partStart-1]
	} else if absolute {
		r.dir = units{slash}
	}
	return r
}

// posixRelative works on two resolved paths: normalized and absolute,
// so they compare segment by segment.
func posixRelative(from, to units) units {
	split := func(p units) []units {
		var out []units
		for i := 1; i < len(p); {
			j := i
			for j < len(p) && p[j] != slash {
				j++
			}
			out = append(out, p[i:j])
			i = j + 1
		}
		return out
	}
	a, b := split(from), split(to)
	k := 0
	for k < len(a) && k < len(b) && equal(a[k], b[k]) {
		k++
	}
	var out units
	for i := k; i < len(a); i++ {
		if len(out) > 0 {
			out = append(out, slash)
		}
		out = append(out, dot, dot)
	}
	for i := k; i < len(b); i++ {
		if len(out) > 0 {
			out = append(out, slash)
		}
		out = append(out, b[i]...)
	}
	return out
}
