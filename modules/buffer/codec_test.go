package buffer

import (
	"bytes"
	"strings"
	"testing"
)

func TestDecodeBase64(t *testing.T) {
	t.Parallel()
	long := strings.Repeat("YWJj", 20)
	for _, tc := range []struct{ in, want string }{
		{"YWJjZA", "abcd"},
		{"YWJj$ZA", "abcd"},
		{"YWJjZA==YWJj", "abcd"},
		{"YW=Jj", "a"},
		{"Y", ""},
		{"-_-_", "\xfb\xff\xbf"},
		{"+/+/", "\xfb\xff\xbf"},
		{" YW\nJj ", "abc"},
		{long, strings.Repeat("abc", 20)},
		{long + "$", strings.Repeat("abc", 20)},
		{strings.Repeat("-_", 40), strings.Repeat("\xfb\xff\xbf", 20)},
	} {
		dst := make([]byte, base64DecodedLen(tc.in))
		if got := string(dst[:decodeBase64(dst, tc.in)]); got != tc.want {
			t.Errorf("decodeBase64(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
	// A destination too small keeps the bytes that fit, as write() does.
	dst := make([]byte, 2)
	if n := decodeBase64(dst, "YWJj"); n != 2 || string(dst) != "ab" {
		t.Errorf("short dst: %d %q", n, dst)
	}
}

func TestDecodeHex(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct{ in, want string }{
		{"abc", "\xab"}, {"zz11", ""}, {"11zz22", "\x11"}, {"ABcd", "\xab\xcd"}, {"1", ""},
	} {
		dst := make([]byte, len(tc.in)/2)
		if got := string(dst[:decodeHex(dst, tc.in)]); got != tc.want {
			t.Errorf("decodeHex(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

func TestDecodeUTF8(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct {
		in   []byte
		want string
	}{
		{[]byte{0xe2, 0x82, 0x41}, "\uFFFDA"},
		{[]byte{0xed, 0xa0, 0x80}, "\uFFFD\uFFFD\uFFFD"},
		{[]byte{0xf0, 0x90, 0x41}, "\uFFFDA"},
		{[]byte{0xc0, 0x80}, "\uFFFD\uFFFD"},
		{[]byte{0xf4, 0x90, 0x80, 0x80}, "\uFFFD\uFFFD\uFFFD\uFFFD"},
		{[]byte{0xe2, 0x82}, "\uFFFD"},
		{[]byte("h\xc3\xa9"), "hé"},
	} {
		if got := decodeUTF8(tc.in); got != tc.want {
			t.Errorf("decodeUTF8(% x) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

func TestUTF8Pending(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct {
		in   []byte
		want int
	}{
		{[]byte("a"), 0}, {[]byte{0xe2}, 1}, {[]byte{0xe2, 0x82}, 2}, {[]byte{0xe2, 0x82, 0xac}, 0},
		{[]byte{0xf0, 0x9f, 0x98}, 3}, {[]byte{0xed, 0xa0}, 0}, {[]byte{0x80}, 0}, {[]byte{0xff}, 0},
	} {
		if got := utf8Pending(tc.in); got != tc.want {
			t.Errorf("utf8Pending(% x) = %d, want %d", tc.in, got, tc.want)
		}
	}
}

func TestIndexOf(t *testing.T) {
	t.Parallel()
	h := []byte("abcdef abcdef")
	for _, tc := range []struct {
		needle  string
		offset  int
		forward bool
		want    int
	}{
		{"abc", 0, true, 0}, {"abc", 1, true, 7}, {"abc", -6, true, 7}, {"abc", -100, true, 0},
		{"abc", 100, true, -1}, {"abc", 100, false, 7}, {"abc", 6, false, 0}, {"abc", -100, false, -1},
		{"", 5, true, 5}, {"", 100, true, 13}, {"zz", 0, true, -1},
	} {
		if got := indexOf(h, []byte(tc.needle), tc.offset, tc.forward, false); got != tc.want {
			t.Errorf("indexOf(%q, %d, %v) = %d, want %d", tc.needle, tc.offset, tc.forward, got, tc.want)
		}
	}
	// UCS-2 only matches at even offsets.
	u := []byte{0x00, 0x61, 0x00, 0x61, 0x00, 0x62, 0x00}
	if got := indexOf(u, []byte{0x61, 0x00}, 0, true, true); got != -1 {
		t.Errorf("ucs2 odd match: %d", got)
	}
	if got := indexOfQuirk(u, []byte{0x61, 0x00}, 0, true, true, true); got != len(u)-1 {
		t.Errorf("ucs2 odd-length miss: %d, want Node's %d", got, len(u)-1)
	}
}

func TestAtob(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct {
		in     string
		want   string
		status int
	}{
		{"YWJj", "abc", atobOK}, {" YW Jj ", "abc", atobOK}, {"YQ", "a", atobOK}, {"YQ==", "a", atobOK},
		{"YQ=", "", atobInvalidChar}, {"a", "", atobBadLength}, {"a*bc", "", atobInvalidChar},
		{"YQ===", "", atobInvalidChar}, {"Y-_A", "", atobInvalidChar}, {"YW=j", "", atobInvalidChar},
	} {
		got, status := atob(tc.in)
		if status != tc.status || string(got) != tc.want {
			t.Errorf("atob(%q) = %q, %d; want %q, %d", tc.in, got, status, tc.want, tc.status)
		}
	}
}

func TestSwapFill(t *testing.T) {
	t.Parallel()
	b := []byte("01234567")
	swap(b, 4)
	if string(b) != "32107654" {
		t.Errorf("swap32: %s", b)
	}
	f := make([]byte, 7)
	fill(f, []byte("abc"))
	if !bytes.Equal(f, []byte("abcabca")) {
		t.Errorf("fill: %s", f)
	}
}

func TestUTF16(t *testing.T) {
	t.Parallel()
	u, ok := decodeUTF16([]byte{0x61, 0x00, 0x3d, 0xd8, 0x00, 0xde, 0x00, 0xdc, 0x62}, false, false)
	if !ok || len(u) != 5 || u[3] != 0xfffd || u[4] != 0xfffd {
		t.Errorf("decodeUTF16: %x %v", u, ok)
	}
	if _, ok := decodeUTF16([]byte{0x00, 0xdc}, false, true); ok {
		t.Error("fatal decode accepted a lone low surrogate")
	}
	if n := utf16Pending([]byte{0x61, 0x00, 0x3d, 0xd8, 0x00}, false); n != 3 {
		t.Errorf("utf16Pending: %d", n)
	}
}
