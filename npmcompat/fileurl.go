package npmcompat

import (
	"net/url"
	"strings"
)

// fileURLToPath is url.fileURLToPath for POSIX hosts: the path of a
// "file:" URL with no host (or "localhost"), percent-decoded. An encoded
// "/" is refused, as Node refuses it, because decoding it would change
// which directories the path walks through.
func fileURLToPath(raw string) (string, bool) {
	u, err := url.Parse(raw)
	if err != nil || u.Scheme != "file" || u.Opaque != "" {
		return "", false
	}
	if u.Host != "" && u.Host != "localhost" {
		return "", false
	}
	escaped := u.EscapedPath()
	if strings.Contains(strings.ToLower(escaped), "%2f") {
		return "", false
	}
	p, err := url.PathUnescape(escaped)
	if err != nil || !isAbs(p) {
		return "", false
	}
	return p, true
}
