package runtime

import (
	"errors"
	"fmt"
	"io"
	"os"
	"syscall"
	"time"

	"github.com/dop251/goja"

	"github.com/gorun-js/gorun/eventloop"
	"github.com/gorun-js/gorun/modules"
	"github.com/gorun-js/gorun/modules/process"
)

// processHooks are the process shim's entry points the runtime calls.
type processHooks struct {
	fatal          goja.Callable
	emitExitFn     goja.Callable
	exitCodeFn     goja.Callable
	beforeExitFn   goja.Callable
	emitUnhandled  goja.Callable
	emitHandled    goja.Callable
	unhandledError goja.Callable
}

func (h processHooks) emitExit() int {
	v, err := h.emitExitFn(goja.Undefined())
	if err != nil {
		panic(err)
	}
	return int(v.ToInteger())
}

var startTime = time.Now()

// processShimName is the process shim's name in the registry. The public
// "process" module is a door to r.proc(), so that however process is
// first reached — the global, require('process'), a module that requires
// it — the runtime finishes building it (argv, hooks) before anyone reads
// it.
const processShimName = "internal/process/main"

func (r *Runtime) processModules() []modules.Module {
	o := r.opts
	r.procHost = &process.Host{
		Argv0:         o.Argv0,
		ExecPath:      o.ExecPath,
		ExecArgv:      o.ExecArgv,
		Env:           r.env,
		Cwd:           func() string { return r.cwd },
		Chdir:         r.chdir,
		Exit:          func(code int) { r.loop.Stop(code) },
		Stdin:         o.Stdin,
		Stdout:        o.Stdout,
		Stderr:        o.Stderr,
		Version:       NodeVersion,
		Versions:      map[string]string{"node": NodeVersion[1:], "gorun": Version, "modules": "115", "napi": "9", "uv": "1.46.0", "v8": "11.3.244.8-node.17", "openssl": "3.0.13+quic"},
		NoDeprecation: o.NoDeprecation,
		NoWarnings:    o.NoWarnings,
		Start:         startTime,
	}
	if o.Signals {
		r.signals = process.NewSignals()
		r.procHost.Signals = r.signals
	}
	shim := process.Module(r.procHost)
	shim.Name = processShimName
	door := modules.Module{
		Name:    "process",
		Binding: func(*modules.Context) (*goja.Object, error) { return r.proc(), nil },
	}
	return []modules.Module{shim, door, r.formerConstructorsModule(), wasmModule()}
}

// chdir changes the runtime's working directory after checking it is a
// directory, reporting errors as node's uv_chdir does.
func (r *Runtime) chdir(dir string) error {
	fi, err := os.Stat(dir)
	if err != nil {
		return err
	}
	if !fi.IsDir() {
		return &os.PathError{Op: "chdir", Path: dir, Err: syscall.ENOTDIR}
	}
	r.cwd = dir
	return nil
}

// proc returns the process object, building it on first use: a program
// that never touches process (nor anything that does, like console)
// doesn't pay for it. Call it on the loop.
func (r *Runtime) proc() *goja.Object {
	if r.process == nil {
		if err := r.installProcess(); err != nil {
			panic(err)
		}
	}
	return r.process
}

// hooks returns the process shim's entry points, building process first.
func (r *Runtime) hooks() *processHooks {
	r.proc()
	return &r.jsHooks
}

// installProcess loads the process module and keeps its hooks.
func (r *Runtime) installProcess() error {
	p, err := r.reg.Require(processShimName)
	if err != nil {
		return err
	}
	r.process = p.ToObject(r.vm)
	if r.argv != nil {
		_ = r.process.Set("argv", r.vm.NewArray(r.argv...))
	}
	// emit is Go (modules/events/emit.go); node's frames for it read
	// node:events, so ours should too.
	if emit, ok := r.process.Get("emit").(*goja.Object); ok {
		r.tracer.SetNativeFile(emit, "node:events")
	}
	for name, on := range map[string]bool{
		"traceProcessWarnings": r.opts.TraceWarnings,
		"traceDeprecation":     r.opts.TraceDeprecation,
		"throwDeprecation":     r.opts.ThrowDeprecation,
	} {
		if on {
			_ = r.process.Set(name, true)
		}
	}
	hooks := r.procHost.Hooks().Get("hooks").ToObject(r.vm)
	fn := func(name string) goja.Callable {
		f, ok := goja.AssertFunction(hooks.Get(name))
		if !ok {
			panic(fmt.Sprintf("process shim lacks hook %s", name))
		}
		return f
	}
	r.jsHooks = processHooks{
		fatal:          fn("fatalException"),
		emitExitFn:     fn("emitExit"),
		exitCodeFn:     fn("exitCode"),
		beforeExitFn:   fn("beforeExit"),
		emitUnhandled:  fn("emitUnhandled"),
		emitHandled:    fn("emitRejectionHandled"),
		unhandledError: fn("unhandledError"),
	}
	return nil
}

func (r *Runtime) beforeExit() {
	if !r.started || r.process == nil {
		return
	}
	if _, err := r.jsHooks.beforeExitFn(goja.Undefined()); err != nil {
		panic(err)
	}
}

// uncaught is Node's triggerUncaughtException: give process a chance to
// handle err ('uncaughtException'); if nothing does, print it the way node
// does and stop with process.exitCode (1 unless an 'exit' listener changed
// it). A listener that throws is fatal with exit code 7.
func (r *Runtime) uncaught(err goja.Value, exc *goja.Exception, fromPromise bool) bool {
	handled, ferr := r.hooks().fatal(goja.Undefined(), err, r.vm.ToValue(fromPromise))
	if ferr != nil {
		var intr *goja.InterruptedError
		if errors.As(ferr, &intr) {
			return false
		}
		var fexc *goja.Exception
		if errors.As(ferr, &fexc) {
			r.printFatal(fexc.Value(), fexc, false)
		} else {
			fmt.Fprintln(r.stderr(), ferr)
		}
		r.loop.Stop(7)
		return false
	}
	if handled.ToBoolean() {
		return true
	}
	if stopped, _ := r.loop.Stopped(); stopped {
		return false // an 'exit' listener called process.exit
	}
	r.printFatal(err, exc, fromPromise)
	code := 1
	// process.exitCode as an 'exit' listener may have left it; 1 if unset.
	if v, err := r.jsHooks.exitCodeFn(goja.Undefined()); err == nil && !goja.IsUndefined(v) {
		code = int(v.ToInteger())
	}
	r.loop.Stop(code)
	return false
}

func (r *Runtime) printFatal(v goja.Value, exc *goja.Exception, fromPromise bool) {
	var text string
	if exc != nil && !fromPromise {
		text = r.tracer.FormatUncaught(exc)
	} else {
		text = r.tracer.FormatRejection(v)
	}
	io.WriteString(r.stderr(), text)
}

// internalError reports a Go panic from inside gorun: a bug, never the
// script's fault. The Go stack is shown only with GORUN_DEBUG set.
func (r *Runtime) internalError(p *eventloop.PanicError) {
	fmt.Fprintf(r.stderr(), "gorun: internal error: %v\nThis is a bug in gorun; please report it with the script that caused it.\n", p.Value)
	if r.env.Get("GORUN_DEBUG") != "" {
		r.stderr().Write(p.Stack)
	}
}
