package npmcompat

import (
	"errors"
	"reflect"
	"strings"
	"testing"
)

// resolverFiles is one tree exercising every rule of the algorithm; each
// file's content names it, so a wrong pick is obvious in failures.
var resolverFiles = map[string]string{
	"/app/main.js":         "",
	"/app/x.js":            "",
	"/app/x.json":          "",
	"/app/x/index.js":      "",
	"/app/y.json":          "",
	"/app/y.node":          "",
	"/app/n.node":          "",
	"/app/noext":           "",
	"/app/only/index.json": "",
	"/app/dir.js":          "",
	"/app/dir/index.js":    "",
	"/app/sub/deep.js":     "",

	"/app/node_modules/plain/index.js":             "",
	"/app/node_modules/plain/extra.js":             "",
	"/app/node_modules/withmain/package.json":      `{"main": "lib/entry"}`,
	"/app/node_modules/withmain/lib/entry.js":      "",
	"/app/node_modules/maindir/package.json":       `{"main": "./lib"}`,
	"/app/node_modules/maindir/lib/index.json":     "",
	"/app/node_modules/badmain/package.json":       `{"main": "gone.js"}`,
	"/app/node_modules/badmain/index.js":           "",
	"/app/node_modules/nomain/package.json":        `{"main": "gone.js"}`,
	"/app/node_modules/brokenjson/package.json":    `{"main": }`,
	"/app/node_modules/brokenjson/index.js":        "",
	"/app/node_modules/@scope/pkg/package.json":    `{"main": "m.js"}`,
	"/app/node_modules/@scope/pkg/m.js":            "",
	"/app/node_modules/@scope/pkg/sub/file.js":     "",
	"/app/sub/node_modules/plain/index.js":         "",
	"/app/node_modules/nm/node_modules/x/index.js": "",
	"/np/fromnodepath.js":                          "",
	"/home/u/.node_modules/fromhome.js":            "",
	"/home/u/.node_libraries/fromlibs.js":          "",
	"/opt/node/lib/node/fromprefix.js":             "",
	"/app/rel/fromrelnodepath.js":                  "",
	"/real/target.js":                              "",
	"/real/pkg/index.js":                           "",
}

func newTestResolver(t *testing.T, env map[string]string) (*Resolver, *[]string) {
	t.Helper()
	fs := NewMapFS(resolverFiles)
	fs.Symlink("../real/target.js", "/app/link.js")
	fs.Symlink("/real/pkg", "/app/node_modules/linkedpkg")
	var warnings []string
	r := NewResolver(ResolverOptions{
		FS:        fs,
		Cwd:       func() string { return "/app" },
		Getenv:    func(k string) (string, bool) { v, ok := env[k]; return v, ok },
		IsBuiltin: func(name string) bool { return name == "fs" || name == "fs/promises" || name == "test" },
		ExecPath:  "/opt/node/bin/node",
		Warn:      func(msg, typ, code string) { warnings = append(warnings, code+" "+msg) },
	})
	return r, &warnings
}

var mainParent = &Parent{
	ID:           ".",
	Filename:     "/app/main.js",
	Paths:        NodeModulePaths("/app"),
	RequireStack: []string{"/app/main.js"},
}

func TestResolveFilename(t *testing.T) {
	t.Parallel()
	env := map[string]string{"NODE_PATH": "/np::rel", "HOME": "/home/u"}
	deepParent := &Parent{ID: "/app/sub/deep.js", Filename: "/app/sub/deep.js", Paths: NodeModulePaths("/app/sub"), RequireStack: []string{"/app/sub/deep.js", "/app/main.js"}}
	tests := []struct {
		name    string
		request string
		parent  *Parent
		opts    *ResolveOptions
		want    string
		wantErr string
	}{
		{name: "exact file", request: "./x.js", want: "/app/x.js"},
		{name: ".js before .json before dir", request: "./x", want: "/app/x.js"},
		{name: "exact .json", request: "./x.json", want: "/app/x.json"},
		{name: ".json when no .js", request: "./y", want: "/app/y.json"},
		{name: ".node is found (loading it is what fails)", request: "./n", want: "/app/n.node"},
		{name: "extensionless file", request: "./noext", want: "/app/noext"},
		{name: "index.json", request: "./only", want: "/app/only/index.json"},
		{name: "file before directory", request: "./dir", want: "/app/dir.js"},
		{name: "trailing slash forces directory", request: "./dir/", want: "/app/dir/index.js"},
		{name: "dot is the parent's directory", request: ".", parent: deepParent, wantErr: "Cannot find module '.'\nRequire stack:\n- /app/sub/deep.js\n- /app/main.js"},
		{name: "dotdot", request: "..", parent: deepParent, wantErr: "Cannot find module '..'"},
		{name: "absolute", request: "/app/x", want: "/app/x.js"},
		{name: "absolute climbing", request: "/app/sub/../x.json", want: "/app/x.json"},
		{name: "bare from node_modules", request: "plain", want: "/app/node_modules/plain/index.js"},
		{name: "nearest node_modules wins", request: "plain", parent: deepParent, want: "/app/sub/node_modules/plain/index.js"},
		{name: "walk up past a miss", request: "withmain", parent: deepParent, want: "/app/node_modules/withmain/lib/entry.js"},
		{name: "package subpath", request: "plain/extra", want: "/app/node_modules/plain/extra.js"},
		{name: "main without extension", request: "withmain", want: "/app/node_modules/withmain/lib/entry.js"},
		{name: "main is a directory", request: "maindir", want: "/app/node_modules/maindir/lib/index.json"},
		{name: "bad main falls back to index", request: "badmain", want: "/app/node_modules/badmain/index.js"},
		{name: "bad main without index", request: "nomain", wantErr: "Cannot find module '/app/node_modules/nomain/gone.js'. Please verify that the package.json has a valid \"main\" entry"},
		{name: "invalid package.json", request: "brokenjson", wantErr: "Error parsing /app/node_modules/brokenjson/package.json: Unexpected token '}', \"{\"main\": }\" is not valid JSON"},
		{name: "scoped package", request: "@scope/pkg", want: "/app/node_modules/@scope/pkg/m.js"},
		{name: "scoped subpath", request: "@scope/pkg/sub/file", want: "/app/node_modules/@scope/pkg/sub/file.js"},
		{name: "NODE_PATH", request: "fromnodepath", want: "/np/fromnodepath.js"},
		{name: "relative NODE_PATH entry resolves against cwd", request: "fromrelnodepath", want: "/app/rel/fromrelnodepath.js"},
		{name: "HOME/.node_modules", request: "fromhome", want: "/home/u/.node_modules/fromhome.js"},
		{name: "HOME/.node_libraries", request: "fromlibs", want: "/home/u/.node_libraries/fromlibs.js"},
		{name: "PREFIX/lib/node", request: "fromprefix", want: "/opt/node/lib/node/fromprefix.js"},
		{name: "builtin", request: "fs", want: "fs"},
		{name: "builtin subpath", request: "fs/promises", want: "fs/promises"},
		{name: "node: builtin keeps its prefix", request: "node:fs", want: "node:fs"},
		{name: "scheme-only builtin needs node:", request: "node:test", want: "node:test"},
		{name: "scheme-only builtin without node: is a package", request: "test", wantErr: "Cannot find module 'test'"},
		{name: "unknown node: is searched as a path", request: "node:nope", wantErr: "Cannot find module 'node:nope'"},
		{name: "builtin with trailing slash is a package", request: "fs/", wantErr: "Cannot find module 'fs/'"},
		{name: "symlinked file resolves to its target", request: "./link", want: "/real/target.js"},
		{name: "symlinked package resolves to its target", request: "linkedpkg", want: "/real/pkg/index.js"},
		{name: "not found carries the require stack", request: "./missing", wantErr: "Cannot find module './missing'\nRequire stack:\n- /app/main.js"},
		{name: "no parent: relative to cwd", request: "./x", parent: &Parent{}, want: "/app/x.js"},
		{name: "no parent, not found: no stack", request: "./missing", parent: &Parent{}, wantErr: "Cannot find module './missing'"},
		{name: "paths option, relative", request: "./deep", opts: &ResolveOptions{Paths: []string{"/app/sub"}}, want: "/app/sub/deep.js"},
		{name: "paths option, relative to cwd", request: "./deep", opts: &ResolveOptions{Paths: []string{"sub"}}, want: "/app/sub/deep.js"},
		{name: "paths option, bare searches node_modules above each", request: "plain", opts: &ResolveOptions{Paths: []string{"/app/sub/x"}}, want: "/app/sub/node_modules/plain/index.js"},
		{name: "paths option, dot is relative", request: ".", opts: &ResolveOptions{Paths: []string{"/app/only"}}, want: "/app/only/index.json"},
		{name: "paths option, empty", request: "./x", opts: &ResolveOptions{Paths: []string{}}, wantErr: "Cannot find module './x'"},
		{name: "custom extension list", request: "./y", opts: &ResolveOptions{Extensions: []string{".node"}}, want: "/app/y.node"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			r, _ := newTestResolver(t, env)
			parent := tt.parent
			if parent == nil {
				parent = mainParent
			}
			got, err := r.ResolveFilename(tt.request, parent, false, tt.opts)
			if tt.wantErr != "" {
				if err == nil || !strings.HasPrefix(err.Error(), tt.wantErr) {
					t.Fatalf("ResolveFilename(%q) = %q, %v; want error %q", tt.request, got, err, tt.wantErr)
				}
				return
			}
			if err != nil || got != tt.want {
				t.Fatalf("ResolveFilename(%q) = %q, %v; want %q", tt.request, got, err, tt.want)
			}
		})
	}
}

func TestResolveErrorsAreTyped(t *testing.T) {
	t.Parallel()
	r, warnings := newTestResolver(t, nil)

	_, err := r.ResolveFilename("./missing", mainParent, false, nil)
	var nf *NotFoundError
	if !errors.As(err, &nf) || nf.Request != "./missing" || !reflect.DeepEqual(nf.RequireStack, []string{"/app/main.js"}) {
		t.Errorf("not found: %#v", err)
	}

	_, err = r.ResolveFilename("nomain", mainParent, false, nil)
	var im *InvalidMainError
	if !errors.As(err, &im) || im.PackagePath != "/app/node_modules/nomain/package.json" || im.Request != "nomain" {
		t.Errorf("invalid main: %#v", err)
	}

	_, err = r.ResolveFilename("brokenjson", mainParent, false, nil)
	var pj *PackageJSONError
	if !errors.As(err, &pj) || pj.Path != "/app/node_modules/brokenjson/package.json" {
		t.Errorf("bad package.json: %#v", err)
	}

	if _, err := r.ResolveFilename("badmain", mainParent, false, nil); err != nil {
		t.Fatal(err)
	}
	want := "DEP0128 Invalid 'main' field in '/app/node_modules/badmain/package.json' of 'gone.js'. Please either fix that or report it to the module author"
	if len(*warnings) != 1 || (*warnings)[0] != want {
		t.Errorf("warnings = %q, want [%q]", *warnings, want)
	}
	// The path cache answers the second time, so Node warns only once.
	if _, err := r.ResolveFilename("badmain", mainParent, false, nil); err != nil || len(*warnings) != 1 {
		t.Errorf("second resolve: %v, %d warnings", err, len(*warnings))
	}
}

func TestLookupPaths(t *testing.T) {
	t.Parallel()
	r, _ := newTestResolver(t, map[string]string{"NODE_PATH": "/np", "HOME": "/home/u"})
	global := []string{"/np", "/home/u/.node_modules", "/home/u/.node_libraries", "/opt/node/lib/node"}
	withGlobal := append(NodeModulePaths("/app"), global...)
	tests := []struct {
		request string
		parent  *Parent
		want    []string
	}{
		{"x", mainParent, withGlobal},
		{".x", mainParent, withGlobal},
		{"/abs", mainParent, withGlobal},
		{"", mainParent, withGlobal},
		{"node:nope", mainParent, withGlobal},
		{"x", nil, global},
		{".", mainParent, []string{"/app"}},
		{"..", mainParent, []string{"/app"}},
		{"./x", mainParent, []string{"/app"}},
		{"../x", mainParent, []string{"/app"}},
		{"./x", nil, []string{"."}},
		{"./x", &Parent{ID: "", Filename: "/app/a.js"}, []string{"."}},
		{"fs", mainParent, nil},
		{"node:fs", mainParent, nil},
		{"node:test", mainParent, nil},
		{"test", mainParent, withGlobal},
	}
	for _, tt := range tests {
		if got := r.LookupPaths(tt.request, tt.parent); !reflect.DeepEqual(got, tt.want) {
			t.Errorf("LookupPaths(%q) = %q, want %q", tt.request, got, tt.want)
		}
	}
}

func TestNodeModulePaths(t *testing.T) {
	t.Parallel()
	tests := []struct {
		from string
		want []string
	}{
		{"/", []string{"/node_modules"}},
		{"/a", []string{"/a/node_modules", "/node_modules"}},
		{"/a/b", []string{"/a/b/node_modules", "/a/node_modules", "/node_modules"}},
		{"/a/node_modules", []string{"/a/node_modules", "/node_modules"}},
		{"/a/node_modules/b/node_modules/c", []string{"/a/node_modules/b/node_modules/c/node_modules", "/a/node_modules/b/node_modules", "/a/node_modules", "/node_modules"}},
		{"/a/xnode_modules", []string{"/a/xnode_modules/node_modules", "/a/node_modules", "/node_modules"}},
		{"/node_modules", []string{"/node_modules"}},
	}
	for _, tt := range tests {
		if got := NodeModulePaths(tt.from); !reflect.DeepEqual(got, tt.want) {
			t.Errorf("NodeModulePaths(%q) = %q, want %q", tt.from, got, tt.want)
		}
	}
	r, _ := newTestResolver(t, nil)
	if got, want := r.NodeModulePaths("sub/"), NodeModulePaths("/app/sub"); !reflect.DeepEqual(got, want) {
		t.Errorf("relative from: %q, want %q", got, want)
	}
}

func TestInitPaths(t *testing.T) {
	t.Parallel()
	env := map[string]string{}
	r, _ := newTestResolver(t, env)
	if got, want := r.GlobalPaths(), []string{"/opt/node/lib/node"}; !reflect.DeepEqual(got, want) {
		t.Errorf("no HOME, no NODE_PATH: %q, want %q", got, want)
	}
	if _, err := r.ResolveFilename("fromnodepath", mainParent, false, nil); err == nil {
		t.Fatal("found a NODE_PATH module before NODE_PATH was set")
	}
	// Like `process.env.NODE_PATH = ...; Module._initPaths()`.
	env["NODE_PATH"] = "/np:"
	env["HOME"] = "/home/u"
	want := []string{"/np", "/home/u/.node_modules", "/home/u/.node_libraries", "/opt/node/lib/node"}
	if got := r.InitPaths(); !reflect.DeepEqual(got, want) {
		t.Errorf("InitPaths() = %q, want %q", got, want)
	}
	if got, err := r.ResolveFilename("fromnodepath", mainParent, false, nil); err != nil || got != "/np/fromnodepath.js" {
		t.Errorf("after InitPaths: %q, %v", got, err)
	}
}

func TestFindPathRequestShapes(t *testing.T) {
	t.Parallel()
	tests := []struct {
		request                 string
		relative, trailingSlash bool
	}{
		{".", true, true},
		{"..", true, true},
		{"./", true, true},
		{"../", true, true},
		{"./x", true, false},
		{"../x", true, false},
		{"./x/.", true, true},
		{"./x/..", true, true},
		{".x", false, false},
		{"..x", false, false},
		{"x.", false, false},
		{"x/", false, true},
		{"x", false, false},
		{"", false, false},
	}
	for _, tt := range tests {
		if got := isRelativeRequest(tt.request); got != tt.relative {
			t.Errorf("isRelativeRequest(%q) = %v", tt.request, got)
		}
		if got := hasTrailingSlash(tt.request); got != tt.trailingSlash {
			t.Errorf("hasTrailingSlash(%q) = %v", tt.request, got)
		}
	}
}

// countingFS counts file-system calls, to check what the caches save.
type countingFS struct {
	FS
	stats, reads int
}

func (c *countingFS) Stat(p string) Kind                { c.stats++; return c.FS.Stat(p) }
func (c *countingFS) ReadFile(p string) ([]byte, error) { c.reads++; return c.FS.ReadFile(p) }

func TestResolverCaches(t *testing.T) {
	t.Parallel()
	fs := &countingFS{FS: NewMapFS(resolverFiles)}
	r := NewResolver(ResolverOptions{FS: fs, Cwd: func() string { return "/app" }, ExecPath: "/opt/node/bin/node"})
	first, err := r.ResolveFilename("withmain", mainParent, false, nil)
	if err != nil {
		t.Fatal(err)
	}
	if fs.reads != 1 {
		t.Errorf("package.json read %d times, want 1", fs.reads)
	}
	stats := fs.stats
	again, err := r.ResolveFilename("withmain", mainParent, false, nil)
	if err != nil || again != first {
		t.Fatalf("second resolve = %q, %v", again, err)
	}
	if fs.stats != stats || fs.reads != 1 {
		t.Errorf("a cached resolve touched the file system: %d stats, %d reads", fs.stats-stats, fs.reads-1)
	}
	if _, err := r.ReadPackage("/app/node_modules/withmain"); err != nil || fs.reads != 1 {
		t.Errorf("ReadPackage re-read a cached package.json: %v, %d reads", err, fs.reads)
	}
}

func TestPackageScope(t *testing.T) {
	t.Parallel()
	fs := NewMapFS(map[string]string{
		"/p/package.json":                     `{"name": "p", "type": "module"}`,
		"/p/lib/deep/x.js":                    "",
		"/p/node_modules/dep/lib/y.js":        "",
		"/p/node_modules/dep2/package.json":   `{"type": "commonjs", "main": 1}`,
		"/p/node_modules/dep2/z.js":           "",
		"/q/package.json":                     `{"type": "other"}`,
		"/q/a.js":                             "",
		"/p/node_modules/@s/scoped/index.mjs": "",
	})
	r := NewResolver(ResolverOptions{FS: fs})
	tests := []struct {
		file, wantPath, wantType string
		esm                      bool
	}{
		{"/p/lib/deep/x.js", "/p/package.json", "module", true},
		{"/p/node_modules/dep/lib/y.js", "", "", false},
		{"/p/node_modules/dep2/z.js", "/p/node_modules/dep2/package.json", "commonjs", false},
		{"/q/a.js", "/q/package.json", "", false},
		{"/p/node_modules/@s/scoped/index.mjs", "", "", true},
		{"/nowhere/x.js", "", "", false},
	}
	for _, tt := range tests {
		pkg, err := r.PackageScope(tt.file)
		if err != nil {
			t.Fatal(err)
		}
		gotPath, gotType := "", ""
		if pkg != nil {
			gotPath, gotType = pkg.Path, pkg.Type
		}
		if gotPath != tt.wantPath || gotType != tt.wantType {
			t.Errorf("PackageScope(%q) = %q %q, want %q %q", tt.file, gotPath, gotType, tt.wantPath, tt.wantType)
		}
		if esm, _, _ := r.IsESM(tt.file); esm != tt.esm {
			t.Errorf("IsESM(%q) = %v", tt.file, esm)
		}
	}
	if pkg, _ := r.ReadPackage("/p/node_modules/dep2"); pkg == nil || pkg.Main != "" {
		t.Errorf("a non-string main must read as absent: %+v", pkg)
	}
}

func TestResolveMain(t *testing.T) {
	t.Parallel()
	fs := NewMapFS(map[string]string{
		"/app/app.js":           "",
		"/app/pkg/package.json": `{"main": "start"}`,
		"/app/pkg/start.js":     "",
		"/real/tool.js":         "",
	})
	fs.Symlink("/real/tool.js", "/app/bin/tool")
	tests := []struct {
		preserveMain bool
		main, want   string
	}{
		{false, "app", "/app/app.js"},
		{false, "/app/app.js", "/app/app.js"},
		{false, "pkg", "/app/pkg/start.js"},
		{false, ".", ""},
		{false, "nope", ""},
		{false, "bin/tool", "/real/tool.js"},
		{true, "bin/tool", "/app/bin/tool"},
	}
	for _, tt := range tests {
		r := NewResolver(ResolverOptions{FS: fs, Cwd: func() string { return "/app" }, PreserveSymlinksMain: tt.preserveMain})
		if got, err := r.ResolveMain(tt.main, nil); err != nil || got != tt.want {
			t.Errorf("ResolveMain(%q, preserve=%v) = %q, %v; want %q", tt.main, tt.preserveMain, got, err, tt.want)
		}
	}
}

func TestPathHelpers(t *testing.T) {
	t.Parallel()
	dirs := map[string]string{"": ".", "/": "/", "/a": "/", "/a/b": "/a", "/a/b/": "/a", "a": ".", "a/b": "a", "//a": "//", "/a//b": "/a/"}
	for in, want := range dirs {
		if got := dirname(in); got != want {
			t.Errorf("dirname(%q) = %q, want %q", in, got, want)
		}
	}
	resolves := []struct {
		parts []string
		want  string
	}{
		{[]string{""}, "/cwd"},
		{[]string{"a"}, "/cwd/a"},
		{[]string{"/x", "a/../b/"}, "/x/b"},
		{[]string{"rel", "/abs", "c"}, "/abs/c"},
		{[]string{"..", "..", ".."}, "/"},
		{[]string{"/a/", ""}, "/a"},
	}
	for _, tt := range resolves {
		if got := resolvePath("/cwd", tt.parts...); got != tt.want {
			t.Errorf("resolvePath(%q) = %q, want %q", tt.parts, got, tt.want)
		}
	}
}

func TestFileURLToPath(t *testing.T) {
	t.Parallel()
	tests := []struct {
		in   string
		want string
		ok   bool
	}{
		{"file:///a/b.js", "/a/b.js", true},
		{"file:///a/x%20y.js", "/a/x y.js", true},
		{"file://localhost/a", "/a", true},
		{"file:///a/", "/a/", true},
		{"file://host/a", "", false},
		{"file:///a%2fb", "", false},
		{"file:///a%2Fb", "", false},
		{"http://x/a", "", false},
		{"rel/x.js", "", false},
		{"", "", false},
		{"file:rel", "", false},
	}
	for _, tt := range tests {
		got, ok := fileURLToPath(tt.in)
		if got != tt.want || ok != tt.ok {
			t.Errorf("fileURLToPath(%q) = %q, %v; want %q, %v", tt.in, got, ok, tt.want, tt.ok)
		}
	}
}
