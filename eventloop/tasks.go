package eventloop

import (
	_ "embed"
	"errors"
	"fmt"
	"runtime/debug"
	"sync"

	"github.com/dop251/goja"
)

//go:embed ticks.js
var ticksSource string

var ticksProgram = sync.OnceValues(func() (*goja.Program, error) {
	return goja.Compile("node:internal/process/task_queues", ticksSource, true)
})

func (l *Loop) installTicks() error {
	prg, err := ticksProgram()
	if err != nil {
		return err
	}
	v, err := l.vm.RunProgram(prg)
	if err != nil {
		return err
	}
	factory, _ := goja.AssertFunction(v)
	// A plain native function: goja calls a typed Go func through
	// reflection, several times the cost, and this runs on every tick
	// queue transition.
	setPending := l.vm.ToValue(func(call goja.FunctionCall) goja.Value {
		l.tickPending = call.Argument(0).ToBoolean()
		return goja.Undefined()
	})
	processRejections := l.vm.ToValue(func() bool {
		if l.hooks.ProcessRejections == nil {
			return false
		}
		return l.hooks.ProcessRejections()
	})
	report := l.vm.ToValue(func(v goja.Value) { l.reportException(v, nil) })
	api, err := factory(goja.Undefined(), setPending, processRejections, report)
	if err != nil {
		return err
	}
	l.jsAPI = api.ToObject(l.vm)
	l.invoke, _ = goja.AssertFunction(l.jsAPI.Get("invoke"))
	l.invoke1, _ = goja.AssertFunction(l.jsAPI.Get("invoke1"))
	l.invoke2, _ = goja.AssertFunction(l.jsAPI.Get("invoke2"))
	l.runTicks, _ = goja.AssertFunction(l.jsAPI.Get("runTicks"))
	l.rejections, _ = goja.AssertFunction(l.jsAPI.Get("rejections"))
	l.runGoTask = l.vm.ToValue(func(goja.FunctionCall) goja.Value {
		fn := l.current
		l.current = nil
		fn()
		return goja.Undefined()
	})
	l.noop = l.vm.ToValue(func(goja.FunctionCall) goja.Value { return goja.Undefined() })
	return nil
}

// NextTick returns process.nextTick's raw enqueue function, called from JS
// as nextTick(callback, argsArrayOrUndefined) with arguments already
// validated.
func (l *Loop) NextTick() goja.Value { return l.jsAPI.Get("nextTick") }

// NextTick1 returns the raw enqueue for a tick of exactly one argument,
// called from JS as nextTick1(callback, arg): nextTick(callback, [arg])
// without the array, for internal per-chunk ticks (streams).
func (l *Loop) NextTick1() goja.Value { return l.jsAPI.Get("nextTick1") }

// QueueMicrotask returns the raw queueMicrotask(callback) function; an
// exception thrown by the callback is reported as uncaught.
func (l *Loop) QueueMicrotask() goja.Value { return l.jsAPI.Get("queueMicrotask") }

// Call runs a JS callback as a macrotask: the callback, then the nextTick
// queue, then the promise jobs, then again while ticks or rejections
// remain. An exception it throws goes to the Uncaught hook. args may be
// nil.
func (l *Loop) Call(fn goja.Value, this goja.Value, args []goja.Value) {
	if l.isStopped() {
		return
	}
	if l.depth > 0 {
		// Inside a task already (a completion's Go code calling back): the
		// enclosing invoke runs the tick queue and goja the promise jobs
		// once it returns, so the callback is called directly; settle
		// still drains the ticks it queued before Go goes on, as a
		// wrapped call would.
		if call, ok := goja.AssertFunction(fn); ok {
			l.settle(l.protect(func() error {
				_, err := call(this, args...)
				return err
			}))
			return
		}
	}
	// invoke1 and invoke2 spare the arguments array and apply() that the
	// general form costs: completions have one or two arguments.
	l.settle(l.protect(func() error {
		var err error
		switch len(args) {
		case 1:
			_, err = l.invoke1(goja.Undefined(), fn, this, args[0])
		case 2:
			_, err = l.invoke2(goja.Undefined(), fn, this, args[0], args[1])
		default:
			var argv goja.Value = goja.Undefined()
			if args != nil {
				argv = l.vm.NewArray(toAny(args)...)
			}
			_, err = l.invoke(goja.Undefined(), fn, this, argv)
		}
		return err
	}))
}

// callWith is Call with the arguments built first by args, outside JS. A
// panic there is reported as it would be from inside a task: a JS
// exception as uncaught, anything else as an internal error.
func (l *Loop) callWith(fn goja.Value, args func() []goja.Value) {
	if l.isStopped() {
		return
	}
	argv, thrown, err := l.buildArgs(args)
	switch {
	case thrown != nil:
		// A JS value thrown from Go, as goja would have turned it into
		// an exception inside a task.
		l.reportException(thrown, nil)
		if !l.isStopped() {
			l.queueNoop()
		}
	case err != nil:
		l.settle(err)
	default:
		l.Call(fn, goja.Undefined(), argv)
	}
}

func (l *Loop) buildArgs(args func() []goja.Value) (argv []goja.Value, thrown goja.Value, err error) {
	defer func() {
		if p := recover(); p != nil {
			switch x := p.(type) {
			case *goja.Exception:
				err = x
			case *goja.InterruptedError:
				err = x
			case goja.Value:
				thrown = x
			default:
				err = &PanicError{Value: p, Stack: debug.Stack()}
			}
		}
	}()
	return args(), nil, nil
}

// PanicError is a Go panic that escaped a binding into the loop: a bug in
// gorun, reported through Hooks.Internal instead of crashing the host.
type PanicError struct {
	Value any
	Stack []byte
}

func (e *PanicError) Error() string { return fmt.Sprintf("internal error: %v", e.Value) }

// protect runs a call into JS, turning a Go panic that goja did not turn
// into a JS exception into a *PanicError.
func (l *Loop) protect(call func() error) (err error) {
	l.depth++
	defer func() {
		l.depth--
		if p := recover(); p != nil {
			err = &PanicError{Value: p, Stack: debug.Stack()}
		}
	}()
	return call()
}

func toAny(vs []goja.Value) []any {
	out := make([]any, len(vs))
	for i, v := range vs {
		out[i] = v
	}
	return out
}

// RunTask runs Go code that may call into JS (resolve a promise, call a
// callback) as one macrotask, with the same tick and microtask draining as
// Call. Go panics carrying a JS exception are reported as uncaught.
func (l *Loop) RunTask(fn func()) {
	l.runTask(fn, false)
}

// RunMain runs the program's main script like RunTask, except that ticks
// left behind by an uncaught exception that the process handled still run
// right away, as they do after node's main module.
func (l *Loop) RunMain(fn func()) {
	l.runTask(fn, true)
}

func (l *Loop) runTask(fn func(), main bool) {
	if l.isStopped() {
		return
	}
	l.current = fn
	err := l.protect(func() error {
		_, err := l.invoke(goja.Undefined(), l.runGoTask, goja.Undefined(), goja.Undefined())
		return err
	})
	l.current = nil
	if err != nil && main {
		if !l.handleError(err) {
			return
		}
		err = l.protect(func() error {
			_, err := l.runTicks(goja.Undefined())
			return err
		})
	}
	l.settle(err)
}

// settle handles the outcome of one macrotask, then keeps draining ticks
// and processing promise rejections until neither has work, as Node's
// processTicksAndRejections does.
func (l *Loop) settle(err error) {
	for {
		if err != nil {
			if !l.handleError(err) {
				return
			}
			// Node makes sure ticks left behind by an exception run after
			// the next macrotask by queueing an empty immediate.
			l.queueNoop()
			return
		}
		switch {
		case l.isStopped():
			return
		case l.tickPending:
			err = l.protect(func() error {
				_, err := l.runTicks(goja.Undefined())
				return err
			})
		case l.hooks.PendingRejections != nil && l.hooks.PendingRejections():
			err = l.protect(func() error {
				_, err := l.rejections(goja.Undefined())
				return err
			})
		default:
			return
		}
	}
}

// handleError reports err from JS; it returns false when the loop stopped.
func (l *Loop) handleError(err error) bool {
	var exc *goja.Exception
	var intr *goja.InterruptedError
	var pe *PanicError
	switch {
	case errors.As(err, &intr):
		return false
	case errors.As(err, &pe):
		// The VM may be in any state after a panic: end the program.
		if l.hooks.Internal != nil {
			l.hooks.Internal(pe)
		}
		l.Stop(1)
		return false
	case errors.As(err, &exc):
		l.reportException(exc.Value(), exc)
	case errors.As(err, new(*goja.StackOverflowError)):
		// goja makes stack overflow uncatchable; node throws a RangeError
		// that reaches the uncaught handler, which is what this reports.
		l.reportException(StackOverflow(l.vm), nil)
	default:
		l.reportException(l.vm.NewGoError(err), nil)
	}
	return !l.isStopped()
}

func (l *Loop) reportException(v goja.Value, exc *goja.Exception) {
	if l.isStopped() {
		return
	}
	if l.hooks.Uncaught == nil || !l.hooks.Uncaught(v, exc) {
		l.Stop(1)
	}
}

// StackOverflow returns the error node throws when the call stack is
// exhausted: RangeError: Maximum call stack size exceeded.
func StackOverflow(vm *goja.Runtime) goja.Value {
	if ctor, ok := goja.AssertConstructor(vm.Get("RangeError")); ok {
		if v, err := ctor(nil, vm.ToValue("Maximum call stack size exceeded")); err == nil {
			return v
		}
	}
	return vm.ToValue("RangeError: Maximum call stack size exceeded")
}
