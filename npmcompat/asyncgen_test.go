package npmcompat

import (
	"strings"
	"testing"
)

// esbuild's __asyncGenerator helper is swapped for internal/polyfill's
// (testdata/esm/async_generators.txt checks the semantics against node).
// This catches an esbuild upgrade that changes the helper's text, and
// checks that lines keep their numbers for the source map.
func TestAsyncGeneratorHelperReplaced(t *testing.T) {
	t.Parallel()
	src := "async function* g() { yield 1; yield* g(); }\nexport const x = g;\nthrow new Error('line 3');\n"
	out, err := runEsbuild("/app/x.mjs", src, kindESM, jsxConfig{})
	if err != nil {
		t.Fatal(err)
	}
	if strings.Contains(out, "(__this, __arguments, generator) =>") || !strings.Contains(out, "var __asyncGenerator = (() => {") || strings.Contains(out, "var __yieldStar = (value) => {\n") {
		t.Fatalf("esbuild's helper was not replaced:\n%s", out)
	}
	tl := newTestLoader(t, map[string]string{"/app/main.mjs": src})
	err = tl.RunMain("main.mjs")
	if err == nil || !strings.Contains(err.Error(), "main.mjs:3:") {
		t.Errorf("stack does not name line 3: %v", err)
	}
}
