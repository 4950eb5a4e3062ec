package npmcompat

import (
	"encoding/json"
	"errors"
	"strconv"
	"strings"

	"github.com/dop251/goja"

	"github.com/gorun-js/gorun/internal/nodeerr"
)

// Module formats, as binding.moduleFormat reports them to esm.js.
const (
	formatCJS   = ""    // plain CommonJS: never transformed
	formatESM   = "esm" // JavaScript ES module
	formatTSESM = "ts"  // TypeScript with ES module semantics
	formatCTS   = "cts" // TypeScript with CommonJS semantics
)

// ModuleFormat says how file is loaded: .mjs and .js in a "type":
// "module" scope are ES modules; .mts is TypeScript as an ES module, .cts
// TypeScript as CommonJS, and .ts follows its package scope's "type".
func (r *Resolver) ModuleFormat(file string) (string, error) {
	switch {
	case strings.HasSuffix(file, ".mjs"):
		return formatESM, nil
	case strings.HasSuffix(file, ".mts"):
		return formatTSESM, nil
	case strings.HasSuffix(file, ".cts"):
		return formatCTS, nil
	case strings.HasSuffix(file, ".js"), strings.HasSuffix(file, ".ts"), strings.HasSuffix(file, ".jsx"), strings.HasSuffix(file, ".tsx"):
		pkg, err := r.PackageScope(file)
		if err != nil {
			return "", err
		}
		esm := pkg != nil && pkg.Type == "module"
		switch {
		case strings.HasSuffix(file, ".js") && esm:
			return formatESM, nil
		case strings.HasSuffix(file, ".js"):
		case esm:
			// .ts, and .jsx/.tsx (as tsx runs them under node)
			return formatTSESM, nil
		default:
			return formatCTS, nil
		}
	}
	return formatCJS, nil
}

// addESMBinding adds the functions esm.js needs to the loader binding.
func (l *Loader) addESMBinding(set func(string, func(goja.FunctionCall) goja.Value)) {
	vm, r := l.vm, l.resolver
	set("moduleFormat", func(c goja.FunctionCall) goja.Value {
		f, err := guard(func() (string, error) { return r.ModuleFormat(c.Argument(0).String()) })
		l.throwIf(err)
		return vm.ToValue(f)
	})
	// esmResolve returns a file name, or "node:<name>" for a built-in.
	set("esmResolve", func(c goja.FunctionCall) goja.Value {
		spec, parent := c.Argument(0).String(), c.Argument(1).String()
		type res struct{ file, builtin string }
		out, err := guard(func() (res, error) {
			f, b, err := r.ESMResolve(spec, parent)
			return res{f, b}, err
		})
		if err != nil {
			exc := l.jsError(err)
			var pe *PackageError
			if errors.As(err, &pe) && (pe.Code == codeESMModuleNotFound || pe.Code == "ERR_UNSUPPORTED_DIR_IMPORT") {
				if hint := r.CommonJSHint(spec, parent); hint != "" {
					obj := exc.ToObject(vm)
					q, _ := json.Marshal(hint)
					_ = obj.Set("message", obj.Get("message").String()+"\nDid you mean to import "+string(q)+"?")
				}
			}
			panic(exc)
		}
		if out.builtin != "" {
			return vm.ToValue("node:" + out.builtin)
		}
		return vm.ToValue(out.file)
	})
	set("setDynamicImport", func(c goja.FunctionCall) goja.Value {
		l.dynamicImport = [2]goja.Value{c.Argument(0), c.Argument(1)}
		return goja.Undefined()
	})
	set("pathToFileURL", func(c goja.FunctionCall) goja.Value {
		return vm.ToValue(pathToFileURL(c.Argument(0).String()))
	})
	// transformModule compiles an ES module or TypeScript file. For ES
	// modules it returns {fn, deps, async}: the wrapper, the static
	// import specifiers and whether it uses top-level await; for .cts,
	// the CommonJS wrapper.
	set("transformModule", func(c goja.FunctionCall) goja.Value {
		content, filename, format := c.Argument(0).String(), c.Argument(1).String(), c.Argument(2).String()
		kind := kindESM
		switch format {
		case formatTSESM:
			kind = kindTS
		case formatCTS:
			kind = kindCTS
		}
		t, err := guard(func() (transformed, error) { return transform(filename, content, kind, l.jsxConfigFor(filename)) })
		if errors.Is(err, errTopLevelAwait) {
			panic(nodeerr.New(vm, "ERR_NOT_IMPLEMENTED", "this form of top-level await (in "+filename+")"))
		}
		var te *TransformError
		if errors.As(err, &te) {
			arrow := ""
			if te.Line > 0 {
				arrow = filename + ":" + strconv.Itoa(te.Line) + "\n" + te.Source + "\n" + strings.Repeat(" ", te.Column) + "^\n\n"
			}
			panic(l.newSyntaxError(syntaxError{message: te.Message, arrow: arrow}))
		}
		l.throwIf(err)
		fn := l.compile(filename, t.code, t.code, 0)
		if kind == kindCTS {
			return fn
		}
		obj := vm.NewObject()
		_ = obj.Set("fn", fn)
		_ = obj.Set("deps", l.stringArray(t.deps))
		_ = obj.Set("async", t.async)
		names, stars := esmExportNames(t.code)
		_ = obj.Set("exportNames", l.stringArray(names))
		_ = obj.Set("stars", l.stringArray(stars))
		if kind == kindESM {
			// TypeScript drops type-only and unused imports, so only
			// JavaScript's named imports are checked at link time.
			named, attrs := esmNamedImports(content)
			if named != nil {
				list := make([]any, len(named))
				for i, n := range named {
					list[i] = []any{n.Spec, n.Name, n.Line, n.LineNo, n.Column, n.Length}
				}
				_ = obj.Set("imports", list)
			}
			if attrs != nil {
				list := make([]any, len(attrs))
				// V8 warns of each `assert` while parsing, last first.
				for i := len(attrs) - 1; i >= 0 && l.opts.EmitWarning != nil; i-- {
					if n := attrs[i].AssertLine; n > 0 {
						l.opts.EmitWarning(pathToFileURL(filename)+":"+strconv.Itoa(n)+" 'assert' is deprecated in import statements and support will be removed in a future version; use 'with' instead", "V8", "")
					}
				}
				for i, a := range attrs {
					pairs := make([]any, len(a.Pairs))
					for j, p := range a.Pairs {
						pairs[j] = []any{p[0], p[1]}
					}
					list[i] = []any{a.Spec, pairs}
				}
				_ = obj.Set("attributes", list)
			}
		}
		return obj
	})
	// cjsLex is Node's cjs-module-lexer over a CommonJS source: the names
	// it exports and the specifiers it re-exports (cjslexer.go).
	set("cjsLex", func(c goja.FunctionCall) goja.Value {
		r := lexCJSCached(c.Argument(0).String())
		obj := vm.NewObject()
		_ = obj.Set("exports", l.stringArray(r.Exports))
		_ = obj.Set("reexports", l.stringArray(r.Reexports))
		return obj
	})
	// detectModule is Node's module syntax detection for a .js file in a
	// scope without "type": it runs as an ES module when it does not
	// parse as CommonJS and has ES module syntax.
	set("detectModule", func(c goja.FunctionCall) goja.Value {
		content, filename := c.Argument(0).String(), c.Argument(1).String()
		esm, err := guard(func() (bool, error) { return l.detectModule(content, filename) })
		l.throwIf(err)
		return vm.ToValue(esm)
	})
	// linkError is the SyntaxError of an import a module does not
	// provide, with V8's source line and carets under the name.
	set("linkError", func(c goja.FunctionCall) goja.Value {
		msg, url, line := c.Argument(0).String(), c.Argument(1).String(), c.Argument(2).String()
		no, col, n := c.Argument(3).ToInteger(), c.Argument(4).ToInteger(), c.Argument(5).ToInteger()
		arrow := url + ":" + strconv.FormatInt(no, 10) + "\n" + line + "\n" + strings.Repeat(" ", int(col)) + strings.Repeat("^", int(max(n, 1))) + "\n"
		return l.newSyntaxError(syntaxError{message: msg, arrow: arrow})
	})
	// nodeError makes one of Node's errors: code, then its message's
	// arguments.
	set("nodeError", func(c goja.FunctionCall) goja.Value {
		args := make([]any, 0, len(c.Arguments))
		for i := 1; i < len(c.Arguments); i++ {
			args = append(args, c.Arguments[i])
		}
		return nodeerr.New(vm, c.Argument(0).String(), args...)
	})
	set("requireAsyncError", func(c goja.FunctionCall) goja.Value {
		return nodeerr.New(vm, "ERR_REQUIRE_ASYNC_MODULE", c.Argument(0), c.Argument(1))
	})
}

// compileDynamicImport handles CommonJS files goja cannot parse: import(),
// async generators, for await. Only when goja rejects a file, esbuild
// lowers it (plain CommonJS is never transformed); each import() becomes
// a promise of require(), and that require is redirected to the module's
// ESM import. The program evaluates to a function taking the
// importer (esm.js registers it with setDynamicImport) and returning the
// ordinary wrapper, so nothing shows on module or require. It returns nil
// when the file needs no help (including when it has a real syntax error,
// which the ordinary path then reports).
func (l *Loader) compileDynamicImport(filename, content string) goja.Value {
	if l.dynamicImport[0] == nil {
		// esm.js is set up on first use; it registers the importer.
		if _, err := l.callJS(l.handle, "ensureESM"); err != nil || l.dynamicImport[0] == nil {
			return nil
		}
	}
	if _, err := l.programs.Compile(filename, wrapModule(content)); err == nil {
		return nil
	}
	t, err := guard(func() (transformed, error) { return transform(filename, content, kindCJSImport, jsxConfig{}) })
	if err != nil {
		return nil
	}
	outer, ok := goja.AssertFunction(l.compile(filename, t.code, t.code, 0))
	if !ok {
		return nil
	}
	fn, err := outer(goja.Undefined(), l.dynamicImport[0], l.dynamicImport[1])
	l.throwIf(err)
	return fn
}

// dynamicImportParam names the importer inside lowered CommonJS.
const dynamicImportParam = "__gorunImport"

// RunModule runs src as an ES module, as node runs -e and stdin scripts
// with --input-type=module: imports resolve from filename (for -e, a file
// named "[eval1]" in the working directory), import.meta.url names it.
// JS errors come back as *goja.Exception.
func (l *Loader) RunModule(filename, src string) error {
	return l.call(func() error {
		_, err := l.callJS(l.handle, "runModuleSource", l.vm.ToValue(resolvePath(l.cwd(), filename)), l.vm.ToValue(src))
		return err
	})
}

// esmSyntax finds import/export declarations and import.meta.
var esmSyntax = lazyRegexp(`(?m)^[ \t]*(?:import[ \t]*[{*"'\w]|export[ \t]*(?:[{*]|default\b|const\b|let\b|var\b|function\b|class\b|async\b))|\bimport\.meta\b`)

func (l *Loader) detectModule(content, filename string) (bool, error) {
	pkg, err := l.resolver.PackageScope(filename)
	if err != nil || (pkg != nil && pkg.Type != "") {
		return false, err
	}
	// Valid CommonJS is the common case, and its compile is cached for
	// the load that follows.
	if _, err := l.programs.Compile(filename, wrapModule(content)); err == nil {
		return false, nil
	}
	esm := esmSyntax().MatchString(content)
	if !esm {
		_, err := runEsbuild(filename, content, kindCJSImport, jsxConfig{})
		esm = errors.Is(err, errTopLevelAwait)
	}
	if esm && pkg != nil && !strings.Contains(filename, "/node_modules/") && l.opts.EmitWarning != nil && !l.typelessWarned[pkg.Path] {
		// Once per package.json, as Node does.
		l.typelessWarned[pkg.Path] = true
		l.opts.EmitWarning("Module type of "+pathToFileURL(filename)+" is not specified and it doesn't parse as CommonJS.\n"+
			"Reparsing as ES module because module syntax was detected. This incurs a performance overhead.\n"+
			"To eliminate this warning, add \"type\": \"module\" to "+pkg.Path+".", "Warning", "MODULE_TYPELESS_PACKAGE_JSON")
	}
	return esm, nil
}
