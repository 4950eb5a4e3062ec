package url

import (
	"strconv"
	"strings"
	"unicode/utf8"
)

// record is the URL Standard's URL record
// (https://url.spec.whatwg.org/#concept-url). Hosts are kept serialized.
type record struct {
	scheme   string
	username string
	password string
	host     string
	hasHost  bool
	port     int // -1 is null
	path     []string
	opaque   bool // path is an opaque path, held in opaquePath
	opaqueP  string
	query    string
	hasQuery bool
	frag     string
	hasFrag  bool
}

type state int

const (
	stNone state = iota
	stSchemeStart
	stScheme
	stNoScheme
	stSpecialRelativeOrAuthority
	stPathOrAuthority
	stRelative
	stRelativeSlash
	stSpecialAuthoritySlashes
	stSpecialAuthorityIgnoreSlashes
	stAuthority
	stHost
	stHostname
	stPort
	stFile
	stFileSlash
	stFileHost
	stPathStart
	stPath
	stOpaquePath
	stQuery
	stFragment
)

// defaultPort is a special scheme's default port: -1 for file and for
// schemes that are not special (ok false). A switch, not a map: the parser
// asks for every code point.
func defaultPort(scheme string) (port int, ok bool) {
	switch scheme {
	case "http", "ws":
		return 80, true
	case "https", "wss":
		return 443, true
	case "ftp":
		return 21, true
	case "file":
		return -1, true
	}
	return -1, false
}

func isSpecialScheme(s string) bool { _, ok := defaultPort(s); return ok }

func (u *record) special() bool { return isSpecialScheme(u.scheme) }

func (u *record) hasCredentials() bool { return u.username != "" || u.password != "" }

func (u *record) cannotHaveUserinfoOrPort() bool {
	return !u.hasHost || u.host == "" || u.scheme == "file"
}

func (u *record) clone() *record {
	c := *u
	c.path = append([]string(nil), u.path...)
	return &c
}

func isASCIIAlpha(c rune) bool { return c|0x20 >= 'a' && c|0x20 <= 'z' }
func isASCIIDigit(c rune) bool { return c >= '0' && c <= '9' }

// isWindowsDriveLetter reports whether s is a Windows drive letter; normalized
// requires the colon form ("C:").
func isWindowsDriveLetter(s []rune, normalized bool) bool {
	if len(s) != 2 || !isASCIIAlpha(s[0]) {
		return false
	}
	return s[1] == ':' || (!normalized && s[1] == '|')
}

func startsWithWindowsDriveLetter(r []rune) bool {
	if len(r) < 2 || !isWindowsDriveLetter(r[:2], false) {
		return false
	}
	if len(r) == 2 {
		return true
	}
	switch r[2] {
	case '/', '\\', '?', '#':
		return true
	}
	return false
}

func isSingleDot(s string) bool {
	return s == "." || strings.EqualFold(s, "%2e")
}

func isDoubleDot(s string) bool {
	switch strings.ToLower(s) {
	case "..", ".%2e", "%2e.", "%2e%2e":
		return true
	}
	return false
}

func (u *record) shortenPath() {
	if u.scheme == "file" && len(u.path) == 1 && isWindowsDriveLetter([]rune(u.path[0]), true) {
		return
	}
	if len(u.path) > 0 {
		u.path = u.path[:len(u.path)-1]
	}
}

// preprocess strips leading and trailing C0 controls and spaces and
// removes every tab and newline, as the basic URL parser's first steps do.
func preprocess(input string, trim bool) []rune {
	if trim {
		input = strings.TrimFunc(input, func(r rune) bool { return r <= 0x20 })
	}
	out := make([]rune, 0, len(input))
	for _, r := range input {
		if r != '\t' && r != '\n' && r != '\r' {
			out = append(out, r)
		}
	}
	return out
}

// parse is the basic URL parser without a state override.
func parse(input string, base *record) (*record, bool) {
	u := &record{port: -1}
	return u, u.run(preprocess(input, true), base, stNone)
}

// run is the basic URL parser over u; override is the state override
// (stNone for none). It reports failure as false; with an override, a
// "return" that leaves u unchanged is success.
func (u *record) run(in []rune, base *record, override state) bool {
	st := override
	if st == stNone {
		st = stSchemeStart
	}
	var buf []rune
	atSignSeen, insideBrackets, passwordTokenSeen := false, false, false
	const eof = rune(-1)
	p := 0
	at := func(i int) rune {
		if i >= 0 && i < len(in) {
			return in[i]
		}
		return eof
	}
	for ; p <= len(in); p++ {
		c := at(p)
		switch st {
		case stSchemeStart:
			if isASCIIAlpha(c) {
				buf = append(buf, c|0x20)
				st = stScheme
			} else if override == stNone {
				st = stNoScheme
				p--
			} else {
				return false
			}
		case stScheme:
			if isASCIIAlpha(c) || isASCIIDigit(c) || c == '+' || c == '-' || c == '.' {
				if c < 0x80 && c >= 'A' && c <= 'Z' {
					c |= 0x20
				}
				buf = append(buf, c)
			} else if c == ':' {
				scheme := string(buf)
				if override != stNone {
					if u.special() != isSpecialScheme(scheme) {
						return true
					}
					if (u.hasCredentials() || u.port != -1) && scheme == "file" {
						return true
					}
					if u.scheme == "file" && u.hasHost && u.host == "" {
						return true
					}
				}
				u.scheme = scheme
				if override != stNone {
					if def, _ := defaultPort(u.scheme); u.port == def && u.port != -1 {
						u.port = -1
					}
					return true
				}
				buf = buf[:0]
				switch {
				case u.scheme == "file":
					st = stFile
				case u.special() && base != nil && base.scheme == u.scheme:
					st = stSpecialRelativeOrAuthority
				case u.special():
					st = stSpecialAuthoritySlashes
				case at(p+1) == '/':
					st = stPathOrAuthority
					p++
				default:
					u.opaque = true
					st = stOpaquePath
				}
			} else if override == stNone {
				buf = buf[:0]
				st = stNoScheme
				p = -1
			} else {
				return false
			}
		case stNoScheme:
			if base == nil || (base.opaque && c != '#') {
				return false
			} else if base.opaque && c == '#' {
				u.scheme = base.scheme
				u.opaque, u.opaqueP = true, base.opaqueP
				u.query, u.hasQuery = base.query, base.hasQuery
				u.frag, u.hasFrag = "", true
				st = stFragment
			} else if base.scheme != "file" {
				st = stRelative
				p--
			} else {
				st = stFile
				p--
			}
		case stSpecialRelativeOrAuthority:
			if c == '/' && at(p+1) == '/' {
				st = stSpecialAuthorityIgnoreSlashes
				p++
			} else {
				st = stRelative
				p--
			}
		case stPathOrAuthority:
			if c == '/' {
				st = stAuthority
			} else {
				st = stPath
				p--
			}
		case stRelative:
			u.scheme = base.scheme
			if c == '/' {
				st = stRelativeSlash
			} else if u.special() && c == '\\' {
				st = stRelativeSlash
			} else {
				u.username, u.password = base.username, base.password
				u.host, u.hasHost, u.port = base.host, base.hasHost, base.port
				u.path = append([]string(nil), base.path...)
				u.query, u.hasQuery = base.query, base.hasQuery
				if c == '?' {
					u.query, u.hasQuery = "", true
					st = stQuery
				} else if c == '#' {
					u.frag, u.hasFrag = "", true
					st = stFragment
				} else if c != eof {
					u.query, u.hasQuery = "", false
					u.shortenPath()
					st = stPath
					p--
				}
			}
		case stRelativeSlash:
			if u.special() && (c == '/' || c == '\\') {
				st = stSpecialAuthorityIgnoreSlashes
			} else if c == '/' {
				st = stAuthority
			} else {
				u.username, u.password = base.username, base.password
				u.host, u.hasHost, u.port = base.host, base.hasHost, base.port
				st = stPath
				p--
			}
		case stSpecialAuthoritySlashes:
			if c == '/' && at(p+1) == '/' {
				st = stSpecialAuthorityIgnoreSlashes
				p++
			} else {
				st = stSpecialAuthorityIgnoreSlashes
				p--
			}
		case stSpecialAuthorityIgnoreSlashes:
			if c != '/' && c != '\\' {
				st = stAuthority
				p--
			}
		case stAuthority:
			if c == '@' {
				if atSignSeen {
					buf = append([]rune("%40"), buf...)
				}
				atSignSeen = true
				var ub, pb strings.Builder
				ub.WriteString(u.username)
				pb.WriteString(u.password)
				for _, cp := range buf {
					if cp == ':' && !passwordTokenSeen {
						passwordTokenSeen = true
						continue
					}
					s := string(cp)
					if passwordTokenSeen {
						appendEncoded(&pb, s, &userinfoSet)
					} else {
						appendEncoded(&ub, s, &userinfoSet)
					}
				}
				u.username, u.password = ub.String(), pb.String()
				buf = buf[:0]
			} else if c == eof || c == '/' || c == '?' || c == '#' || (u.special() && c == '\\') {
				if atSignSeen && len(buf) == 0 {
					return false
				}
				p -= len(buf) + 1
				buf = buf[:0]
				st = stHost
			} else {
				buf = append(buf, c)
			}
		case stHost, stHostname:
			if override != stNone && u.scheme == "file" {
				p--
				st = stFileHost
			} else if c == ':' && !insideBrackets {
				if len(buf) == 0 {
					// Node (ada) lets the host setter of a non-special URL
					// empty the host here ("sc://h/p", host = ":80" gives
					// "sc://:80/p"); the standard fails.
					if override != stHost || u.special() {
						return false
					}
					u.host, u.hasHost = "", true
					st = stPort
					continue
				}
				if override == stHostname {
					return false
				}
				h, ok := parseHost(string(buf), u.special())
				if !ok {
					return false
				}
				u.host, u.hasHost = h, true
				buf = buf[:0]
				st = stPort
			} else if c == eof || c == '/' || c == '?' || c == '#' || (u.special() && c == '\\') {
				p--
				if u.special() && len(buf) == 0 {
					return false
				} else if override != stNone && len(buf) == 0 && (u.hasCredentials() || u.port != -1) {
					return false
				}
				h, ok := parseHost(string(buf), u.special())
				if !ok {
					return false
				}
				u.host, u.hasHost = h, true
				buf = buf[:0]
				st = stPathStart
				if override != stNone {
					return true
				}
			} else {
				if c == '[' {
					insideBrackets = true
				} else if c == ']' {
					insideBrackets = false
				}
				buf = append(buf, c)
			}
		case stPort:
			if isASCIIDigit(c) {
				buf = append(buf, c)
			} else if c == eof || c == '/' || c == '?' || c == '#' || (u.special() && c == '\\') || override != stNone {
				if len(buf) != 0 {
					n, err := strconv.Atoi(string(buf))
					if err != nil || n > 65535 {
						return false
					}
					if def, ok := defaultPort(u.scheme); ok && def == n {
						u.port = -1
					} else {
						u.port = n
					}
					buf = buf[:0]
					if override != stNone {
						return true
					}
				}
				if override != stNone {
					return false
				}
				st = stPathStart
				p--
			} else {
				return false
			}
		case stFile:
			u.scheme = "file"
			u.host, u.hasHost = "", true
			if c == '/' || c == '\\' {
				st = stFileSlash
			} else if base != nil && base.scheme == "file" {
				u.host, u.hasHost = base.host, base.hasHost
				u.path = append([]string(nil), base.path...)
				u.query, u.hasQuery = base.query, base.hasQuery
				if c == '?' {
					u.query, u.hasQuery = "", true
					st = stQuery
				} else if c == '#' {
					u.frag, u.hasFrag = "", true
					st = stFragment
				} else if c != eof {
					u.query, u.hasQuery = "", false
					if !startsWithWindowsDriveLetter(in[p:]) {
						u.shortenPath()
					} else {
						u.path = nil
					}
					st = stPath
					p--
				}
			} else {
				st = stPath
				p--
			}
		case stFileSlash:
			if c == '/' || c == '\\' {
				st = stFileHost
			} else {
				if base != nil && base.scheme == "file" {
					u.host, u.hasHost = base.host, base.hasHost
					if !startsWithWindowsDriveLetter(in[p:]) && len(base.path) > 0 &&
						isWindowsDriveLetter([]rune(base.path[0]), true) {
						u.path = append(u.path, base.path[0])
					}
				}
				st = stPath
				p--
			}
		case stFileHost:
			if c == eof || c == '/' || c == '\\' || c == '?' || c == '#' {
				p--
				if override == stNone && isWindowsDriveLetter(buf, false) {
					st = stPath
				} else if len(buf) == 0 {
					u.host, u.hasHost = "", true
					if override != stNone {
						return true
					}
					st = stPathStart
				} else {
					h, ok := parseHost(string(buf), u.special())
					if !ok {
						return false
					}
					if h == "localhost" {
						h = ""
					}
					u.host, u.hasHost = h, true
					if override != stNone {
						return true
					}
					buf = buf[:0]
					st = stPathStart
				}
			} else {
				buf = append(buf, c)
			}
		case stPathStart:
			if u.special() {
				st = stPath
				if c != '/' && c != '\\' {
					p--
				}
			} else if override == stNone && c == '?' {
				u.query, u.hasQuery = "", true
				st = stQuery
			} else if override == stNone && c == '#' {
				u.frag, u.hasFrag = "", true
				st = stFragment
			} else if c != eof {
				st = stPath
				if c != '/' {
					p--
				}
			} else if override != stNone && !u.hasHost {
				u.path = append(u.path, "")
			}
		case stPath:
			if c == eof || c == '/' || (u.special() && c == '\\') || (override == stNone && (c == '?' || c == '#')) {
				seg := string(buf)
				slash := c == '/' || (u.special() && c == '\\')
				if isDoubleDot(seg) {
					// Node (ada) leaves the path of a non-special URL empty
					// when ".." had nothing to remove ("sc://h/.." is
					// "sc://h"); the standard would add an empty segment.
					hadNone := len(u.path) == 0 && !u.special()
					u.shortenPath()
					if !slash && !hadNone {
						u.path = append(u.path, "")
					}
				} else if isSingleDot(seg) && !slash {
					u.path = append(u.path, "")
				} else if !isSingleDot(seg) {
					if u.scheme == "file" && len(u.path) == 0 && isWindowsDriveLetter(buf, false) {
						seg = string(buf[0]) + ":"
					}
					u.path = append(u.path, seg)
				}
				buf = buf[:0]
				if c == '?' {
					u.query, u.hasQuery = "", true
					st = stQuery
				}
				if c == '#' {
					u.frag, u.hasFrag = "", true
					st = stFragment
				}
			} else {
				buf = appendEncodedRune(buf, c, &pathSet)
			}
		case stOpaquePath:
			if c == '?' {
				u.opaqueP = string(buf)
				buf = buf[:0]
				u.query, u.hasQuery = "", true
				st = stQuery
			} else if c == '#' {
				u.opaqueP = string(buf)
				buf = buf[:0]
				u.frag, u.hasFrag = "", true
				st = stFragment
			} else if c != eof {
				buf = appendEncodedRune(buf, c, &c0ControlSet)
			} else {
				u.opaqueP = string(buf)
				buf = buf[:0]
			}
		case stQuery:
			if (override == stNone && c == '#') || c == eof {
				set := &querySet
				if u.special() {
					set = &specialQuerySet
				}
				var b strings.Builder
				b.WriteString(u.query)
				appendEncoded(&b, string(buf), set)
				u.query = b.String()
				buf = buf[:0]
				if c == '#' {
					u.frag, u.hasFrag = "", true
					st = stFragment
				}
			} else if c != eof {
				buf = append(buf, c)
			}
		case stFragment:
			if c != eof {
				var b strings.Builder
				b.WriteString(u.frag)
				appendEncoded(&b, string(c), &fragmentSet)
				u.frag = b.String()
			}
		}
	}
	return true
}

// appendEncodedRune percent-encodes one code point into a rune buffer.
func appendEncodedRune(buf []rune, c rune, set *encodeSet) []rune {
	if c < 0x80 && !set.has(byte(c)) {
		return append(buf, c)
	}
	var tmp [4]byte
	n := utf8.EncodeRune(tmp[:], c)
	for _, b := range tmp[:n] {
		if set.has(b) {
			buf = append(buf, '%', rune(upperHex[b>>4]), rune(upperHex[b&15]))
		} else {
			buf = append(buf, rune(b))
		}
	}
	return buf
}

// pathString is the URL path serializer.
func (u *record) pathString() string {
	if u.opaque {
		return u.opaqueP
	}
	var b strings.Builder
	for _, s := range u.path {
		b.WriteByte('/')
		b.WriteString(s)
	}
	return b.String()
}

// serialize is the URL serializer; the fragment is included unless
// excludeFragment.
func (u *record) serialize(excludeFragment bool) string {
	var b strings.Builder
	b.WriteString(u.scheme)
	b.WriteByte(':')
	if u.hasHost {
		b.WriteString("//")
		if u.hasCredentials() {
			b.WriteString(u.username)
			if u.password != "" {
				b.WriteByte(':')
				b.WriteString(u.password)
			}
			b.WriteByte('@')
		}
		b.WriteString(u.host)
		if u.port != -1 {
			b.WriteByte(':')
			b.WriteString(strconv.Itoa(u.port))
		}
	} else if !u.opaque && len(u.path) > 1 && u.path[0] == "" {
		b.WriteString("/.")
	}
	b.WriteString(u.pathString())
	if u.hasQuery {
		b.WriteByte('?')
		b.WriteString(u.query)
	}
	if !excludeFragment && u.hasFrag {
		b.WriteByte('#')
		b.WriteString(u.frag)
	}
	return b.String()
}

// origin is the ASCII serialization of the URL's origin.
func (u *record) origin() string {
	switch u.scheme {
	case "blob":
		inner, ok := parse(u.pathString(), nil)
		if ok && (inner.scheme == "http" || inner.scheme == "https") {
			return inner.origin()
		}
		return "null"
	case "ftp", "http", "https", "ws", "wss":
		s := u.scheme + "://" + u.host
		if u.port != -1 {
			s += ":" + strconv.Itoa(u.port)
		}
		return s
	}
	return "null"
}

// omitted is ada's "no such component" offset (uint32 max).
const omitted = 1<<32 - 1

var schemeTypes = map[string]int64{"http": 0, "https": 2, "ws": 3, "ftp": 4, "wss": 5, "file": 6}

// offsets are the component boundaries in the serialized URL, as Node
// shows them in URLContext under inspect's showHidden.
func (u *record) offsets() [9]int64 {
	protocolEnd := int64(len(u.scheme) + 1)
	usernameEnd, hostStart, hostEnd := protocolEnd, protocolEnd, protocolEnd
	pathnameStart := protocolEnd
	if u.hasHost {
		start := protocolEnd + 2
		usernameEnd, hostStart = start, start
		if u.hasCredentials() {
			usernameEnd = start + int64(len(u.username))
			hostStart = usernameEnd
			if u.password != "" {
				hostStart += 1 + int64(len(u.password))
			}
			hostEnd = hostStart + 1 + int64(len(u.host))
		} else {
			hostEnd = hostStart + int64(len(u.host))
		}
		pathnameStart = hostEnd
		if u.port != -1 {
			pathnameStart += 1 + int64(len(strconv.Itoa(u.port)))
		}
	} else if !u.opaque && len(u.path) > 1 && u.path[0] == "" {
		pathnameStart += 2 // "/."
	}
	searchStart, hashStart, port := int64(omitted), int64(omitted), int64(omitted)
	end := pathnameStart + int64(len(u.pathString()))
	if u.hasQuery {
		searchStart = end
		end += 1 + int64(len(u.query))
	}
	if u.hasFrag {
		hashStart = end
	}
	if u.port != -1 {
		port = int64(u.port)
	}
	st, ok := schemeTypes[u.scheme]
	if !ok {
		st = 1
	}
	return [9]int64{protocolEnd, usernameEnd, hostStart, hostEnd, pathnameStart, searchStart, hashStart, port, st}
}
