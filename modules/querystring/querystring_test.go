package querystring_test

import (
	"testing"

	"github.com/gorun-js/gorun/internal/jstest"
	"github.com/gorun-js/gorun/modules/querystring"
	"github.com/gorun-js/gorun/runtime"
)

// TestAgainstNode runs every testdata/cases script as a gorun program and
// compares its output and exit code with node's (testdata/expected.json,
// written by testdata/gen.js).
func TestAgainstNode(t *testing.T) {
	jstest.MatchNode(t, runtime.Options{}, false)
}

func TestDecodeUTF8(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct{ in, want string }{
		{"abc", "abc"},
		{"\xe2\x82\xac", "€"},
		{"\xe2\x82", "\ufffd"},
		{"\xe2\x82x", "\ufffdx"},
		{"\xff\xfe", "\ufffd\ufffd"},
		{"\xed\xa0\x80", "\ufffd\ufffd\ufffd"}, // surrogate: E0..9F only after ED
		{"\xf0\x9f\x98\x80", "😀"},
		{"\xf0\x9f\x98", "\ufffd"},
		{"\xf4\x90\x80\x80", "\ufffd\ufffd\ufffd\ufffd"},
		{"\xc0\xaf", "\ufffd\ufffd"},
	} {
		if got := querystring.DecodeUTF8([]byte(tc.in)); got != tc.want {
			t.Errorf("DecodeUTF8(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}
