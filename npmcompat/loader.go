package npmcompat

import (
	_ "embed"
	"errors"
	"fmt"
	"strings"
	"sync"

	"github.com/dop251/goja"

	"github.com/gorun-js/gorun/modules"
)

// Options is what a Loader needs from its runtime. Only VM is required.
type Options struct {
	VM *goja.Runtime
	// FS defaults to the host file system (OSFS over Cwd).
	FS FS
	// Cwd returns the runtime's working directory; nil means "/".
	Cwd func() string
	// Getenv looks up the runtime's environment (process.env), read for
	// NODE_PATH and HOME at start-up and on Module._initPaths().
	Getenv func(key string) (string, bool)
	// ExecPath is process.execPath, from which $PREFIX/lib/node is derived.
	ExecPath string
	// RequireBuiltin returns a built-in's exports; name has no "node:".
	RequireBuiltin func(name string) (goja.Value, error)
	// BuiltinNames lists the public built-ins (module.builtinModules).
	BuiltinNames []string
	// IsBuiltin reports whether user code may require name (without
	// "node:"); nil means "is in BuiltinNames".
	IsBuiltin func(name string) bool
	// EmitWarning is process.emitWarning; nil drops warnings.
	EmitWarning func(message, typ, code string)
	// Programs shares compiled modules between runtimes; nil means the
	// process-wide cache.
	Programs *ProgramCache
	// PreserveSymlinks and PreserveSymlinksMain are Node's
	// --preserve-symlinks and --preserve-symlinks-main.
	PreserveSymlinks     bool
	PreserveSymlinksMain bool
	// Conditions are Node's --conditions (-C): extra "exports"/"imports"
	// conditions matched by require and import.
	Conditions []string
}

// Loader is one runtime's CommonJS module system: the module cache,
// require.main, and Node's Module class. Like the VM it belongs to, it is
// used only on the runtime's loop goroutine.
type Loader struct {
	vm       *goja.Runtime
	opts     Options
	resolver *Resolver
	programs *ProgramCache
	// wrapped records the files compiled with WrapperPrefix on line 1, for
	// SourcePosition.
	wrapped map[string]bool

	// dynamicImport is esm.js's import(specifier) for CommonJS modules
	// and its import() helper.
	dynamicImport [2]goja.Value
	// typelessWarned holds the package.json files MODULE_TYPELESS_PACKAGE_JSON
	// was emitted for.
	typelessWarned map[string]bool

	initErr error
	inited  bool
	handle  *goja.Object // what loader.js returned
	module  *goja.Object // the Module constructor
}

//go:embed loader.js
var loaderSource string

// esmSource adds ES modules and TypeScript to the loader; it declares
// initESM, which loader.js calls through binding.initESM. It is compiled
// on first use, apart from loader.js: most CommonJS programs never need
// it, and compiling it was a fifth of a short script's CPU time.
//
//go:embed esm.js
var esmSource string

// esmScope names the loader.js bindings esm.js uses; loader.js passes
// them in an object of these keys (all are constants or functions).
const esmScope = "ArrayFrom, Module, ObjectDefineProperty, ObjectKeys, ObjectPreventExtensions, ObjectPrototypeHasOwnProperty, ReflectApply, SafeMap, SafeSet, SafeWeakMap, StringCtor, SymbolFor, SymbolToStringTag, dirname, inspect, makeRequireFunction, moduleParentCache"

// loaderFile names the shim in stack traces, after Node's internal module.
const loaderFile = "node:internal/modules/cjs/loader"

var loaderProgram = sync.OnceValues(func() (*goja.Program, error) {
	return goja.Compile(loaderFile, "(function (binding) {"+loaderSource+"\n})", true)
})

// esmProgram evaluates to function (binding, scope) returning initESM; the
// prefix shares esm.js's first line, so its line numbers are the file's.
var esmProgram = sync.OnceValues(func() (*goja.Program, error) {
	return goja.Compile(loaderFile, "(function (binding, scope) { const { "+esmScope+" } = scope; "+esmSource+"\nreturn initESM;\n})", true)
})

// initESM compiles and evaluates esm.js for this loader's VM, returning
// its initESM function.
func (l *Loader) initESM(binding, scope goja.Value) goja.Value {
	prg, err := esmProgram()
	if err != nil {
		panic(l.vm.NewGoError(fmt.Errorf("npmcompat: compiling esm.js: %w", err)))
	}
	fv, err := l.vm.RunProgram(prg)
	if err != nil {
		panic(err)
	}
	fn, _ := goja.AssertFunction(fv)
	v, err := fn(goja.Undefined(), binding, scope)
	if err != nil {
		panic(err)
	}
	return v
}

// Prewarm compiles the loader's JS (once per process), so that the first
// require finds it compiled. Call it on a goroutine of your own.
func Prewarm() { _, _ = loaderProgram() }

// NewLoader makes a loader. Nothing runs in the VM until the loader is
// first used, so a runtime that never requires a file pays nothing.
func NewLoader(o Options) (*Loader, error) {
	if o.VM == nil {
		return nil, errors.New("npmcompat: Options.VM is nil")
	}
	if o.IsBuiltin == nil {
		names := map[string]bool{}
		for _, n := range o.BuiltinNames {
			names[n] = true
		}
		o.IsBuiltin = func(name string) bool { return names[name] }
	}
	l := &Loader{vm: o.VM, opts: o, programs: o.Programs, wrapped: map[string]bool{}, typelessWarned: map[string]bool{}}
	if l.programs == nil {
		l.programs = sharedPrograms
	}
	l.resolver = NewResolver(ResolverOptions{
		FS:                   o.FS,
		Cwd:                  o.Cwd,
		Getenv:               o.Getenv,
		IsBuiltin:            func(name string) bool { return !strings.HasPrefix(name, "internal/") && o.IsBuiltin(name) },
		ExecPath:             o.ExecPath,
		PreserveSymlinks:     o.PreserveSymlinks,
		PreserveSymlinksMain: o.PreserveSymlinksMain,
		Warn:                 o.EmitWarning,
		Conditions:           o.Conditions,
	})
	return l, nil
}

// Resolver returns the loader's resolver.
func (l *Loader) Resolver() *Resolver { return l.resolver }

func (l *Loader) cwd() string {
	if l.opts.Cwd == nil {
		return "/"
	}
	return l.opts.Cwd()
}

func (l *Loader) init() error {
	if l.inited {
		return l.initErr
	}
	l.inited = true
	l.initErr = func() error {
		prg, err := loaderProgram()
		if err != nil {
			return fmt.Errorf("npmcompat: compiling loader: %w", err)
		}
		fv, err := l.vm.RunProgram(prg)
		if err != nil {
			return err
		}
		fn, _ := goja.AssertFunction(fv)
		ret, err := fn(goja.Undefined(), l.newBinding())
		if err != nil {
			return err
		}
		l.handle = ret.ToObject(l.vm)
		l.module = l.handle.Get("Module").ToObject(l.vm)
		return nil
	}()
	return l.initErr
}

// call runs fn on the loader's handle with recovery: errors thrown in JS
// come back as *goja.Exception, and a Go panic becomes an error rather
// than escaping to the host.
func (l *Loader) call(fn func() error) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("npmcompat: internal error: %v", r)
		}
	}()
	if err := l.init(); err != nil {
		return err
	}
	return fn()
}

// callJS calls the function found at obj[name] at call time, so user
// patches (Module.runMain, Module._preloadModules) are honoured.
func (l *Loader) callJS(obj *goja.Object, name string, args ...goja.Value) (goja.Value, error) {
	fn, ok := goja.AssertFunction(obj.Get(name))
	if !ok {
		return nil, fmt.Errorf("npmcompat: %s is not a function", name)
	}
	return fn(obj, args...)
}

// RunMain loads path as the main module, as `node path` does: the entry is
// resolved like node's (so "app" finds app.js or app/index.js), becomes
// require.main, and runs synchronously. A JS exception comes back as a
// *goja.Exception for the runtime to report; draining nextTick and
// promise queues afterwards is the caller's job.
func (l *Loader) RunMain(path string) error {
	return l.call(func() error {
		_, err := l.callJS(l.module, "runMain", l.vm.ToValue(resolvePath(l.cwd(), path)))
		return err
	})
}

// Preload requires each request before the main module, as node -r does.
func (l *Loader) Preload(requests []string) error {
	return l.call(func() error {
		_, err := l.callJS(l.module, "_preloadModules", l.stringArray(requests))
		return err
	})
}

// CreateRequire returns a require function resolving relative to filename
// (module.createRequire), for -e scripts, the REPL and embedders.
func (l *Loader) CreateRequire(filename string) (goja.Value, error) {
	var v goja.Value
	err := l.call(func() (err error) {
		v, err = l.callJS(l.handle, "createRequire", l.vm.ToValue(filename))
		return err
	})
	return v, err
}

// ModuleExports returns the `module` built-in's exports: Node's Module
// constructor, which is its own `Module` property and carries
// builtinModules, createRequire, isBuiltin, _load, _resolveFilename, ...
func (l *Loader) ModuleExports() (*goja.Object, error) {
	if err := l.call(func() error { return nil }); err != nil {
		return nil, err
	}
	return l.module, nil
}

// BuiltinModule declares the `module` built-in for a registry in the same
// runtime as l.
func (l *Loader) BuiltinModule() modules.Module {
	return modules.Module{
		Name:    "module",
		Binding: func(*modules.Context) (*goja.Object, error) { return l.ModuleExports() },
	}
}

// MainModule returns require.main (process.mainModule), or undefined
// before RunMain.
func (l *Loader) MainModule() goja.Value {
	if l.handle == nil {
		return goja.Undefined()
	}
	v, err := l.callJS(l.handle, "mainModule")
	if err != nil || v == nil {
		return goja.Undefined()
	}
	return v
}

// SourcePosition maps a position reported by goja in file to the position
// in the file itself: only line 1 of a wrapped module is shifted, by the
// wrapper prefix. Positions in other files pass through unchanged.
func (l *Loader) SourcePosition(file string, line, col int) (int, int) {
	if line == 1 && l.wrapped[file] && col > WrapperPrefixLen {
		col -= WrapperPrefixLen
	}
	return line, col
}
