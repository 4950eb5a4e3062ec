package npmcompat

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"sync"
	"testing"

	"github.com/dop251/goja"

	"github.com/gorun-js/gorun/modules"
)

// testLoader is a loader over a MapFS on a plain VM, with out(...) for
// the scripts to report through.
type testLoader struct {
	*Loader
	vm       *goja.Runtime
	out      *strings.Builder
	warnings *[]string
	env      map[string]string
}

func newTestLoader(t *testing.T, files map[string]string, tweak ...func(*Options)) *testLoader {
	t.Helper()
	vm := goja.New()
	out := &strings.Builder{}
	_ = vm.Set("out", func(call goja.FunctionCall) goja.Value {
		parts := make([]string, len(call.Arguments))
		for i, a := range call.Arguments {
			parts[i] = a.String()
		}
		out.WriteString(strings.Join(parts, " ") + "\n")
		return goja.Undefined()
	})
	var warnings []string
	env := map[string]string{}
	o := Options{
		VM:           vm,
		FS:           NewMapFS(files),
		Cwd:          func() string { return "/app" },
		Getenv:       func(k string) (string, bool) { v, ok := env[k]; return v, ok },
		ExecPath:     "/usr/bin/node",
		BuiltinNames: []string{"fs", "path"},
		RequireBuiltin: func(name string) (goja.Value, error) {
			return vm.ToValue("builtin:" + name), nil
		},
		EmitWarning: func(msg, typ, code string) { warnings = append(warnings, typ+" "+code+" "+msg) },
		Programs:    NewProgramCache(1 << 20),
	}
	for _, f := range tweak {
		f(&o)
	}
	l, err := NewLoader(o)
	if err != nil {
		t.Fatal(err)
	}
	return &testLoader{Loader: l, vm: vm, out: out, warnings: &warnings, env: env}
}

// run runs /app/main.js and returns what it printed.
func (tl *testLoader) run(t *testing.T) string {
	t.Helper()
	if err := tl.RunMain("main.js"); err != nil {
		t.Fatalf("RunMain: %v", err)
	}
	return tl.out.String()
}

// thrown returns name, code and message of the JS error err carries.
func thrown(t *testing.T, vm *goja.Runtime, err error) (name, code, message string) {
	t.Helper()
	var ex *goja.Exception
	if !errors.As(err, &ex) {
		t.Fatalf("want a JS exception, got %T %v", err, err)
	}
	obj := ex.Value().ToObject(vm)
	get := func(k string) string {
		v := obj.Get(k)
		if v == nil || goja.IsUndefined(v) {
			return ""
		}
		return v.String()
	}
	return get("name"), get("code"), get("message")
}

func TestLoaderBasics(t *testing.T) {
	t.Parallel()
	tl := newTestLoader(t, map[string]string{
		"/app/main.js": `
			const lib = require('./lib');
			out(lib.sum(2, 3), require.main === module, module.id, lib.main === module);
			out(this === module.exports, __filename, __dirname);
			out(require('fs'), require('node:path'));
			module.paths.push('/extra');
			out(module.paths.length, Array.isArray(module.paths));
		`,
		"/app/lib.js": `exports.sum = (a, b) => a + b; exports.main = require.main;`,
	})
	want := "5 true . true\ntrue /app/main.js /app\nbuiltin:fs builtin:path\n3 true\n"
	if got := tl.run(t); got != want {
		t.Errorf("got %q, want %q", got, want)
	}
	main := tl.MainModule().ToObject(tl.vm)
	if got := main.Get("filename").String(); got != "/app/main.js" {
		t.Errorf("MainModule().filename = %q", got)
	}
}

func TestLoaderNotImplemented(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name, main, want string
	}{
		{"native addon", `require('./addon.node')`, "Loading native addon /app/addon.node (process.dlopen) is not implemented in gorun"},
		{"findSourceMap", `module.constructor.findSourceMap('/x')`, "module.findSourceMap() is not implemented in gorun"},
		{"SourceMap", `new module.constructor.SourceMap({})`, "module.SourceMap is not implemented in gorun"},
		{"register", `module.constructor.register('./hooks.mjs')`, "module.register() is not implemented in gorun"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			tl := newTestLoader(t, map[string]string{
				"/app/main.js":    tt.main,
				"/app/addon.node": "\x7fELF",
			}, func(o *Options) { o.RequireBuiltin = nil })
			name, code, msg := thrown(t, tl.vm, tl.RunMain("main.js"))
			if name != "Error" || code != "ERR_NOT_IMPLEMENTED" || msg != tt.want {
				t.Errorf("got %s %s %q, want Error ERR_NOT_IMPLEMENTED %q", name, code, msg, tt.want)
			}
		})
	}
}

func TestLoaderRunMainErrors(t *testing.T) {
	t.Parallel()
	tl := newTestLoader(t, map[string]string{"/app/bad.js": "let x = ;"})
	name, code, msg := thrown(t, tl.vm, tl.RunMain("nope"))
	if name != "Error" || code != "MODULE_NOT_FOUND" || msg != "Cannot find module '/app/nope'" {
		t.Errorf("missing entry: %s %s %q", name, code, msg)
	}
	err := tl.RunMain("bad")
	name, _, msg = thrown(t, tl.vm, err)
	stack := err.(*goja.Exception).Value().ToObject(tl.vm).Get("stack").String()
	if name != "SyntaxError" || msg != "Unexpected token ';'" || !strings.HasPrefix(stack, "/app/bad.js:1\nlet x = ;\n        ^\n\nSyntaxError: Unexpected token ';'") {
		t.Errorf("syntax error: %s %q\n%s", name, msg, stack)
	}
}

func TestLoaderInitPathsFromEnv(t *testing.T) {
	t.Parallel()
	tl := newTestLoader(t, map[string]string{
		"/app/main.js": `
			const M = require('module');
			try { require('late'); } catch (e) { out(e.code); }
			setEnv('NODE_PATH', '/late');
			M._initPaths();
			out(require('late'), JSON.stringify(M.globalPaths));
		`,
		"/late/late.js": `module.exports = 'found after _initPaths'`,
	}, func(o *Options) {
		names := o.BuiltinNames
		o.BuiltinNames = append(names, "module")
	})
	tl.opts.RequireBuiltin = func(name string) (goja.Value, error) {
		if name == "module" {
			return tl.ModuleExports()
		}
		return goja.Undefined(), nil
	}
	_ = tl.vm.Set("setEnv", func(k, v string) { tl.env[k] = v })
	want := "MODULE_NOT_FOUND\nfound after _initPaths [\"/late\",\"/usr/lib/node\"]\n"
	if got := tl.run(t); got != want {
		t.Errorf("got %q, want %q", got, want)
	}
}

func TestLoaderPreloadAndCreateRequire(t *testing.T) {
	t.Parallel()
	tl := newTestLoader(t, map[string]string{
		"/app/pre.js":       `out('pre', module.isPreloading, module.parent.id, JSON.stringify(module.parent.paths)); globalThis.preloaded = true;`,
		"/app/main.js":      `out('main', globalThis.preloaded === true, module.isPreloading);`,
		"/app/tools/dep.js": `module.exports = 'dep via createRequire';`,
	})
	if err := tl.Preload([]string{"./pre"}); err != nil {
		t.Fatal(err)
	}
	tl.run(t)
	req, err := tl.CreateRequire("/app/tools/")
	if err != nil {
		t.Fatal(err)
	}
	fn, _ := goja.AssertFunction(req)
	v, err := fn(goja.Undefined(), tl.vm.ToValue("./dep"))
	if err != nil || v.String() != "dep via createRequire" {
		t.Errorf("CreateRequire: %v, %v", v, err)
	}
	want := "pre true internal/preload [\"/app/node_modules\",\"/node_modules\"]\nmain true false\n"
	if got := tl.out.String(); got != want {
		t.Errorf("got %q, want %q", got, want)
	}
}

// The `module` built-in reached through a real registry is the loader's
// Module, and the loader's built-ins come from that registry.
func TestLoaderWithRegistry(t *testing.T) {
	t.Parallel()
	vm := goja.New()
	var reg *modules.Registry
	var out []string
	_ = vm.Set("out", func(s string) { out = append(out, s) })
	l, err := NewLoader(Options{
		VM:             vm,
		FS:             NewMapFS(map[string]string{"/app/main.js": `const M = require('module'); out(String(M === require('node:module') && M === module.constructor)); out(M.builtinModules.join(','))`}),
		Cwd:            func() string { return "/app" },
		BuiltinNames:   []string{"module", "internal/secret"},
		IsBuiltin:      func(name string) bool { return reg.Has(name) },
		RequireBuiltin: func(name string) (goja.Value, error) { return reg.Require(name) },
	})
	if err != nil {
		t.Fatal(err)
	}
	reg = modules.NewRegistry([]modules.Module{l.BuiltinModule(), {Name: "internal/secret"}}, modules.Context{VM: vm})
	if err := l.RunMain("/app/main.js"); err != nil {
		t.Fatal(err)
	}
	if strings.Join(out, "|") != "true|module" {
		t.Errorf("got %q", out)
	}
	exports, err := reg.Require("module")
	if err != nil || exports != l.module {
		t.Errorf("registry's module = %v, %v", exports, err)
	}
}

func TestProgramCacheSharedAcrossRuntimes(t *testing.T) {
	t.Parallel()
	files := map[string]string{
		"/app/main.js": `out(require('./lib').v)`,
		"/app/lib.js":  `exports.v = 'lib'`,
	}
	cache := NewProgramCache(1 << 20)
	share := func(o *Options) { o.Programs = cache }
	a := newTestLoader(t, files, share)
	b := newTestLoader(t, files, share)
	a.run(t)
	if n := cache.Len(); n != 2 {
		t.Fatalf("after one runtime: %d programs, want 2", n)
	}
	b.run(t)
	if n := cache.Len(); n != 2 {
		t.Errorf("a second runtime with the same files compiled again: %d programs", n)
	}
	files["/app/lib.js"] = `exports.v = 'changed'`
	c := newTestLoader(t, files, share)
	if got := c.run(t); got != "changed\n" {
		t.Errorf("changed file served stale: %q", got)
	}
	if n := cache.Len(); n != 3 {
		t.Errorf("changed content should add one program: %d", n)
	}
}

func TestProgramCacheEvicts(t *testing.T) {
	t.Parallel()
	c := NewProgramCache(100)
	src := func(i int) string { return fmt.Sprintf("var v%d = %s;", i, strings.Repeat("1", 30)) }
	first, err := c.Compile("/a.js", src(0))
	if err != nil {
		t.Fatal(err)
	}
	for i := 1; i < 5; i++ {
		if _, err := c.Compile("/a.js", src(i)); err != nil {
			t.Fatal(err)
		}
	}
	if c.Len() > 2 {
		t.Errorf("cache over budget: %d programs", c.Len())
	}
	again, _ := c.Compile("/a.js", src(0))
	if again == first {
		t.Error("evicted program came back from the cache")
	}
	if p1, _ := c.Compile("/b.js", src(9)); p1 == nil {
		t.Error("nil program")
	}
	if p2, _ := c.Compile("/other.js", src(9)); p2 == nil || func() bool { p1, _ := c.Compile("/b.js", src(9)); return p1 == p2 }() {
		t.Error("the same source under another file name must be a distinct program")
	}
}

// Many runtimes on their own goroutines share one cache (run with -race).
func TestLoadersConcurrently(t *testing.T) {
	t.Parallel()
	cache := NewProgramCache(1 << 20)
	files := map[string]string{
		"/app/main.js":                       `out(require('./a') + require('dep'))`,
		"/app/a.js":                          `module.exports = 40`,
		"/app/node_modules/dep/package.json": `{"main": "x"}`,
		"/app/node_modules/dep/x.js":         `module.exports = 2`,
	}
	var wg sync.WaitGroup
	errs := make(chan error, 8)
	for i := 0; i < 8; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			tl := newTestLoader(t, files, func(o *Options) { o.Programs = cache })
			if err := tl.RunMain("main.js"); err != nil {
				errs <- err
				return
			}
			if got := tl.out.String(); got != "42\n" {
				errs <- fmt.Errorf("got %q", got)
			}
		}()
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Error(err)
	}
}

var frameRE = regexp.MustCompile(`at (\S+) \((/app/\w+\.js):(\d+):(\d+)`)

// A module-level frame is named WrapperName, and SourcePosition undoes
// the wrapper's shift on line 1 so columns match the file.
func TestSourcePosition(t *testing.T) {
	t.Parallel()
	src := `var a = 1; throw new Error('line one')`
	tl := newTestLoader(t, map[string]string{"/app/main.js": src})
	err := tl.RunMain("main.js")
	var ex *goja.Exception
	if !errors.As(err, &ex) {
		t.Fatalf("got %v", err)
	}
	m := frameRE.FindStringSubmatch(ex.Value().ToObject(tl.vm).Get("stack").String())
	if m == nil {
		t.Fatalf("no frame in %q", ex.Value().ToObject(tl.vm).Get("stack"))
	}
	if m[1] != WrapperName {
		t.Errorf("module frame named %q, want %q", m[1], WrapperName)
	}
	line, _ := strconv.Atoi(m[3])
	col, _ := strconv.Atoi(m[4])
	gotLine, gotCol := tl.SourcePosition(m[2], line, col)

	// The same code run unwrapped reports the column of the file itself.
	_, plainErr := goja.New().RunScript("/app/plain.js", src)
	pm := regexp.MustCompile(`/app/plain\.js:(\d+):(\d+)`).FindStringSubmatch(plainErr.(*goja.Exception).String())
	wantCol, _ := strconv.Atoi(pm[2])
	if gotLine != 1 || gotCol != wantCol {
		t.Errorf("SourcePosition = %d:%d, want 1:%d", gotLine, gotCol, wantCol)
	}
	if l, c := tl.SourcePosition("/app/main.js", 2, 5); l != 2 || c != 5 {
		t.Errorf("line 2 must not move: %d:%d", l, c)
	}
	if l, c := tl.SourcePosition("/other.js", 1, 80); l != 1 || c != 80 {
		t.Errorf("a file the loader did not wrap must not move: %d:%d", l, c)
	}
}

// panicFS stands for a broken user-supplied file system.
type panicFS struct {
	FS
	path string
}

func (p panicFS) ReadFile(name string) ([]byte, error) {
	if name == p.path {
		panic("disk on fire")
	}
	return p.FS.ReadFile(name)
}

func TestLoaderNeverLetsAGoPanicEscape(t *testing.T) {
	t.Parallel()
	files := NewMapFS(map[string]string{
		"/app/main.js": `try { require('./lib') } catch (e) { out('caught', e.message) }`,
		"/app/lib.js":  "",
	})
	tl := newTestLoader(t, nil, func(o *Options) { o.FS = panicFS{files, "/app/main.js"} })
	if err := tl.RunMain("main.js"); err == nil || !strings.Contains(err.Error(), "disk on fire") {
		t.Fatalf("RunMain = %v, want the panic as an error", err)
	}
	// From inside JS the failure is a catchable error.
	tl = newTestLoader(t, nil, func(o *Options) { o.FS = panicFS{files, "/app/lib.js"} })
	if got, want := tl.run(t), "caught npmcompat: internal error: disk on fire\n"; got != want {
		t.Errorf("got %q, want %q", got, want)
	}
}

func TestLoaderInterruptPassesThrough(t *testing.T) {
	t.Parallel()
	tl := newTestLoader(t, map[string]string{
		"/app/main.js": `require('./spin')`,
		"/app/spin.js": `stop(); for (;;) {}`,
	})
	_ = tl.vm.Set("stop", func() { tl.vm.Interrupt("halt") })
	err := tl.RunMain("main.js")
	var ie *goja.InterruptedError
	if !errors.As(err, &ie) || ie.Value() != "halt" {
		t.Errorf("got %T %v, want the interrupt", err, err)
	}
}

// The host file system resolves relative paths against the runtime's
// cwd, never the process's.
func TestOSFSUsesRuntimeCwd(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	write := func(rel, content string) {
		p := filepath.Join(dir, rel)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write("app/main.js", `out(require('dep'), __filename)`)
	write("app/node_modules/dep/index.js", `module.exports = 'dep'`)
	cwd := filepath.ToSlash(filepath.Join(dir, "app"))
	tl := newTestLoader(t, nil, func(o *Options) {
		o.FS = nil
		o.Cwd = func() string { return cwd }
		o.RequireBuiltin = func(string) (goja.Value, error) { return goja.Undefined(), nil }
		o.BuiltinNames = nil
	})
	if err := tl.RunMain("main.js"); err != nil {
		t.Fatal(err)
	}
	real, _ := filepath.EvalSymlinks(filepath.Join(dir, "app", "main.js"))
	if got, want := tl.out.String(), "dep "+filepath.ToSlash(real)+"\n"; got != want {
		t.Errorf("got %q, want %q", got, want)
	}
	fs := OSFS{Cwd: func() string { return cwd }}
	if fs.Stat("node_modules/dep") != Dir || fs.Stat("main.js") != File || fs.Stat("nope") != Missing {
		t.Error("OSFS.Stat did not resolve against Cwd")
	}
	if _, err := fs.ReadFile("nope.js"); !isNotExist(err) {
		t.Errorf("ReadFile(missing) = %v", err)
	}
}

func TestSystemErrors(t *testing.T) {
	t.Parallel()
	tl := newTestLoader(t, map[string]string{
		"/app/main.js": `try { require.extensions['.js'](new module.constructor('x'), '/app/missing.js') } catch (e) { out(e.message, e.code, e.errno, e.syscall, e.path, JSON.stringify(Object.keys(e))) }`,
	})
	want := "ENOENT: no such file or directory, open '/app/missing.js' ENOENT -2 open /app/missing.js [\"errno\",\"code\",\"syscall\",\"path\"]\n"
	if got := tl.run(t); got != want {
		t.Errorf("got %q, want %q", got, want)
	}
}
