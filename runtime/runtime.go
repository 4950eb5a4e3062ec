// Package runtime is gorun's embedding API: a Runtime is one Node-compatible
// JS environment (a goja VM, its event loop, its built-in modules and its
// process object) that runs a program to completion and returns the exit
// code, the way `node app.js` does.
//
//	rt, err := runtime.New(runtime.Options{Args: []string{"--port", "8080"}})
//	if err != nil { ... }
//	defer rt.Close()
//	code, err := rt.Run(ctx, "app.js")
//
// A Runtime is not tied to a goroutine, but only one goroutine drives it at
// a time; other goroutines reach JS through Do. Many runtimes may live in
// one process: each has its own working directory, environment and stdio,
// and process.exit ends only its runtime.
package runtime

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"sync"

	"github.com/dop251/goja"

	"github.com/gorun-js/gorun/eventloop"
	"github.com/gorun-js/gorun/internal/polyfill"
	"github.com/gorun-js/gorun/internal/stacktrace"
	"github.com/gorun-js/gorun/modules"
	"github.com/gorun-js/gorun/modules/builtins"
	"github.com/gorun-js/gorun/modules/process"
	"github.com/gorun-js/gorun/npmcompat"
)

// Version is gorun's own version, reported as process.versions.gorun.
const Version = "0.1.0"

// NodeVersion is the Node.js API level gorun implements, reported as
// process.version.
const NodeVersion = "v20.11.1"

// startupModules are shims most programs load early: process (with
// events) comes with the first use of process, and nearly every program
// touches it.
var startupModules = []string{"process", "events"}

var prewarmOnce sync.Once

// prewarm compiles, on one goroutine, in the order a runtime needs them,
// the programs start-up needs: the prelude of polyfills (installed before
// any user code), the module loader (the first script or require), then
// the process shim. Compiled programs are shared by every runtime in the
// process, so this runs once. One goroutine, not one each: with the main
// goroutine that makes two busy threads, which a two-core machine runs
// without the compiles slowing the start-up they are meant to hide.
func prewarm(list []modules.Module) {
	prewarmOnce.Do(func() {
		// A copy: appending to list itself would write into the spare
		// capacity the caller appends to as well.
		mods := append(slices.Clip(list), process.Module(nil))
		go func() {
			polyfill.Prewarm()
			npmcompat.Prewarm()
			modules.Prewarm(mods, startupModules...)
		}()
	})
}

// Runtime is one JS environment. Create it with New and release it with
// Close.
type Runtime struct {
	opts Options
	vm   *goja.Runtime
	loop *eventloop.Loop
	reg  *modules.Registry
	host *modules.Host
	mods *moduleSystem

	cwd      string
	env      *process.Env
	procHost *process.Host
	signals  *process.Signals
	tracer   *stacktrace.Tracer
	scripts  map[string]string // -e/stdin sources by name, for fatal reports

	process *goja.Object
	rej     rejections
	// jsHooks are the process shim's internal entry points; use hooks().
	jsHooks processHooks
	// argv is process.argv, kept until the process object exists.
	argv []any
	// formerConstructors is bootstrap.js's WeakMap of objects cut off
	// from their class (internal/former_constructors).
	formerConstructors *goja.Object
	// threads are the workers this runtime started, or the thread it is.
	threads workerThreads

	drive   sync.Mutex // held by whoever runs the loop
	mu      sync.Mutex
	started bool
	closed  bool
}

// New builds a runtime: VM, loop, built-in modules, globals and process.
// Nothing runs until Run, RunScript, Eval or Do.
func New(opts Options) (*Runtime, error) {
	list := builtins.List()
	prewarm(list)
	r := &Runtime{opts: opts, vm: goja.New()}
	if err := r.installErrors(); err != nil {
		return nil, err
	}
	if err := r.init(list); err != nil {
		return nil, err
	}
	return r, nil
}

// init builds everything but the VM and its error machinery; list is
// builtins.List().
func (r *Runtime) init(list []modules.Module) error {
	o := &r.opts
	if o.Stdin == nil {
		o.Stdin = os.Stdin
	}
	if o.Stdout == nil {
		o.Stdout = os.Stdout
	}
	if o.Stderr == nil {
		o.Stderr = os.Stderr
	}
	// An embedder's writer (a bytes.Buffer, say) is written from the loop
	// and from the goroutines that copy a child's inherited output:
	// serialise those writes. Files need no lock (and children get the
	// file itself).
	o.Stdout, o.Stderr = lockWriter(o.Stdout), lockWriter(o.Stderr)
	if o.Cwd == "" {
		wd, err := os.Getwd()
		if err != nil {
			return fmt.Errorf("gorun: working directory: %w", err)
		}
		o.Cwd = wd
	}
	abs, err := filepath.Abs(o.Cwd)
	if err != nil {
		return err
	}
	r.cwd = abs
	if o.Env == nil {
		o.Env = os.Environ()
	}
	r.env = process.NewEnv(o.Env)
	if o.TimeZone {
		applyTZ(r.env.Lookup("TZ"))
		r.env.OnChange(func(key string) {
			if key == "TZ" {
				applyTZ(r.env.Lookup("TZ"))
			}
		})
	}
	if o.Argv0 == "" {
		o.Argv0 = "gorun"
	}
	if o.ExecPath == "" {
		if exe, err := os.Executable(); err == nil {
			o.ExecPath = exe
		} else {
			o.ExecPath = o.Argv0
		}
	}

	stack := o.Limits.MaxCallStackSize
	if stack <= 0 {
		stack = 10000
	}
	r.vm.SetMaxCallStackSize(stack)
	r.vm.SetFieldNameMapper(goja.UncapFieldNameMapper())

	pool := o.Limits.ThreadPoolSize
	if pool <= 0 {
		if n, err := strconv.Atoi(r.env.Get("GORUN_THREADPOOL_SIZE")); err == nil && n > 0 {
			pool = n
		}
	}
	r.loop, err = eventloop.New(r.vm, eventloop.Hooks{
		Uncaught:          func(v goja.Value, exc *goja.Exception) bool { return r.uncaught(v, exc, false) },
		PendingRejections: r.rej.pendingWork,
		ProcessRejections: r.processRejections,
		BeforeExit:        r.beforeExit,
		Internal:          r.internalError,
	}, eventloop.Options{PoolSize: pool})
	if err != nil {
		return err
	}
	r.vm.SetPromiseRejectionTracker(func(p *goja.Promise, op goja.PromiseRejectionOperation) {
		r.rej.track(p, op, r.loop.AsyncContext())
	})

	r.host = &modules.Host{
		Stdin:  o.Stdin,
		Stdout: o.Stdout,
		Stderr: o.Stderr,
		Cwd:    func() string { return r.cwd },
		Getenv: r.env.Lookup,
	}
	list = append(list, r.processModules()...)
	list = append(list, r.workerModules()...)
	list = append(list, o.Modules...)
	names := publicNames(list, "module")
	loader, err := r.newModuleLoader(names)
	if err != nil {
		return err
	}
	r.mods = &moduleSystem{r: r, loader: loader, names: names}
	list = append(list, loader.BuiltinModule())
	r.reg = modules.NewRegistry(list, modules.Context{VM: r.vm, Loop: r.loop, Host: r.host})

	// The bootstrap is compiled here, on this goroutine, while the prewarm
	// goroutine compiles the prelude needed next: both cores work.
	if _, err := bootstrapProgram(); err != nil {
		return err
	}
	// Before any user code, late enough for the prelude to have compiled
	// in parallel (Prewarm) while the process object was being built.
	natives, err := polyfill.InstallNatives(r.vm)
	if err != nil {
		return err
	}
	r.host.Natives = natives
	return r.installGlobals()
}

// VM returns the runtime's goja VM. Use it only on the loop goroutine:
// inside Do, or from Go functions called by JS.
func (r *Runtime) VM() *goja.Runtime { return r.vm }

// Loop returns the runtime's event loop, for Go modules that schedule work.
func (r *Runtime) Loop() *eventloop.Loop { return r.loop }

// ErrClosed is returned by methods called after Close.
var ErrClosed = errors.New("gorun: runtime closed")

// Run loads entry as the main CommonJS module, resolved from the working
// directory as `node entry` would, and runs the event loop until no work
// is left, process.exit is called or ctx is cancelled. It returns the
// process exit code. Cancelling ctx interrupts JS that is running, even an
// endless loop; Run then returns ctx's error.
func (r *Runtime) Run(ctx context.Context, entry string) (int, error) {
	return r.runMain(ctx, func() error {
		// node sets argv[1] to the entry as resolved against the working
		// directory, before the loader adds an extension.
		abs := entry
		if !filepath.IsAbs(abs) {
			abs = filepath.Join(r.cwd, entry)
		}
		r.setArgv(abs)
		return r.mods.runMain(entry)
	})
}

// setArgv builds process.argv: execPath, the script when there is one,
// then the script's arguments.
func (r *Runtime) setArgv(script string) {
	argv := []any{r.opts.ExecPath}
	if script != "" {
		argv = append(argv, script)
	}
	for _, a := range r.opts.Args {
		argv = append(argv, a)
	}
	r.argv = argv
	if r.process != nil {
		_ = r.process.Set("argv", r.vm.NewArray(argv...))
	}
}

// Check compiles entry, resolved as Run resolves it, without running it,
// as `node --check` does: a syntax error (or a missing file) is reported
// as node reports it and gives exit code 1.
func (r *Runtime) Check(ctx context.Context, entry string) (int, error) {
	return r.runMain(ctx, func() error { return r.mods.loader.CheckSyntax(entry) })
}

// Script is source code run as the main program, as `node -e` runs it.
type Script struct {
	// Source is the program text, run as a sloppy-mode script with
	// require, module, exports, __filename and __dirname in scope.
	Source string
	// Name is the file name in stack traces; "[eval]" when empty.
	Name string
	// Print writes the completion value with util.inspect, as `node -p`.
	Print bool
	// Module runs Source as an ES module, as node's --input-type=module
	// (it cannot be combined with Print).
	Module bool
}

// RunScript runs s as the main program and then the event loop, and
// returns the exit code, like Run.
func (r *Runtime) RunScript(ctx context.Context, s Script) (int, error) {
	if s.Name == "" {
		s.Name = "[eval]"
	}
	r.scripts = map[string]string{s.Name: s.Source}
	return r.runMain(ctx, func() error {
		r.setArgv("")
		return r.mods.runScript(s)
	})
}

// RunFunc runs main on the loop as the program's first macrotask, then
// the event loop until it is done, and returns the exit code like Run. It
// is how programs that are not a script drive a runtime: the REPL opens a
// loop handle in main and feeds input through it.
func (r *Runtime) RunFunc(ctx context.Context, main func(vm *goja.Runtime) error) (int, error) {
	return r.runMain(ctx, func() error { return main(r.vm) })
}

func (r *Runtime) runMain(ctx context.Context, main func() error) (int, error) {
	if err := r.begin(); err != nil {
		return 1, err
	}
	r.drive.Lock()
	defer r.drive.Unlock()
	// The main thread's end ends its workers, as in node.
	defer r.stopWorkers(false)
	// The loop watches ctx while it runs; the main script runs before it.
	stopWatch := context.AfterFunc(ctx, func() { r.vm.Interrupt(ctx.Err()) })
	defer stopWatch()
	var setupErr error
	r.loop.RunMain(func() {
		err := r.setupIPC()
		if err == nil {
			err = main()
		}
		if err != nil {
			var exc *goja.Exception
			var intr *goja.InterruptedError
			switch {
			case errors.As(err, &intr):
				// process.exit or a cancelled ctx: finish tells which.
			case errors.As(err, &exc):
				panic(exc)
			case errors.As(err, new(*goja.StackOverflowError)):
				panic(eventloop.StackOverflow(r.vm))
			default:
				setupErr = err
			}
		}
	})
	if setupErr != nil {
		return 1, setupErr
	}
	if ctx.Err() != nil {
		return 1, ctx.Err()
	}
	return r.finish(ctx, r.loop.Run(ctx))
}

// setupIPC gives a child started by child_process.fork its IPC channel
// (process.send, 'message', 'disconnect'), as node does when
// NODE_CHANNEL_FD is in the environment.
func (r *Runtime) setupIPC() error {
	if r.env.Get("NODE_CHANNEL_FD") == "" || r.isWorker() {
		return nil
	}
	v, err := r.reg.Require("internal/child_process/ipc")
	if err != nil {
		return err
	}
	setup, ok := goja.AssertFunction(v.ToObject(r.vm).Get("setup"))
	if !ok {
		return errors.New("gorun: internal/child_process/ipc has no setup")
	}
	_, err = setup(goja.Undefined(), r.proc())
	return err
}

func (r *Runtime) begin() error {
	r.mu.Lock()
	defer r.mu.Unlock()
	if r.closed {
		return ErrClosed
	}
	if r.started {
		return errors.New("gorun: runtime already ran a program")
	}
	r.started = true
	return nil
}

// finish emits 'exit' when the loop ran dry and works out the exit code.
func (r *Runtime) finish(ctx context.Context, loopErr error) (int, error) {
	if stopped, code := r.loop.Stopped(); stopped {
		return code, ctx.Err()
	}
	if loopErr != nil || ctx.Err() != nil {
		if loopErr == nil {
			loopErr = ctx.Err()
		}
		return 1, loopErr
	}
	if r.process == nil {
		// Nothing could have listened for 'exit' or set exitCode.
		return 0, nil
	}
	var code int
	r.loop.RunTask(func() { code = r.hooks().emitExit() })
	if stopped, c := r.loop.Stopped(); stopped {
		return c, nil
	}
	return code, nil
}

// Do runs fn on the loop goroutine, where it may use the VM, and waits for
// it. It is the safe way for other goroutines to call into JS: while a
// program runs, fn is queued as a macrotask; otherwise Do drives the loop
// itself until fn and the work it started are done. Promise jobs and
// process.nextTick callbacks fn causes run right after it, as in Node.
func (r *Runtime) Do(ctx context.Context, fn func(vm *goja.Runtime) error) error {
	r.mu.Lock()
	closed := r.closed
	r.mu.Unlock()
	if closed {
		return ErrClosed
	}
	done := make(chan error, 1)
	h := r.loop.NewHandle()
	h.Post(func() {
		defer h.Close()
		var err error
		func() {
			defer func() {
				if p := recover(); p != nil {
					err = fmt.Errorf("gorun: panic in Do: %v", p)
				}
			}()
			err = fn(r.vm)
		}()
		done <- err
	})
	if r.drive.TryLock() {
		runErr := r.loop.Run(ctx)
		r.drive.Unlock()
		select {
		case err := <-done:
			return err
		default:
			if runErr != nil {
				return runErr
			}
			return eventloop.ErrStopped
		}
	}
	select {
	case err := <-done:
		return err
	case <-ctx.Done():
		return ctx.Err()
	}
}

// ErrNeverSettled is returned by Eval when the loop ran out of work with
// the returned promise still pending.
var ErrNeverSettled = errors.New("gorun: promise never settled")

// Eval evaluates src as a script and returns its completion value
// converted to Go (Value.Export). When the value is a promise, Eval waits
// for it and returns what it fulfilled with, or its rejection as an error.
// Like Do, it is safe from any goroutine.
func (r *Runtime) Eval(ctx context.Context, src string) (any, error) {
	type outcome struct {
		v   any
		err error
	}
	ch := make(chan outcome, 1)
	err := r.Do(ctx, func(vm *goja.Runtime) error {
		v, err := vm.RunScript("[eval]", src)
		if err != nil {
			return err
		}
		if _, ok := v.Export().(*goja.Promise); !ok {
			ch <- outcome{v: v.Export()}
			return nil
		}
		then, _ := goja.AssertFunction(v.ToObject(vm).Get("then"))
		_, err = then(v,
			vm.ToValue(func(x goja.Value) { ch <- outcome{v: x.Export()} }),
			vm.ToValue(func(x goja.Value) { ch <- outcome{err: newJSError(vm, x)} }))
		return err
	})
	if err != nil {
		return nil, err
	}
	select {
	case o := <-ch:
		return o.v, o.err
	case <-ctx.Done():
		return nil, ctx.Err()
	default:
	}
	if r.drive.TryLock() {
		// Nobody else drives the loop and it is idle: the promise can
		// no longer settle.
		r.drive.Unlock()
		return nil, ErrNeverSettled
	}
	select {
	case o := <-ch:
		return o.v, o.err
	case <-ctx.Done():
		return nil, ctx.Err()
	}
}

// Close releases the runtime. A program still running is interrupted.
func (r *Runtime) Close() error {
	r.mu.Lock()
	if r.closed {
		r.mu.Unlock()
		return nil
	}
	r.closed = true
	r.mu.Unlock()
	if r.signals != nil {
		r.signals.Close()
	}
	r.loop.Stop(0)
	r.stopWorkers(true)
	return nil
}

func (r *Runtime) stderr() io.Writer { return r.opts.Stderr }

// JSError is a JS value thrown or rejected with, seen from Go.
type JSError struct {
	// Value is the thrown value converted to Go (Value.Export).
	Value any
	// Text is the error's stack when it has one, else its string form.
	Text string
}

func (e *JSError) Error() string { return e.Text }

func newJSError(vm *goja.Runtime, v goja.Value) *JSError {
	e := &JSError{Value: v.Export(), Text: v.String()}
	if o, ok := v.(*goja.Object); ok {
		if st := o.Get("stack"); st != nil && !goja.IsUndefined(st) {
			e.Text = st.String()
		}
	}
	return e
}

// lockedWriter serialises Write calls on a writer shared by goroutines.
type lockedWriter struct {
	mu sync.Mutex
	w  io.Writer
}

func (l *lockedWriter) Write(p []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.w.Write(p)
}

// lockWriter wraps w in a lockedWriter unless it is a file (whose writes
// the OS orders) or already locked.
func lockWriter(w io.Writer) io.Writer {
	switch w.(type) {
	case *os.File, *lockedWriter:
		return w
	}
	return &lockedWriter{w: w}
}
