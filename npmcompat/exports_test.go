package npmcompat

import (
	"errors"
	"reflect"
	"sort"
	"testing"
)

// exportsFiles is a package tree for the "exports"/"imports" rules; the
// node-recorded cases (testdata/node/exports_*.txt, imports.txt,
// self_reference.txt) check the same rules end to end against node.
var exportsFiles = map[string]string{
	"/app/package.json": `{"name": "app", "exports": {".": "./main.js", "./util": "./lib/util.js"},
		"imports": {"#util": "./lib/util.js", "#cond": {"import": "./lib/esm.mjs", "require": "./lib/util.js"},
		"#feat/*": "./features/*.js", "#dep": "dep", "#fs": "fs", "#missing": "nope"}}`,
	"/app/main.js":          "",
	"/app/lib/util.js":      "",
	"/app/lib/esm.mjs":      "",
	"/app/features/a.js":    "",
	"/app/features/a.js.js": "",
	"/app/sub/deep.js":      "",
	"/app/node_modules/dual/package.json": `{"exports": {
		".": {"import": "./esm/index.mjs", "require": "./cjs/index.js"},
		"./feat/*": {"import": "./esm/*.mjs", "default": "./cjs/*.js"},
		"./feat/internal/*": null,
		"./data": "./data.json",
		"./bad": "data.json",
		"./gone": "./gone.js"}}`,
	"/app/node_modules/dual/esm/index.mjs":   "",
	"/app/node_modules/dual/esm/x.mjs":       "",
	"/app/node_modules/dual/cjs/index.js":    "",
	"/app/node_modules/dual/cjs/x.js":        "",
	"/app/node_modules/dual/data.json":       "",
	"/app/node_modules/dual/index.js":        "",
	"/app/node_modules/sugar/package.json":   `{"main": "ignored.js", "exports": "./entry.js"}`,
	"/app/node_modules/sugar/entry.js":       "",
	"/app/node_modules/sugar/ignored.js":     "",
	"/app/node_modules/nullexp/package.json": `{"main": "m.js", "exports": null}`,
	"/app/node_modules/nullexp/m.js":         "",
	"/app/node_modules/dep/package.json":     `{"main": "lib/main"}`,
	"/app/node_modules/dep/lib/main.js":      "",
	"/app/node_modules/mixed/package.json":   `{"exports": {".": "./x.js", "node": "./x.js"}}`,
}

func newExportsResolver(t *testing.T) (*Resolver, *[]string) {
	t.Helper()
	var warnings []string
	r := NewResolver(ResolverOptions{
		FS:        NewMapFS(exportsFiles),
		Cwd:       func() string { return "/app" },
		IsBuiltin: func(name string) bool { return name == "fs" },
		ExecPath:  "/opt/node/bin/node",
		Warn:      func(msg, typ, code string) { warnings = append(warnings, code+" "+msg) },
	})
	return r, &warnings
}

func TestExportsResolveFilename(t *testing.T) {
	t.Parallel()
	deepParent := &Parent{ID: "/app/sub/deep.js", Filename: "/app/sub/deep.js", Paths: NodeModulePaths("/app/sub")}
	tests := []struct {
		name, request string
		parent        *Parent
		want          string
		// wantCode is a PackageError's code; wantErr an error's text.
		wantCode, wantErr string
	}{
		{name: "require condition", request: "dual", want: "/app/node_modules/dual/cjs/index.js"},
		{name: "pattern with default condition", request: "dual/feat/x", want: "/app/node_modules/dual/cjs/x.js"},
		{name: "null pattern excludes", request: "dual/feat/internal/y", wantCode: codePathNotExported},
		{name: "unexported file", request: "dual/index.js", wantCode: codePathNotExported},
		{name: "invalid target", request: "dual/bad", wantCode: codeInvalidTarget},
		{name: "missing target file", request: "dual/gone", wantErr: "Cannot find module '/app/node_modules/dual/gone.js'"},
		{name: "json target", request: "dual/data", want: "/app/node_modules/dual/data.json"},
		{name: "string sugar beats main", request: "sugar", want: "/app/node_modules/sugar/entry.js"},
		{name: "exports null is ignored", request: "nullexp", want: "/app/node_modules/nullexp/m.js"},
		{name: "mixed keys", request: "mixed", wantCode: codeInvalidConfig},
		{name: "self reference", request: "app/util", want: "/app/lib/util.js"},
		{name: "self reference from a subfolder", request: "app", parent: deepParent, want: "/app/main.js"},
		{name: "self reference not exported", request: "app/lib/util.js", wantCode: codePathNotExported},
		{name: "imports exact", request: "#util", want: "/app/lib/util.js"},
		{name: "imports condition", request: "#cond", want: "/app/lib/util.js"},
		{name: "imports pattern", request: "#feat/a", want: "/app/features/a.js"},
		{name: "imports pattern keeps extensions", request: "#feat/a.js", want: "/app/features/a.js.js"},
		{name: "imports to a package", request: "#dep", want: "/app/node_modules/dep/lib/main.js"},
		{name: "imports to a builtin is not a file", request: "#fs", wantCode: codeInvalidURLScheme},
		{name: "imports to a missing package", request: "#missing", wantErr: "Cannot find module '#missing'"},
		{name: "imports undefined", request: "#nope", wantCode: codeImportNotDefined},
		{name: "invalid imports name", request: "#/x", wantCode: codeInvalidSpecifier},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			r, _ := newExportsResolver(t)
			parent := tt.parent
			if parent == nil {
				parent = mainParent
			}
			got, err := r.ResolveFilename(tt.request, parent, false, nil)
			var pe *PackageError
			switch {
			case tt.wantCode != "":
				if !errors.As(err, &pe) || pe.Code != tt.wantCode {
					t.Fatalf("ResolveFilename(%q) = %q, %v; want %s", tt.request, got, err, tt.wantCode)
				}
			case tt.wantErr != "":
				if err == nil || err.Error() != tt.wantErr {
					t.Fatalf("ResolveFilename(%q) = %q, %v; want error %q", tt.request, got, err, tt.wantErr)
				}
			case err != nil || got != tt.want:
				t.Fatalf("ResolveFilename(%q) = %q, %v; want %q", tt.request, got, err, tt.want)
			}
		})
	}
}

// The ES module loader reuses the algorithms with its own conditions and
// gets URLs back.
func TestExportsForImport(t *testing.T) {
	t.Parallel()
	r, _ := newExportsResolver(t)
	pkg, err := r.ReadPackage("/app/node_modules/dual")
	if err != nil {
		t.Fatal(err)
	}
	pj := "/app/node_modules/dual/package.json"
	for _, tc := range []struct {
		subpath string
		conds   *Conditions
		want    string
	}{
		{".", r.ImportConditions(), "file:///app/node_modules/dual/esm/index.mjs"},
		{".", r.RequireConditions(), "file:///app/node_modules/dual/cjs/index.js"},
		{"./feat/x", r.ImportConditions(), "file:///app/node_modules/dual/esm/x.mjs"},
		{"./feat/x", NewConditions("browser"), "file:///app/node_modules/dual/cjs/x.js"},
	} {
		got, err := r.PackageExportsResolve(pj, tc.subpath, pkg, "/app/main.mjs", tc.conds)
		if err != nil || got != tc.want {
			t.Errorf("PackageExportsResolve(%q, %v) = %q, %v; want %q", tc.subpath, tc.conds.Names(), got, err, tc.want)
		}
	}
	_, err = r.PackageExportsResolve(pj, "./nope", pkg, "/app/main.mjs", r.ImportConditions())
	var pe *PackageError
	if !errors.As(err, &pe) || !reflect.DeepEqual(pe.Args, []any{"/app/node_modules/dual/", "./nope", "/app/main.mjs"}) {
		t.Errorf("not exported: %#v", err)
	}

	for _, tc := range []struct{ name, want string }{
		{"#cond", "file:///app/lib/esm.mjs"},
		{"#fs", "node:fs"},
		{"#dep", "file:///app/node_modules/dep/lib/main.js"},
	} {
		got, err := r.PackageImportsResolve(tc.name, "/app/main.mjs", r.ImportConditions())
		if err != nil || got != tc.want {
			t.Errorf("PackageImportsResolve(%q) = %q, %v; want %q", tc.name, got, err, tc.want)
		}
	}
	_, err = r.PackageResolve("nope", "/app/main.mjs", r.ImportConditions())
	if !errors.As(err, &pe) || pe.Code != codeESMModuleNotFound {
		t.Errorf("PackageResolve(nope) = %#v", err)
	}
}

func TestConditionsFromOptions(t *testing.T) {
	t.Parallel()
	r := NewResolver(ResolverOptions{FS: NewMapFS(nil), Conditions: []string{"custom", "node"}})
	if got := r.RequireConditions().Names(); !reflect.DeepEqual(got, []string{"require", "node", "node-addons", "module-sync", "custom"}) {
		t.Errorf("require conditions = %q", got)
	}
	if got := r.ImportConditions().Names(); !reflect.DeepEqual(got, []string{"node", "import", "module-sync", "node-addons", "custom"}) {
		t.Errorf("import conditions = %q", got)
	}
	if r.RequireConditions().Has("import") || !r.ImportConditions().Has("custom") {
		t.Error("condition membership is wrong")
	}
}

func TestPatternKeyCompare(t *testing.T) {
	t.Parallel()
	// Sorted by Node's PATTERN_KEY_COMPARE, most specific first: a longer
	// prefix up to the "*" wins, then a longer key; a key without "*"
	// counts its full length and loses ties to pattern keys.
	keys := []string{"./*", "./a/*", "./a/*.js", "./a/b", "./a/*/c.js", "./ab*"}
	sort.SliceStable(keys, func(i, j int) bool { return patternKeyCompare(keys[i], keys[j]) < 0 })
	want := []string{"./a/*/c.js", "./a/*.js", "./a/*", "./ab*", "./a/b", "./*"}
	if !reflect.DeepEqual(keys, want) {
		t.Errorf("order = %q, want %q", keys, want)
	}
	if patternKeyCompare("", "./x/*") != 1 {
		t.Error("any key beats the empty best match")
	}
}

func TestJSONValueOrderAndNumbers(t *testing.T) {
	t.Parallel()
	v, err := parseJSONValue([]byte(`{"b": 1, "10": 2, "a": [true, null, 1e21], "2": 3, "b": 4, "01": 5}`))
	if err != nil {
		t.Fatal(err)
	}
	o := v.(*jsonObject)
	if want := []string{"2", "10", "b", "a", "01"}; !reflect.DeepEqual(o.keys, want) {
		t.Errorf("keys = %q, want V8 order %q", o.keys, want)
	}
	if b, _ := o.get("b"); b != 4.0 {
		t.Errorf("duplicate key kept %v, want the last value", b)
	}
	if got := jsTemplateString(o.vals["a"]); got != "true,,1e+21" {
		t.Errorf("array as template string = %q", got)
	}
	for f, want := range map[float64]string{5: "5", 1.5: "1.5", -0.000001: "-0.000001", 1e-7: "1e-7", 123456789012345680000: "123456789012345680000", 1e21: "1e+21"} {
		if got := jsNumberString(f); got != want {
			t.Errorf("jsNumberString(%v) = %q, want %q", f, got, want)
		}
	}
	for key, want := range map[string]bool{"0": true, "1.5": true, "01": false, "-1": false, "4294967295": false, "x": false, "1e3": false} {
		if got := isArrayIndexKey(key); got != want {
			t.Errorf("isArrayIndexKey(%q) = %v", key, got)
		}
	}
}

func TestFileURLRoundTrip(t *testing.T) {
	t.Parallel()
	base := parseFileURL(pathToFileURL("/pk g/#1/package.json"))
	if got := base.href(); got != "file:///pk%20g/%231/package.json" {
		t.Errorf("pathToFileURL = %q", got)
	}
	for _, tc := range []struct{ ref, href, path string }{
		{"./a.js", "file:///pk%20g/%231/a.js", "/pk g/#1/a.js"},
		{"./ü.js?x#y", "file:///pk%20g/%231/%C3%BC.js?x#y", "/pk g/#1/ü.js"},
		{"./a\\b/./c/../d.js", "file:///pk%20g/%231/a/b/d.js", "/pk g/#1/a/b/d.js"},
		{"./%2e%2E/x", "file:///pk%20g/x", "/pk g/x"},
		{"./d/", "file:///pk%20g/%231/d/", "/pk g/#1/d/"},
		{" ./t\tab.js ", "file:///pk%20g/%231/tab.js", "/pk g/#1/tab.js"},
	} {
		u := resolveRef(base, tc.ref)
		p, err := urlToPath(u)
		if u.href() != tc.href || err != nil || p != tc.path {
			t.Errorf("resolve %q = %q → %q, %v; want %q → %q", tc.ref, u.href(), p, err, tc.href, tc.path)
		}
	}
	if _, err := urlToPath(parseFileURL("file:///a%2fb")); err == nil {
		t.Error("encoded slash accepted")
	}
	if _, err := urlToPath(parseFileURL("file:///a%ff")); !errors.Is(err, errURIMalformed) {
		t.Errorf("invalid UTF-8 escape: %v", err)
	}
	if canParseURL("dep/x") || !canParseURL("node:fs") || canParseURL("1x:y") {
		t.Error("canParseURL")
	}
}

func TestInvalidSegments(t *testing.T) {
	t.Parallel()
	for s, want := range map[string][2]bool{
		"a/b.js":            {false, false},
		"a/../b":            {true, false},
		"a/%2E/b":           {true, false},
		"NODE_MODULES/x":    {true, false},
		"n%6Fde_modules/x":  {true, false},
		"a//b":              {true, true},
		"/a":                {true, true},
		"a/":                {true, true},
		"":                  {true, true},
		"...":               {false, false},
		"node_modules.js/x": {false, false},
	} {
		bad, dep := invalidSegment(s)
		if [2]bool{bad, dep} != want {
			t.Errorf("invalidSegment(%q) = %v, %v; want %v", s, bad, dep, want)
		}
	}
}

func TestPackageType(t *testing.T) {
	t.Parallel()
	r := NewResolver(ResolverOptions{FS: NewMapFS(map[string]string{
		"/m/package.json":                `{"type": "module"}`,
		"/m/a.js":                        "",
		"/m/c/package.json":              `{"type": "commonjs"}`,
		"/m/node_modules/x/index.js":     "",
		"/m/node_modules/y/package.json": `{"type": "wasm"}`,
		"/m/node_modules/y/lib/index.js": "",
	})})
	for file, want := range map[string]string{
		"/m/a.js":                        "module",
		"/m/c/b.cjs":                     "commonjs",
		"/m/node_modules/x/index.js":     "none",
		"/m/node_modules/y/lib/index.js": "none",
		"/elsewhere/z.js":                "none",
	} {
		if got, err := r.PackageType(file); err != nil || got != want {
			t.Errorf("PackageType(%q) = %q, %v; want %q", file, got, err, want)
		}
	}
}
