package url

import (
	"strings"
	"testing"
)

// TestParse covers the parser's branches without the WPT data: special
// and opaque schemes, relative resolution, hosts and percent-encoding.
func TestParse(t *testing.T) {
	t.Parallel()
	tests := []struct {
		in, base, want string // want "" means failure
	}{
		{"HTTP://Example.COM:80/a/./b/../c?x y#z w", "", "http://example.com/a/c?x%20y#z%20w"},
		{"https://u:p@h:0443/", "", "https://u:p@h/"}, // the default port, written long,
		{"//x/y", "https://b/c", "https://x/y"},
		{"../../g", "http://a/b/c/d;p?q", "http://a/g"},
		{"?y", "http://a/b/c/d;p?q", "http://a/b/c/d;p?y"},
		{"#s", "sc:opaque", "sc:opaque#s"},
		{"x", "sc:opaque", ""},
		{"\t ht\ntp://h/\r ", "", "http://h/"},
		{"http://0x7f.1/", "", "http://127.0.0.1/"},
		{"http://4294967295/", "", "http://255.255.255.255/"},
		{"http://4294967296/", "", ""},
		{"http://1.2.3.08/", "", ""},
		{"http://foo.09/", "", ""},
		{"http://[0:0:0:0:0:0:0:1]/", "", "http://[::1]/"},
		{"http://[1:0:0:2:0:0:0:3]/", "", "http://[1:0:0:2::3]/"},
		{"http://[::ffff:1.2.3.4]/", "", "http://[::ffff:102:304]/"},
		{"http://[1::2::3]/", "", ""},
		{"http://ÉXAMPLE.com/", "", "http://xn--xample-9ua.com/"},
		{"http://a%2eb/", "", "http://a.b/"},
		{"http://a b/", "", ""},
		{"http://a<b/", "", ""},
		{"sc://a b/", "", ""},
		{"sc://ñ/p q", "", "sc://%C3%B1/p%20q"},
		{"sc:/.//p", "", "sc:/.//p"},
		{"file:c:\\x\\..\\y", "", "file:///c:/y"},
		{"file://localhost/x", "", "file:///x"},
		{"/C|/x", "file:///D:/y", "file:///C:/x"},
		{"http://h/%zz/ö/{}", "", "http://h/%zz/%C3%B6/%7B%7D"},
		{"http://h/?'\"", "", "http://h/?%27%22"},
		{"sc://h/?'\"", "", "sc://h/?'%22"},
		{"http://h:65536/", "", ""},
		{"http://@h/", "", "http://h/"},
		{"http://:@/", "", ""},
		{"blob:https://a.com/x", "", "blob:https://a.com/x"},
	}
	for _, tt := range tests {
		var base *string
		if tt.base != "" {
			base = &tt.base
		}
		u, ok := parseWithBase(tt.in, base)
		switch {
		case tt.want == "" && ok:
			t.Errorf("parse(%q, %q) = %q, want failure", tt.in, tt.base, u.serialize(false))
		case tt.want != "" && !ok:
			t.Errorf("parse(%q, %q) failed, want %q", tt.in, tt.base, tt.want)
		case ok && u.serialize(false) != tt.want:
			t.Errorf("parse(%q, %q) = %q, want %q", tt.in, tt.base, u.serialize(false), tt.want)
		}
	}
}

func TestOrigin(t *testing.T) {
	t.Parallel()
	for in, want := range map[string]string{
		"https://a.com:443/x":     "https://a.com",
		"ws://a:81/":              "ws://a:81",
		"blob:https://b.com:8/id": "https://b.com:8",
		"blob:file:///x":          "null",
		"file:///x":               "null",
		"sc://h/":                 "null",
	} {
		u, ok := parse(in, nil)
		if !ok || u.origin() != want {
			t.Errorf("origin(%q) = %q, want %q", in, u.origin(), want)
		}
	}
}

// TestSetters checks state overrides, including the ones that must
// leave the URL alone.
func TestSetters(t *testing.T) {
	t.Parallel()
	tests := []struct{ href, setter, value, want string }{
		{"http://h/", "protocol", "https", "https://h/"},
		{"http://h/", "protocol", "sc", "http://h/"},
		{"sc://h/", "protocol", "http", "sc://h/"},
		{"http://u@h/", "protocol", "file", "http://u@h/"},
		{"https://h:80/", "protocol", "http", "http://h/"},
		{"http://h/", "username", "a b:c", "http://a%20b%3Ac@h/"},
		{"file:///x", "username", "u", "file:///x"},
		{"http://h/", "password", "p@", "http://:p%40@h/"},
		{"http://h:1/", "host", "x:2", "http://x:2/"},
		{"http://h:1/", "host", "x:abc", "http://x:1/"},
		{"http://h/", "hostname", "x:2", "http://h/"},
		{"sc:opaque", "host", "x", "sc:opaque"},
		{"http://h/", "port", "8080x", "http://h:8080/"},
		{"http://h:9/", "port", "", "http://h/"},
		{"http://h/", "port", "99999", "http://h/"},
		{"http://h/a", "pathname", "b/../c d", "http://h/c%20d"},
		{"sc:opaque", "pathname", "x", "sc:opaque"},
		{"http://h/?a", "search", "?b c#", "http://h/?b%20c%23"},
		{"sc:a b ?q", "search", "", "sc:a b"},
		{"http://h/#a", "hash", "#b c", "http://h/#b%20c"},
		{"sc:a b #f", "hash", "", "sc:a b"},
	}
	for _, tt := range tests {
		u, ok := parse(tt.href, nil)
		if !ok {
			t.Fatalf("parse(%q) failed", tt.href)
		}
		u.set(tt.setter, tt.value)
		if got := u.serialize(false); got != tt.want {
			t.Errorf("%q.%s = %q: %q, want %q", tt.href, tt.setter, tt.value, got, tt.want)
		}
	}
}

func TestDomainHelpers(t *testing.T) {
	t.Parallel()
	for in, want := range map[string]string{
		"español.com":      "xn--espaol-zwa.com",
		"EXAMPLE.com":      "example.com",
		"xn--iñvalid.com":  "",
		"a b":              "",
		"0x7f.1":           "127.0.0.1",
		"\u00ad":           "",
		"faß.de":           "xn--fa-hia.de",
		"xn--ls8h.example": "xn--ls8h.example",
	} {
		if got := domainToASCIIPublic(in); got != want {
			t.Errorf("domainToASCII(%q) = %q, want %q", in, got, want)
		}
	}
	if got := domainToUnicodePublic("xn--espaol-zwa.com"); got != "español.com" {
		t.Errorf("domainToUnicode = %q", got)
	}
}

func TestFormCodec(t *testing.T) {
	t.Parallel()
	if got := formDecode("a+b%20%E2%82%AC%zz%FF"); got != "a b €%zz\uFFFD" {
		t.Errorf("formDecode = %q", got)
	}
	var b strings.Builder
	formEncode(&b, "a b&=+~*é")
	if got := b.String(); got != "a+b%26%3D%2B%7E*%C3%A9" {
		t.Errorf("formEncode = %q", got)
	}
}
