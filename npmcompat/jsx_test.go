package npmcompat

import "testing"

// Node cannot run .jsx/.tsx itself; these expectations are what node with
// the tsx loader prints: JSX compiled for React's automatic runtime, or as
// the nearest tsconfig.json says.
func TestJSX(t *testing.T) {
	t.Parallel()
	runtime := map[string]string{
		"/app/node_modules/react/package.json": `{"name":"react","exports":{"./jsx-runtime":"./jsx-runtime.js","./jsx-dev-runtime":"./jsx-dev-runtime.js",".":"./index.js"}}`,
		"/app/node_modules/react/jsx-runtime.js": `const show = (t, p) => (typeof t === 'string' ? t : t === exports.Fragment ? 'Fragment' : t.name) + JSON.stringify(p);
exports.Fragment = Symbol('Fragment'); exports.jsx = (t, p, k) => 'jsx:' + show(t, p) + (k === undefined ? '' : '#' + k); exports.jsxs = (t, p) => 'jsxs:' + show(t, p);`,
		"/app/node_modules/react/index.js":        `exports.createElement = (t, p, ...c) => 'classic:' + (typeof t === 'string' ? t : t.name) + JSON.stringify(p) + c.length;`,
		"/app/node_modules/preact/package.json":   `{"name":"preact","exports":{"./jsx-runtime":"./jsx-runtime.js"}}`,
		"/app/node_modules/preact/jsx-runtime.js": `exports.jsx = (t, p) => 'preact:' + t + JSON.stringify(p);`,
	}
	for _, tc := range []struct {
		name, main string
		files      map[string]string
		want       string
	}{
		{"jsx as CommonJS", "main.jsx", map[string]string{
			"/app/main.jsx": "const App = (p) => p.x;\nconst key = 'k';\nout(<div id=\"a\">hi</div>);\nout(<App x={1} key={key} />);\nout(<><b /><i /></>);\nout(typeof require, typeof module);\n",
		}, "jsx:div{\"id\":\"a\",\"children\":\"hi\"}\njsx:App{\"x\":1}#k\njsxs:Fragment{\"children\":[\"jsx:b{}\",\"jsx:i{}\"]}\nfunction object\n"},
		{"tsx as an ES module", "main.tsx", map[string]string{
			"/app/package.json": `{"type":"module"}`,
			"/app/main.tsx":     "import { label } from './label.tsx';\nconst n: number = 2;\nout(label(n), typeof require);\n",
			"/app/label.tsx":    "export function label<T>(v: T) { return <span title={String(v)} />; }\n",
		}, "jsx:span{\"title\":\"2\"} undefined\n"},
		{"tsconfig classic", "main.jsx", map[string]string{
			"/app/tsconfig.json": "{\n  // comments are allowed\n  \"compilerOptions\": { \"jsx\": \"react\" }\n}",
			"/app/main.jsx":      "const React = require('react');\nout(<p a=\"1\">x{1}</p>);\n",
		}, "classic:p{\"a\":\"1\"}2\n"},
		{"tsconfig jsxImportSource", "main.jsx", map[string]string{
			"/app/tsconfig.json": `{"compilerOptions":{"jsx":"react-jsx","jsxImportSource":"preact"}}`,
			"/app/main.jsx":      "out(<q />);\n",
		}, "preact:q{}\n"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			files := map[string]string{}
			for k, v := range runtime {
				files[k] = v
			}
			for k, v := range tc.files {
				files[k] = v
			}
			tl := newTestLoader(t, files)
			if err := tl.RunMain(tc.main); err != nil {
				t.Fatal(err)
			}
			if got := tl.out.String(); got != tc.want {
				t.Errorf("got  %q\nwant %q", got, tc.want)
			}
		})
	}
}
