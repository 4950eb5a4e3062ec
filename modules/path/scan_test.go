package path

import (
	"testing"
	"unicode/utf16"
)

func u(s string) units { return units(utf16.Encode([]rune(s))) }

func TestScans(t *testing.T) {
	t.Parallel()
	cases := []struct {
		name string
		fn   func() units
		want string
	}{
		{"collapse relative", func() units { return collapse(u("a/./b/../../../c"), true, posixFlavour) }, "../c"},
		{"collapse absolute", func() units { return collapse(u("a/../../c"), false, posixFlavour) }, "c"},
		{"collapse win", func() units { return collapse(u(`a\b/..\c`), true, winFlavour) }, `a\c`},
		{"posix normalize", func() units { return posixNormalize(u("/foo/bar//baz/asdf/quux/..")) }, "/foo/bar/baz/asdf"},
		{"posix normalize trailing", func() units { return posixNormalize(u("./")) }, "./"},
		{"win normalize", func() units { return winNormalize(u(`C:\temp\\foo\bar\..\`)) }, `C:\temp\foo\`},
		{"win normalize UNC root", func() units { return winNormalize(u(`//server/share`)) }, `\\server\share\`},
		{"win normalize device", func() units { return winNormalize(u(`\\.\pipe\..`)) }, `\\.\`},
		{"win normalize reserved", func() units { return winNormalize(u(`CON:x`)) }, `.\CON:x`},
		{"win normalize stream", func() units { return winNormalize(u(`a/../b:`)) }, `.\b:`},
		{"basename suffix", func() units { return basename(u("/a/b.html"), u(".html"), true, posixFlavour) }, "b"},
		{"basename partial suffix", func() units { return basename(u("a/b/"), u("xb"), true, posixFlavour) }, "b/"},
		{"extname dotfile", func() units { return extname(u(".bashrc"), posixFlavour) }, ""},
		{"extname drive", func() units { return extname(u("C:.."), winFlavour) }, ""},
		{"dirname //a", func() units { return posixDirname(u("//a")) }, "//"},
		{"win dirname UNC", func() units { return winDirname(u(`\\srv\share\x`)) }, `\\srv\share\`},
		{"posix relative", func() units { return posixRelative(u("/data/orandea/test/aaa"), u("/data/orandea/impl/bbb")) }, "../../impl/bbb"},
		{"win relative", func() units { return winRelative(u(`C:\orandea\test\aaa`), u(`C:\orandea\impl\bbb`)) }, `..\..\impl\bbb`},
		{"win relative quirk", func() units { return winRelative(u(`\C`), u(`\C.`)) }, "..C."},
		{"win relative past end", func() units { return winRelative(u(`\.C:`), u(`\.C`)) }, ""},
		{"lone surrogate", func() units { return posixNormalize(units{0xd800, '/', '.', '.', '/', 0xdc00}) }, "(U+DC00)"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			got := tc.fn()
			want := units(utf16.Encode([]rune(tc.want)))
			if tc.name == "lone surrogate" {
				want = units{0xdc00}
			}
			if !equal(got, want) {
				t.Errorf("got %q, want %q", string(utf16.Decode(got)), tc.want)
			}
		})
	}
}

func TestWinRoot(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct {
		in       string
		device   string
		rootEnd  int
		absolute bool
	}{
		{`C:\x`, "C:", 3, true},
		{`C:x`, "C:", 2, false},
		{`\\srv\share\x`, `\\srv\share`, 11, true},
		{`\\?\C:\x`, `\\?`, 4, true},
		{`\\srv`, "", 0, true},
		{`\x`, "", 1, true},
		{`x`, "", 0, false},
	} {
		dev, end, abs, _ := winRoot(u(tc.in))
		if string(utf16.Decode(dev)) != tc.device || end != tc.rootEnd || abs != tc.absolute {
			t.Errorf("winRoot(%q) = %q, %d, %v; want %q, %d, %v", tc.in, string(utf16.Decode(dev)), end, abs, tc.device, tc.rootEnd, tc.absolute)
		}
	}
}
