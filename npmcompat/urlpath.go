package npmcompat

import (
	"strings"
	"unicode/utf8"
)

// Node resolves "exports" and "imports" targets as URLs relative to the
// package.json's file URL, then turns the result back into a path. That
// round trip is observable: percent escapes in targets are decoded, "?"
// and "#" end the path, "\" separates segments, and "%2F" is rejected.
// These helpers reproduce the WHATWG URL parser for the only inputs the
// algorithm feeds it: file URLs without a host, and "./"-relative
// references against them.

const upperHex = "0123456789ABCDEF"

// pathToFileURL is url.pathToFileURL for an absolute POSIX path.
func pathToFileURL(p string) string {
	var sb strings.Builder
	sb.WriteString("file://")
	for i := 0; i < len(p); i++ {
		c := p[i]
		switch c {
		case '%', '\t', '\n', '\r', ' ', '"', '#', '?', '[', '\\':
			sb.WriteString(pctByte(c))
		default:
			sb.WriteString(encodePathByte(c))
		}
	}
	return sb.String()
}

func pctByte(c byte) string { return "%" + string(upperHex[c>>4]) + string(upperHex[c&15]) }

// encodePathByte applies the URL path percent-encode set to one byte.
func encodePathByte(c byte) string {
	if c <= 0x20 || c >= 0x7F || c == '"' || c == '<' || c == '>' || c == '`' || c == '{' || c == '}' {
		return pctByte(c)
	}
	return string(c)
}

// encodeByteSet percent-encodes s with the query (fragment when frag)
// percent-encode set of a special URL.
func encodeByteSet(s string, frag bool) string {
	var sb strings.Builder
	for i := 0; i < len(s); i++ {
		c := s[i]
		enc := c <= 0x20 || c >= 0x7F || c == '"' || c == '<' || c == '>'
		if frag {
			enc = enc || c == '`'
		} else {
			enc = enc || c == '#' || c == '\''
		}
		if enc {
			sb.WriteString(pctByte(c))
		} else {
			sb.WriteByte(c)
		}
	}
	return sb.String()
}

// cleanURLInput strips what the URL parser ignores: leading and trailing
// C0 controls and spaces, and every tab and newline.
func cleanURLInput(s string) string {
	s = strings.TrimFunc(s, func(r rune) bool { return r <= 0x20 })
	if strings.ContainsAny(s, "\t\n\r") {
		s = strings.NewReplacer("\t", "", "\n", "", "\r", "").Replace(s)
	}
	return s
}

// fileURL is a parsed file URL: pathname segments, query and fragment
// (with their "?"/"#", encoded).
type fileURL struct {
	segments []string
	rest     string
}

func (u fileURL) pathname() string { return "/" + strings.Join(u.segments, "/") }

func (u fileURL) href() string { return "file://" + u.pathname() + u.rest }

// dir is new URL('.', u): the URL of u's directory, with a trailing slash.
func (u fileURL) dir() fileURL {
	segs := append([]string{}, u.segments[:max(len(u.segments)-1, 0)]...)
	return fileURL{segments: append(segs, "")}
}

// splitRest cuts input at the first "?" or "#", encoding the query and
// fragment as the URL parser does.
func splitRest(input string) (pathPart, rest string) {
	i := strings.IndexAny(input, "?#")
	if i < 0 {
		return input, ""
	}
	pathPart, tail := input[:i], input[i:]
	if tail[0] == '#' {
		return pathPart, "#" + encodeByteSet(tail[1:], true)
	}
	query, frag, hasFrag := strings.Cut(tail[1:], "#")
	rest = "?" + encodeByteSet(query, false)
	if hasFrag {
		rest += "#" + encodeByteSet(frag, true)
	}
	return pathPart, rest
}

// isSingleDot and isDoubleDot are the URL parser's dot-segment tests.
func isSingleDot(s string) bool { return s == "." || strings.EqualFold(s, "%2e") }

func isDoubleDot(s string) bool {
	switch strings.ToLower(s) {
	case "..", ".%2e", "%2e.", "%2e%2e":
		return true
	}
	return false
}

// appendPath adds the "/"- or "\"-separated path p to segs, encoding each
// segment and applying dot segments.
func appendPath(segs []string, p string) []string {
	if p == "" {
		return segs
	}
	parts := strings.Split(strings.ReplaceAll(p, "\\", "/"), "/")
	for i, part := range parts {
		last := i == len(parts)-1
		switch {
		case isDoubleDot(part):
			if len(segs) > 0 {
				segs = segs[:len(segs)-1]
			}
			if last {
				segs = append(segs, "")
			}
		case isSingleDot(part):
			if last {
				segs = append(segs, "")
			}
		default:
			var sb strings.Builder
			for j := 0; j < len(part); j++ {
				sb.WriteString(encodePathByte(part[j]))
			}
			segs = append(segs, sb.String())
		}
	}
	return segs
}

// parseFileURL parses an absolute "file:///..." string.
func parseFileURL(s string) fileURL {
	s = cleanURLInput(s)
	s = strings.TrimPrefix(s, "file:")
	s = strings.ReplaceAll(s, "\\", "/")
	s = strings.TrimPrefix(s, "//")
	// The host runs to the next "/"; the algorithm only builds host-less
	// URLs, so it is dropped.
	if i := strings.IndexByte(s, '/'); i >= 0 {
		s = s[i:]
	} else {
		s = ""
	}
	pathPart, rest := splitRest(s)
	return fileURL{segments: appendPath(nil, strings.TrimPrefix(pathPart, "/")), rest: rest}
}

// resolveRef is new URL(ref, base) for a path-relative ref.
func resolveRef(base fileURL, ref string) fileURL {
	pathPart, rest := splitRest(cleanURLInput(ref))
	segs := append([]string{}, base.segments[:max(len(base.segments)-1, 0)]...)
	return fileURL{segments: appendPath(segs, pathPart), rest: rest}
}

// urlToPath is fileURLToPath on a POSIX host: encoded "/" is an error,
// and percent escapes must decode to UTF-8 (decodeURIComponent).
func urlToPath(u fileURL) (string, error) {
	p := u.pathname()
	if strings.Contains(strings.ToLower(p), "%2f") {
		return "", &PackageError{Code: codeInvalidFileURLPath, Args: []any{"must not include encoded / characters"}}
	}
	if !strings.Contains(p, "%") {
		return p, nil
	}
	out := make([]byte, 0, len(p))
	for i := 0; i < len(p); i++ {
		if p[i] != '%' {
			out = append(out, p[i])
			continue
		}
		if i+2 >= len(p) || unhex(p[i+1]) < 0 || unhex(p[i+2]) < 0 {
			return "", errURIMalformed
		}
		out = append(out, byte(unhex(p[i+1])<<4|unhex(p[i+2])))
		i += 2
	}
	if !utf8.Valid(out) {
		return "", errURIMalformed
	}
	return string(out), nil
}

func unhex(c byte) int {
	switch {
	case '0' <= c && c <= '9':
		return int(c - '0')
	case 'a' <= c && c <= 'f':
		return int(c-'a') + 10
	case 'A' <= c && c <= 'F':
		return int(c-'A') + 10
	}
	return -1
}
