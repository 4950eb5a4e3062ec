package url

import (
	"github.com/dop251/goja"
)

// The legacy url.parse walks its input a character at a time several
// times; those walks are here, where they cost nanoseconds instead of
// goja's microseconds per character (Express parses every request URL).

func isLegacySpace(c uint16) bool { return c < 33 || c == 0xa0 || c == 0xfeff }

// legacyPrep trims whitespace and turns backslashes before the first '?'
// or '#' into slashes. It returns [rest, hasHash, hasAt].
func legacyPrep(vm *goja.Runtime, s []uint16) goja.Value {
	start, end := 0, len(s)
	for start < end && isLegacySpace(s[start]) {
		start++
	}
	for end > start && isLegacySpace(s[end-1]) {
		end--
	}
	hasHash, hasAt, split, changed := false, false, false, false
	out := s[start:end]
	for i, c := range out {
		if split {
			if c == '#' {
				hasHash = true
				break
			}
			continue
		}
		switch c {
		case '@':
			hasAt = true
		case '#':
			hasHash = true
			split = true
		case '?':
			split = true
		case '\\':
			if !changed {
				out = append([]uint16(nil), out...)
				changed = true
			}
			out[i] = '/'
		}
	}
	return vm.NewArray(utf16Value(vm, out), hasHash, hasAt)
}

// legacyAuthority finds where url.parse's authority ends: the index of the
// last '@' that counts (-1 for none) and of the first character that
// cannot be in a host (-1 when the host runs to the end). Tabs and
// newlines before the first '#', '/' or '?' are dropped first, as Node
// does; the indexes are into the string it returns.
func legacyAuthority(s []uint16) (out []uint16, atSign, nonHost int) {
	end := len(s)
	for i, c := range s {
		if c == '#' || c == '/' || c == '?' {
			end = i
			break
		}
	}
	out = s
	for i := 0; i < end; i++ {
		if c := s[i]; c == '\t' || c == '\n' || c == '\r' {
			out = make([]uint16, 0, len(s))
			for _, c := range s[:end] {
				if c != '\t' && c != '\n' && c != '\r' {
					out = append(out, c)
				}
			}
			out = append(out, s[end:]...)
			break
		}
	}
	atSign, nonHost = -1, -1
	for i, c := range out {
		switch c {
		case ' ', '"', '%', '\'', ';', '<', '>', '\\', '^', '`', '{', '|', '}':
			if nonHost == -1 {
				nonHost = i
			}
		case '#', '/', '?':
			if nonHost == -1 {
				nonHost = i
			}
			return
		case '@':
			atSign = i
			nonHost = -1
		}
	}
	return
}

var autoEscapeTable = map[uint16]string{
	'\t': "%09", '\n': "%0A", '\r': "%0D", ' ': "%20", '"': "%22", '\'': "%27", '<': "%3C",
	'>': "%3E", '\\': "%5C", '^': "%5E", '`': "%60", '{': "%7B", '|': "%7C", '}': "%7D",
}

// legacyAutoEscape escapes what url.parse escapes in the path, query and
// hash even though encodeURIComponent would leave some of it.
func legacyAutoEscape(vm *goja.Runtime, v goja.Value, s []uint16) goja.Value {
	var out []uint16
	for i, c := range s {
		esc, ok := autoEscapeTable[c]
		if !ok {
			if out != nil {
				out = append(out, c)
			}
			continue
		}
		if out == nil {
			out = append(make([]uint16, 0, len(s)+8), s[:i]...)
		}
		for j := 0; j < len(esc); j++ {
			out = append(out, uint16(esc[j]))
		}
	}
	if out == nil {
		return v
	}
	return utf16Value(vm, out)
}

// toUTF16 reads a JS string as UTF-16 code units, lone surrogates kept.
func toUTF16(v goja.Value) []uint16 {
	s, ok := v.(goja.String)
	if !ok {
		s = v.ToString().(goja.String)
	}
	n := s.Length()
	out := make([]uint16, n)
	for i := 0; i < n; i++ {
		out[i] = s.CharAt(i)
	}
	return out
}

func utf16Value(_ *goja.Runtime, s []uint16) goja.Value { return goja.StringFromUTF16(s) }
