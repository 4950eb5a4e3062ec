package runtime

import (
	"path/filepath"
	"sort"
	"strings"
	"sync"

	"github.com/dop251/goja"

	"github.com/gorun-js/gorun/internal/nodeerr"
	"github.com/gorun-js/gorun/modules"
	"github.com/gorun-js/gorun/modules/builtins"
	"github.com/gorun-js/gorun/npmcompat"
)

// moduleSystem connects the CommonJS loader (package npmcompat) to the
// runtime: entry points, -e scripts and the `module` built-in.
type moduleSystem struct {
	r      *Runtime
	loader *npmcompat.Loader
	names  []string // the public built-in names, sorted
}

// newModuleLoader makes the loader before the registry exists (the
// `module` built-in needs the loader, the loader needs the built-ins).
func (r *Runtime) newModuleLoader(names []string) (*npmcompat.Loader, error) {
	return npmcompat.NewLoader(npmcompat.Options{
		VM:       r.vm,
		Cwd:      func() string { return r.cwd },
		Getenv:   r.env.Lookup,
		ExecPath: r.opts.ExecPath,
		RequireBuiltin: func(name string) (goja.Value, error) {
			return r.reg.Require(name)
		},
		BuiltinNames:         names,
		EmitWarning:          r.emitWarning,
		Conditions:           r.opts.Conditions,
		PreserveSymlinks:     r.opts.PreserveSymlinks,
		PreserveSymlinksMain: r.opts.PreserveSymlinksMain,
	})
}

// publicNames lists the modules user code may require, sorted as node's
// module.builtinModules is.
func publicNames(list []modules.Module, extra ...string) []string {
	names := append([]string(nil), extra...)
	for _, m := range list {
		if !m.Internal() {
			names = append(names, m.Name)
		}
	}
	sort.Strings(names)
	return names
}

func (m *moduleSystem) runMain(entry string) error {
	if err := m.preload(); err != nil {
		return err
	}
	return m.loader.RunMain(entry)
}

// preload requires Options.Preload before the main program (node -r).
func (m *moduleSystem) preload() error {
	if len(m.r.opts.Preload) == 0 {
		return nil
	}
	return m.loader.Preload(m.r.opts.Preload)
}

// runScript runs s as node runs -e and stdin scripts: a sloppy script in
// the global scope, with require, module, exports, __filename and
// __dirname defined as globals.
func (m *moduleSystem) runScript(s Script) error {
	r := m.r
	vm := r.vm
	if err := m.preload(); err != nil {
		return err
	}
	if s.Module {
		if s.Print {
			panic(nodeerr.New(vm, "ERR_EVAL_ESM_CANNOT_PRINT"))
		}
		// node names an -e/stdin module [eval1], in the working directory.
		return m.loader.RunModule(filepath.Join(r.cwd, "[eval1]"), s.Source)
	}
	req, err := m.loader.CreateRequire(filepath.Join(r.cwd, s.Name))
	if err != nil {
		return err
	}
	Module, err := m.loader.ModuleExports()
	if err != nil {
		return err
	}
	mod, err := vm.New(Module, vm.ToValue(s.Name))
	if err != nil {
		return err
	}
	_ = mod.Set("filename", filepath.Join(r.cwd, s.Name))
	if paths, ok := goja.AssertFunction(Module.Get("_nodeModulePaths")); ok {
		if p, err := paths(Module, vm.ToValue(r.cwd)); err == nil {
			_ = mod.Set("paths", p)
		}
	}
	if s.Name == "[eval]" {
		// -e and -p only: node doesn't do it for stdin.
		if err := m.addBuiltinGlobals(req); err != nil {
			return err
		}
	}
	g := vm.GlobalObject()
	if err := g.Set("__filename", s.Name); err != nil {
		return err
	}
	// node runs the script from a small wrapper that sets the other
	// globals and calls it; its frame shows in stacks as
	// "at [eval]-wrapper:6:24", so gorun runs the same wrapper.
	prg, err := goja.Compile(s.Name+"-wrapper", evalWrapper, false)
	if err != nil {
		return err
	}
	wv, err := vm.RunProgram(prg)
	if err != nil {
		return err
	}
	wrapper, _ := goja.AssertFunction(wv)
	callMain, err := wrapper(goja.Undefined(), mod, mod.Get("exports"), vm.ToValue("."), req)
	if err != nil {
		return err
	}
	runMain, _ := goja.AssertFunction(callMain)
	var v goja.Value
	_, err = runMain(goja.Undefined(), vm.ToValue(func(goja.FunctionCall) goja.Value {
		var err error
		if v, err = m.loader.RunScript(s.Name, s.Source); err != nil {
			panic(err)
		}
		return goja.Undefined()
	}))
	if err != nil {
		return err
	}
	if s.Print {
		log, _ := goja.AssertFunction(g.Get("console").ToObject(vm).Get("log"))
		if _, err := log(goja.Undefined(), v); err != nil {
			return err
		}
	}
	return nil
}

// builtinGlobals defines, as node does for -e, -p and stdin scripts
// (addBuiltinLibsToObject), a global for each built-in module whose name
// is an identifier: `gorun -p "os.platform()"`. Each loads its module on
// first read and stays an accessor; assigning replaces it.
const builtinGlobals = `(function (names, require) {
  for (const name of names) {
    // Globals of the same name stay (console, process), except crypto:
    // the module replaces web crypto, keeping its enumerability.
    if (name !== 'crypto' && Object.prototype.hasOwnProperty.call(globalThis, name)) continue;
    const enumerable = Object.getOwnPropertyDescriptor(globalThis, name)?.enumerable ?? false;
    const setReal = function (value) {
      delete globalThis[name];
      globalThis[name] = value;
    };
    Object.defineProperty(globalThis, name, {
      get() {
        const lib = require(name);
        Object.defineProperty(globalThis, name, { get: () => lib, set: setReal, enumerable, configurable: true });
        return lib;
      },
      set: setReal,
      enumerable,
      configurable: true,
    });
  }
})`

// addBuiltinGlobals runs builtinGlobals for the public built-ins whose
// names have no '/' and no leading '_' (node's builtinLibs).
func (m *moduleSystem) addBuiltinGlobals(require goja.Value) error {
	vm := m.r.vm
	var names []any
	for _, n := range m.names {
		if !strings.Contains(n, "/") && !strings.HasPrefix(n, "_") && !npmcompat.SchemeOnly(n) {
			names = append(names, n)
		}
	}
	prg, err := builtinGlobalsProgram()
	if err != nil {
		return err
	}
	fv, err := vm.RunProgram(prg)
	if err != nil {
		return err
	}
	fn, _ := goja.AssertFunction(fv)
	_, err = fn(goja.Undefined(), vm.NewArray(names...), require)
	return err
}

var builtinGlobalsProgram = sync.OnceValues(func() (*goja.Program, error) {
	return goja.Compile("node:internal/process/execution", builtinGlobals, true)
})

// evalWrapper is node's wrapper for -e and stdin scripts
// (lib/internal/process/execution.js): it defines the CommonJS globals in
// node's order and calls the script from line 6, column 24.
const evalWrapper = "(function (module, exports, __dirname, require) {" + `
      globalThis.module = module;
      globalThis.exports = exports;
      globalThis.__dirname = __dirname;
      globalThis.require = require;
      return (main) => main();
    ` + "})"

// EvalRequire returns a require function resolving from the working
// directory, as the REPL and -e scripts have. Call it on the loop.
func (r *Runtime) EvalRequire() (goja.Value, error) {
	return r.mods.loader.CreateRequire(filepath.Join(r.cwd, "[eval]"))
}

// emitWarning calls process.emitWarning for Go code.
func (r *Runtime) emitWarning(message, typ, code string) {
	p := r.proc()
	emit, ok := goja.AssertFunction(p.Get("emitWarning"))
	if !ok {
		return
	}
	args := []goja.Value{r.vm.ToValue(message), r.vm.ToValue(typ)}
	if code != "" {
		args = append(args, r.vm.ToValue(code))
	}
	_, _ = emit(p, args...)
}

// BuiltinNames lists the built-in modules every runtime has (Options.Modules
// aside), as module.builtinModules reports them.
func BuiltinNames() []string {
	return publicNames(builtins.List(), "module", "process")
}
