package eventloop

import "github.com/dop251/goja"

// Async context is the value AsyncLocalStorage reads: the loop carries it
// from where work is scheduled (setTimeout, setImmediate, nextTick, a
// promise reaction, Go, a handle) to where its callback runs, as Node's
// async_hooks do. Tracking is off until EnableAsyncContext, so programs
// that never use AsyncLocalStorage pay nothing for it.

// EnableAsyncContext turns context tracking on for the rest of the loop's
// life (async_hooks calls it when the first AsyncLocalStorage is used).
func (l *Loop) EnableAsyncContext() {
	if l.ctxOn {
		return
	}
	l.ctxOn = true
	l.vm.SetAsyncContextTracker(contextTracker{l})
	enable, _ := goja.AssertFunction(l.jsAPI.Get("enableContext"))
	get := l.vm.ToValue(func() goja.Value { return l.AsyncContext() })
	set := l.vm.ToValue(func(v goja.Value) { l.SetAsyncContext(v) })
	if _, err := enable(goja.Undefined(), get, set); err != nil {
		panic(err)
	}
}

// AsyncContext returns the current async context (undefined at top level).
func (l *Loop) AsyncContext() goja.Value {
	if l.ctx == nil {
		return goja.Undefined()
	}
	return l.ctx
}

// SetAsyncContext replaces the current async context.
func (l *Loop) SetAsyncContext(v goja.Value) {
	if v == nil || goja.IsUndefined(v) {
		l.ctx = nil
		return
	}
	l.ctx = v
}

// bind returns fn to run in the async context current now.
func (l *Loop) bind(fn func()) func() {
	if !l.ctxOn {
		return fn
	}
	ctx := l.ctx
	return func() {
		prev := l.ctx
		l.ctx = ctx
		defer func() { l.ctx = prev }()
		fn()
	}
}

// contextTracker carries the context into promise reactions: goja calls
// Grab when a reaction is queued and Resumed/Exited around it.
type contextTracker struct{ l *Loop }

func (t contextTracker) Grab() any { return t.l.ctx }

func (t contextTracker) Resumed(v any) {
	t.l.ctxSaved = t.l.ctx
	t.l.ctx, _ = v.(goja.Value)
}

func (t contextTracker) Exited() { t.l.ctx = t.l.ctxSaved }
