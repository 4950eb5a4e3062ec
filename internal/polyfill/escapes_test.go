package polyfill

import (
	"testing"

	"github.com/dop251/goja"
)

func TestRewriteMaxCodePointEscapes(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct{ src, want string }{
		{`'\u{10FFFF}'.length + ':' + '\u{10FFFF}'.codePointAt(0)`, "2:1114111"},
		{`"a\u{0010ffff}b" === "a\uDBFF\uDFFFb"`, "true"},
		{"`x${1}\\u{10FFFF}`.codePointAt(2)", "1114111"},
		{`'\\u{10FFFF}'`, `\u{10FFFF}`},
		{`/^\u{10FFFF}$/u.test('\u{10FFFF}')`, "true"},
		{`({'\u{10FFFF}': 1})['\uDBFF\uDFFF']`, "1"},
		{`'\u{1F600}'.length`, "2"},
	} {
		src, _ := RewriteMaxCodePointEscapes(tc.src)
		v, err := goja.New().RunString(src)
		if err != nil {
			t.Errorf("%s: %v", tc.src, err)
			continue
		}
		if got := v.String(); got != tc.want {
			t.Errorf("%s = %q, want %q", tc.src, got, tc.want)
		}
	}
	if _, changed := RewriteMaxCodePointEscapes(`'\u{10FFFE}' + '\\u{10FFFF}'`); changed {
		t.Error("rewrote an escape it should have left")
	}
}
