package runtime

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"sync"

	"github.com/dop251/goja"

	"github.com/gorun-js/gorun/modules"
	"github.com/gorun-js/gorun/modules/builtins"
	wt "github.com/gorun-js/gorun/modules/workerthreads"
)

// workerThreads is a runtime's side of worker_threads: the workers it
// started and, inside a worker, the thread it runs as.
type workerThreads struct {
	host *wt.Host // made by modules(), shared with the shim's binding

	mu       sync.Mutex
	children map[*wt.Thread]context.CancelFunc
	wg       sync.WaitGroup
}

// workerModules gives the worker_threads shim its host: how to start a
// worker from this runtime and, in a worker, which thread this is.
func (r *Runtime) workerModules() []modules.Module {
	r.threads.host = &wt.Host{Start: r.startWorker, Self: selfOrNil(r.threads.host)}
	return []modules.Module{wt.HostModule(r.threads.host)}
}

// selfOrNil lets a worker runtime be built with its Host's Self filled in
// before init runs workerModules.
func selfOrNil(h *wt.Host) *wt.Thread {
	if h == nil {
		return nil
	}
	return h.Self
}

// isWorker reports whether r runs as a worker thread.
func (r *Runtime) isWorker() bool { return r.threads.host != nil && r.threads.host.Self != nil }

// startWorker starts a worker runtime on its own goroutine. It runs on
// the parent's loop, so it may read the parent's state (cwd, env).
func (r *Runtime) startWorker(opts wt.StartOptions) (*wt.Thread, error) {
	r.mu.Lock()
	closed := r.closed
	r.mu.Unlock()
	if closed {
		return nil, ErrClosed
	}
	child := r.opts
	child.Args = opts.Argv
	child.Env = opts.Env
	if child.Env == nil {
		child.Env = r.env.Environ()
	}
	if opts.ExecArgv != nil {
		// The worker's own flags replace the parent's, -r included.
		applyExecArgv(&child, opts.ExecArgv)
	}
	child.Cwd = r.cwd
	// node gives a worker an empty stdin unless asked (stdin: true).
	child.Stdin = strings.NewReader("")
	// Process-wide concerns stay with the main thread.
	child.Signals = false
	child.TimeZone = false

	t := wt.NewThread(opts)
	if opts.Stdin {
		t.Stdin = wt.NewStdinPipe()
		child.Stdin = t.Stdin
	}
	// As in node, a worker's output reaches the parent's worker.stdout
	// and worker.stderr streams, which the shim pipes to its own.
	child.Stdout = wt.StdioWriter{Thread: t, Kind: wt.KindStdout}
	child.Stderr = wt.StdioWriter{Thread: t, Kind: wt.KindStderr}
	ctx, cancel := context.WithCancel(context.Background())
	t.Terminate = cancel
	th := &r.threads
	th.mu.Lock()
	if th.children == nil {
		th.children = map[*wt.Thread]context.CancelFunc{}
	}
	th.children[t] = cancel
	th.wg.Add(1)
	th.mu.Unlock()
	go func() {
		defer th.wg.Done()
		code := runWorker(ctx, child, t)
		cancel()
		th.mu.Lock()
		delete(th.children, t)
		th.mu.Unlock()
		t.ToChild.Close()
		if t.Stdin != nil {
			// Unblocks the worker's stdin reader, if it still reads.
			_ = t.Stdin.Close()
		}
		t.ToParent.Send(wt.Envelope{Kind: wt.KindExit, Code: code})
	}()
	return t, nil
}

// stopWorkers terminates every worker r started, as node does when the
// main thread exits; wait also waits for their goroutines.
func (r *Runtime) stopWorkers(wait bool) {
	th := &r.threads
	th.mu.Lock()
	for _, cancel := range th.children {
		cancel()
	}
	th.mu.Unlock()
	if wait {
		th.wg.Wait()
	}
}

// runWorker builds the worker's runtime and runs its entry to the end;
// it returns the exit code the parent's 'exit' event reports.
func runWorker(ctx context.Context, opts Options, t *wt.Thread) int {
	if ctx.Err() != nil {
		return 0 // terminated before it started
	}
	r := &Runtime{opts: opts, vm: goja.New()}
	r.threads.host = &wt.Host{Self: t}
	err := r.installErrors()
	if err == nil {
		err = r.init(builtins.List())
	}
	if err != nil {
		fmt.Fprintf(opts.Stderr, "gorun: worker: %v\n", err)
		return 1
	}
	defer r.stopWorkers(true)
	defer r.Close()
	o := t.Options
	var code int
	started := false
	main := func() error {
		if err := r.workerSetup(); err != nil {
			return err
		}
		if ctx.Err() != nil {
			// Terminated while starting: the entry never runs.
			return nil
		}
		started = true
		t.ToParent.Send(wt.Envelope{Kind: wt.KindOnline})
		if o.Eval {
			r.setArgv("[worker eval]")
			name := "[worker eval]"
			if o.Module {
				name = o.SourceURL
			}
			return r.mods.runScript(Script{Source: o.Filename, Name: name, Module: o.Module})
		}
		r.setArgv(o.Filename)
		return r.mods.runMain(o.Filename)
	}
	code, err = r.runMain(ctx, main)
	if stopped, c := r.loop.Stopped(); stopped {
		return c
	}
	if err != nil {
		// Terminated (ctx cancelled): node reports exit code 1, or 0
		// when the worker had not started running JS yet.
		if errors.Is(err, context.Canceled) && !started {
			return 0
		}
		if !errors.Is(err, context.Canceled) {
			fmt.Fprintf(opts.Stderr, "gorun: worker: %v\n", err)
		}
		return 1
	}
	return code
}

// workerSetup runs in a worker before its entry: it loads the shim, which
// attaches the parent's messages, and makes an uncaught exception end the
// worker the way node's does: 'exit' on the worker's process with code
// 1, the error sent to the parent (its 'error' event), nothing printed.
func (r *Runtime) workerSetup() error {
	if _, err := r.reg.Require("worker_threads"); err != nil {
		return err
	}
	h := r.hooks()
	handle := h.fatal
	h.fatal = func(this goja.Value, args ...goja.Value) (goja.Value, error) {
		var errv goja.Value = goja.Undefined()
		if len(args) > 0 {
			errv = args[0]
		}
		_, patched := goja.AssertFunction(r.process.Get("_fatalException"))
		patched = !patched
		handled, err := handle(this, args...)
		if err != nil {
			// A throwing 'uncaughtException' listener: in a worker the
			// new error is what the parent hears of, with exit code 1
			// (the main thread's 7 is for processes).
			var exc *goja.Exception
			if !errors.As(err, &exc) {
				return handled, err
			}
			errv = exc.Value()
		} else if handled.ToBoolean() {
			return handled, nil
		}
		if stopped, _ := r.loop.Stopped(); stopped || patched {
			// process.exit in an 'exit' listener; or process._fatalException
			// monkey-patched away, where node prints and exits with the
			// code the shim set (6), as on the main thread.
			return handled, nil
		}
		// process._fatalException emitted 'exit' with code 1 already,
		// unless a listener threw first.
		if exiting := r.process.Get("_exiting"); exiting == nil || !exiting.ToBoolean() {
			_ = r.process.Set("exitCode", 1)
		}
		code := 1
		func() {
			// An 'exit' listener that throws changes nothing here, as
			// in node.
			defer func() { _ = recover() }()
			code = r.jsHooks.emitExit()
		}()
		if !r.threads.host.ReportError(r.vm, errv) {
			r.printFatal(errv, nil, true)
		}
		r.loop.Stop(code)
		return r.vm.ToValue(true), nil
	}
	return nil
}

// applyExecArgv gives a worker the runtime options its execArgv names,
// in place of the parent's. Flags with no runtime option here are kept
// in process.execArgv only.
func applyExecArgv(o *Options, args []string) {
	o.ExecArgv = args
	o.Preload, o.Conditions = nil, nil
	o.NoWarnings, o.NoDeprecation = false, false
	o.TraceWarnings, o.TraceDeprecation, o.ThrowDeprecation = false, false, false
	o.PendingDeprecation, o.TraceUncaught = false, false
	o.PreserveSymlinks, o.PreserveSymlinksMain = false, false
	flags := map[string]*bool{
		"--no-warnings":            &o.NoWarnings,
		"--no-deprecation":         &o.NoDeprecation,
		"--trace-warnings":         &o.TraceWarnings,
		"--trace-deprecation":      &o.TraceDeprecation,
		"--throw-deprecation":      &o.ThrowDeprecation,
		"--pending-deprecation":    &o.PendingDeprecation,
		"--trace-uncaught":         &o.TraceUncaught,
		"--preserve-symlinks":      &o.PreserveSymlinks,
		"--preserve-symlinks-main": &o.PreserveSymlinksMain,
	}
	lists := map[string]*[]string{
		"-r": &o.Preload, "--require": &o.Preload,
		"-C": &o.Conditions, "--conditions": &o.Conditions,
	}
	for i := 0; i < len(args); i++ {
		a := args[i]
		if b, ok := flags[a]; ok {
			*b = true
			continue
		}
		name, value, hasValue := strings.Cut(a, "=")
		list, ok := lists[name]
		if !ok {
			continue
		}
		if !hasValue {
			if i+1 >= len(args) {
				break
			}
			i++
			value = args[i]
		}
		*list = append(*list, value)
	}
}
