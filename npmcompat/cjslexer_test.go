package npmcompat

import (
	"os"
	"path/filepath"
	"reflect"
	"testing"
)

// testdata/esm/cjs_named_exports.txt compares the lexer with node's on
// whole modules; these pin individual forms.
func TestLexCJS(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct {
		src       string
		exports   []string
		reexports []string
	}{
		{`exports.a = 1; exports . b=2; module.exports.c = 3`, []string{"a", "b", "c"}, nil},
		{`exports['a-b'] = 1; exports["\u0063"] = 2; exports[x] = 3`, []string{"a-b", "c"}, nil},
		{`x.exports.a = 1; exports.b; exports.c += 1`, nil, nil},
		// A '.' ending a comment is no member access (iconv-lite's codecs).
		{"// lower half is ASCII). \nexports._sbcs = X;\n/* x. */exports.y = 1", []string{"_sbcs", "y"}, nil},
		{`module.exports = { a, b: c, 'd': e, f: 1, g }`, []string{"a", "b", "d"}, nil},
		{`module.exports = { ...require('./x'), a, ...y, b }`, []string{"a", "b"}, []string{"./x"}},
		{`module.exports = require('./a'); module.exports = require("./b")`, nil, []string{"./b"}},
		{`module.exports = require('./a'); module.exports = {}`, nil, nil},
		{`Object.defineProperty(exports, 'a', { enumerable: true, get: function () { return m.a; } });
		  Object.defineProperty(module.exports, "b", { get() { return m['b'] } });
		  Object.defineProperty(exports, 'c', { value: 1 });
		  Object.defineProperty(exports, 'd', { enumerable: true, get: () => m.d });
		  exports.d = 1;`, []string{"a", "b", "c"}, nil},
		{`__exportStar(require("./a"), exports); tslib_1.__exportStar(require('./b'), exports); __export(require('./c'))`, nil, []string{"./a", "./b", "./c"}},
		{"var _x = _interopRequireWildcard(require('./x'));\nObject.keys(_x).forEach(function (key) {\n  if (key === 'default') return;\n  exports[key] = _x[key];\n});", nil, []string{"./x"}},
		{"var _y = require('./y');\nObject.keys(_z).forEach(function (key) { exports[key] = _z[key]; });", nil, nil},
		{"const s = 'exports.a = 1'; /* exports.b = 1 */ // exports.c = 1\nconst r = /exports.d = 1/; const t = `${exports.e = 1}exports.f = 1`;", []string{"e"}, nil},
		{"a = b / c; exports.g = d / e; if (x) /exports.h = 1/.test(y); exports.i = 1", []string{"g", "i"}, nil},
	} {
		got := lexCJS(tc.src)
		if !reflect.DeepEqual(got.Exports, tc.exports) || !reflect.DeepEqual(got.Reexports, tc.reexports) {
			t.Errorf("%s\n got %q %q\nwant %q %q", tc.src, got.Exports, got.Reexports, tc.exports, tc.reexports)
		}
	}
}

// BenchmarkLexCJS lexes a large CommonJS file (lodash, 540 kB) when the
// package test's install is around.
func BenchmarkLexCJS(b *testing.B) {
	dir, _ := os.UserCacheDir()
	matches, _ := filepath.Glob(dir + "/gorun/packages/*/node_modules/lodash/lodash.js")
	if len(matches) == 0 {
		b.Skip("no lodash install (run go test ./tests/packages first)")
	}
	src, err := os.ReadFile(matches[0])
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(len(src)))
	for i := 0; i < b.N; i++ {
		lexCJS(string(src))
	}
}
