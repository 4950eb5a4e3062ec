package polyfill

import (
	"testing"

	"github.com/dop251/goja"
)

// TestExpandPropertyEscapes runs expanded patterns on goja and checks the
// answers node gives for the original ones (recorded by hand from node 20:
// `node -p '/\p{L}/u.test("a")'`).
func TestExpandPropertyEscapes(t *testing.T) {
	t.Parallel()
	cases := []struct {
		pattern, input string
		want           bool
	}{
		{`\p{L}`, "a", true},
		{`\p{L}`, "1", false},
		{`\p{Lu}`, "a", false},
		{`\p{Lu}`, "É", true},
		{`\P{L}`, "1", true},
		{`\P{L}`, "ж", false},
		{`[\p{L}\d]`, "1", true},
		{`[^\p{L}]`, "x", false},
		{`^\p{Script=Greek}+$`, "αβ", true},
		{`^\p{sc=Grek}+$`, "αβa", false},
		{`\p{sc=Han}`, "中", true},
		{`\p{scx=Hira}`, "ひ", true},
		{`\p{Alphabetic}`, "ª", true},
		{`^\p{Letter}+$`, "héllo", true},
		{`\p{gc=Nd}`, "٣", true},
		{`\p{N}`, "½", true},
		{`\p{White_Space}`, "\u00a0", true},
		{`\p{Any}`, "😀", true},
		{`^\p{ASCII}+$`, "abc~", true},
		{`^\p{ASCII}+$`, "abc€", false},
		{`\p{Uppercase}`, "Ⅰ", true},
		{`\p{ID_Start}`, "$", false},
		{`\p{ID_Continue}`, "_", true},
		{`\p{LC}`, "ǅ", true},
		{`\p{Cn}`, "\u0378", true},
		{`\p{Assigned}`, "\u0378", false},
		{`\p{C}`, "\u0378", true},
		{`\p{P}`, "!", true},
		{`\p{S}`, "😀", true},
		{`^[\P{Lu}]+$`, "ab", true},
	}
	vm := goja.New()
	for _, c := range cases {
		expanded, changed, err := ExpandPropertyEscapes(c.pattern)
		if err != nil || !changed {
			t.Errorf("%s: changed=%v err=%v", c.pattern, changed, err)
			continue
		}
		re, err := vm.New(vm.Get("RegExp"), vm.ToValue(expanded), vm.ToValue("u"))
		if err != nil {
			t.Errorf("%s: compile: %v", c.pattern, err)
			continue
		}
		test, _ := goja.AssertFunction(re.Get("test"))
		got, err := test(re, vm.ToValue(c.input))
		if err != nil || got.ToBoolean() != c.want {
			t.Errorf("/%s/u.test(%q) = %v (%v), want %v", c.pattern, c.input, got, err, c.want)
		}
	}
	for _, bad := range []string{`\p{Foo}`, `\p{Other_Alphabetic}`, `\p{Script=Nope}`, `\p{L`} {
		if _, _, err := ExpandPropertyEscapes(bad); err == nil {
			t.Errorf("%s: want an error", bad)
		}
	}
	if out, changed, _ := ExpandPropertyEscapes(`a\\p{L}`); changed && out != `a\\p{L}` {
		t.Errorf("escaped backslash rewritten: %q", out)
	}
}

// TestRewriteRegExpLiterals: literals in a whole program, as string-width
// and camelcase write them, match as in node after the rewrite.
func TestRewriteRegExpLiterals(t *testing.T) {
	t.Parallel()
	src := "const a = /\\p{Lu}/u.test('É');\n" +
		"const b = 'fooBar-baz'.replace(/[\\p{Lu}]/gu, (m) => '_' + m.toLowerCase());\n" +
		"const c = /\\p{L}/.test('p{L}'); // no u flag: an identity escape, left alone\n" +
		"const d = 'x / 2 /\\\\p{L}/'; // not a literal\n" +
		"[a, b, c, d].join('|')"
	out, changed := RewriteRegExpLiterals(src)
	if !changed {
		t.Fatal("nothing rewritten")
	}
	v, err := goja.New().RunString(out)
	if err != nil {
		t.Fatal(err)
	}
	// node prints: true|foo_bar-baz|true|x / 2 /\p{L}/
	if got, want := v.String(), `true|foo_bar-baz|true|x / 2 /\p{L}/`; got != want {
		t.Fatalf("got %q, want %q", got, want)
	}
	if same, changed := RewriteRegExpLiterals("let x = 1 / 2;"); changed || same != "let x = 1 / 2;" {
		t.Fatal("source without escapes changed")
	}
}
