package npmcompat

import "testing"

// TestRegExpPropertyEscapesInModules: goja alone never matches \p{…}
// (issue 3); every compiled module, CommonJS and ES, goes through the
// literal rewrite, and a file without property escapes is left alone.
func TestRegExpPropertyEscapesInModules(t *testing.T) {
	t.Parallel()
	tl := newTestLoader(t, map[string]string{
		"/app/main.js": `
			out(/^\p{Lu}\p{Ll}+$/u.test('Élan'), /\P{L}/u.test('a'), 'a1b2'.replace(/\p{Nd}/gu, '#'));
			out(/\p{Script=Greek}/u.test('λ'), /[\p{L}\p{N}]+/u.exec('--ab12--')[0], /\p{L}/.test('p{L}'));
			const esm = require('./esm.mjs');
			out(esm.word('¡Hola, señor!'));
		`,
		"/app/esm.mjs": `export const word = (s) => s.match(/\p{L}+/gu).join('|');`,
	})
	want := "true false a#b#\ntrue ab12 true\nHola|señor\n"
	if got := tl.run(t); got != want {
		t.Errorf("got %q, want %q", got, want)
	}
}
