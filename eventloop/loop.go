package eventloop

import (
	"context"
	_ "embed"
	"errors"
	"sort"
	"sync"
	"sync/atomic"
	"time"

	"github.com/dop251/goja"
)

// Hooks connect the loop to the process layer built on top of it. All of
// them run on the loop goroutine.
type Hooks struct {
	// Uncaught is called with an exception that a callback run by the loop
	// let escape (Node's triggerUncaughtException): the thrown value, and
	// goja's exception (which knows where it was thrown) when there is one.
	// It reports whether the exception was handled; when it was not, the
	// hook is expected to have stopped the loop.
	Uncaught func(v goja.Value, exc *goja.Exception) bool
	// PendingRejections reports whether ProcessRejections has work.
	PendingRejections func() bool
	// ProcessRejections runs Node's processPromiseRejections once the tick
	// and microtask queues are drained; it reports whether it ran JS that
	// may have scheduled more ticks or microtasks.
	ProcessRejections func() bool
	// BeforeExit runs when the loop has no more work; it may schedule more
	// (Node's 'beforeExit').
	BeforeExit func()
	// Internal reports a Go panic that escaped into the loop (a gorun
	// bug); the loop then stops with exit code 1.
	Internal func(p *PanicError)
}

// Options configure a Loop.
type Options struct {
	// PoolSize bounds the goroutines that run blocking work at once
	// (GORUN_THREADPOOL_SIZE; default 4 like libuv's UV_THREADPOOL_SIZE).
	PoolSize int
}

// Loop is Node's event loop for one goja runtime: timers → pending →
// poll → check → close, with process.nextTick and promise jobs drained
// after every callback. Only the goroutine running Run touches JS values;
// other goroutines talk to the loop through Post, handles and Go.
type Loop struct {
	vm    *goja.Runtime
	hooks Hooks

	start time.Time
	now   int64 // loop time in ms since start, updated once per iteration (uv_now)

	timers     timerHeap
	timerSeq   uint64
	timerRefs  int
	immediates []*immediate // pending setImmediate callbacks in order
	immRefs    int
	closing    []func()

	// For ActiveResources (loop goroutine only): the timer whose callback
	// is running (node counts it until the callback returns, unless it was
	// cleared), and pool work in flight by the kind GoCallAs named.
	firing        *Timer
	firingCleared bool
	requests      map[string]int
	// described are the handles Describe named, in the order they were
	// named (closed ones are dropped when the list is read).
	described []*Handle

	refs atomic.Int64 // handles and pending pool work holding the loop open

	mu      sync.Mutex
	posted  []posted
	spare   []posted // the last batch's array, reused by the next (loop only)
	wake    chan struct{}
	pool    chan struct{}
	stopped bool
	code    int
	failure error

	// JS side (ticks.js): the macrotask wrapper and the tick queue.
	invoke      goja.Callable
	invoke1     goja.Callable
	invoke2     goja.Callable
	depth       int // loop calls into JS in progress (protect)
	runTicks    goja.Callable
	rejections  goja.Callable
	tickPending bool
	current     func() // Go task run by runGoTask inside invoke
	runGoTask   goja.Value
	noop        goja.Value
	jsAPI       *goja.Object

	// async context (context.go)
	ctxOn    bool
	ctx      goja.Value
	ctxSaved goja.Value
}

// New creates a loop for vm. The loop installs nothing global; the
// runtime exposes Timers and Ticks to JS.
func New(vm *goja.Runtime, hooks Hooks, opts Options) (*Loop, error) {
	if opts.PoolSize <= 0 {
		opts.PoolSize = 4
	}
	l := &Loop{
		vm:    vm,
		hooks: hooks,
		start: time.Now(),
		wake:  make(chan struct{}, 1),
		pool:  make(chan struct{}, opts.PoolSize),
	}
	if err := l.installTicks(); err != nil {
		return nil, err
	}
	return l, nil
}

// VM returns the runtime the loop drives.
func (l *Loop) VM() *goja.Runtime { return l.vm }

// Now returns the loop's cached time in milliseconds since it was created,
// as libuv's uv_now: it moves only between phases.
func (l *Loop) Now() int64 { return l.now }

func (l *Loop) updateTime() { l.now = l.clock() }

// clock reads the current time on the loop's millisecond scale.
func (l *Loop) clock() int64 { return int64(time.Since(l.start) / time.Millisecond) }

// ErrStopped is returned by calls made after the loop was stopped.
var ErrStopped = errors.New("eventloop: stopped")

// Stop ends the loop with an exit code: JS running now is interrupted and
// Run returns as soon as control comes back to it. Safe from any goroutine.
func (l *Loop) Stop(code int) {
	l.mu.Lock()
	if l.stopped {
		l.mu.Unlock()
		return
	}
	l.stopped = true
	l.code = code
	l.mu.Unlock()
	l.vm.Interrupt(errExit)
	l.signal()
}

var errExit = errors.New("process exit")

// Stopped reports whether Stop was called, and the exit code it was given.
func (l *Loop) Stopped() (bool, int) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.stopped, l.code
}

func (l *Loop) isStopped() bool {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.stopped
}

func (l *Loop) signal() {
	select {
	case l.wake <- struct{}{}:
	default:
	}
}

// Post queues fn to run on the loop as a macrotask (in the poll phase).
// Post alone does not keep the loop alive: the caller holds a Handle ref or
// runs under Go while the work is outstanding. Safe from any goroutine.
func (l *Loop) Post(fn func()) { l.post(posted{fn: fn}) }

// posted is one completion queued for the poll phase.
type posted struct {
	fn func()
	// raw: fn enters JS itself (GoCall's Call), so poll does not run it
	// as a task.
	raw bool
}

func (l *Loop) post(p posted) {
	l.mu.Lock()
	l.posted = append(l.posted, p)
	l.mu.Unlock()
	l.signal()
}

// Ref counts a reference that keeps the loop alive; Unref drops one.
// Safe from any goroutine.
func (l *Loop) Ref() { l.refs.Add(1) }

// Unref drops a reference taken with Ref.
func (l *Loop) Unref() {
	l.refs.Add(-1)
	l.signal()
}

// Go runs work on the bounded worker pool and then done on the loop,
// exactly once, as a macrotask. The loop stays alive meanwhile. work must
// not touch JS values; done may. Call on the loop goroutine.
func (l *Loop) Go(work func(), done func()) {
	l.refs.Add(1)
	done = l.bind(done)
	go func() {
		l.pool <- struct{}{}
		work()
		<-l.pool
		l.Post(func() {
			l.refs.Add(-1)
			done()
		})
	}()
}

// GoCall is Go for work whose completion is a callback: work runs on the
// pool, then fn is called on the loop, as Call does, with the arguments
// that args returns there. args runs on the loop before any JS of the
// macrotask, outside JS (errors it makes carry no JS frames, as node's
// completion errors do); a Go done that called Call would enter JS twice
// per completion, the task and then the callback, and this enters once.
func (l *Loop) GoCall(work func(), fn goja.Value, args func() []goja.Value) {
	l.GoCallAs("", work, fn, args)
}

// GoCallAs is GoCall for a request that ActiveResources reports by kind
// until its callback runs (node's request type names: "FSReqCallback").
// Call it on the loop goroutine.
func (l *Loop) GoCallAs(kind string, work func(), fn goja.Value, args func() []goja.Value) {
	if kind != "" {
		if l.requests == nil {
			l.requests = map[string]int{}
		}
		l.requests[kind]++
		inner := args
		args = func() []goja.Value {
			l.requests[kind]--
			return inner()
		}
	}
	l.refs.Add(1)
	ctx, ctxOn := l.ctx, l.ctxOn
	go func() {
		l.pool <- struct{}{}
		work()
		<-l.pool
		l.post(posted{raw: true, fn: func() {
			l.refs.Add(-1)
			if ctxOn {
				prev := l.ctx
				l.ctx = ctx
				defer func() { l.ctx = prev }()
			}
			l.callWith(fn, args)
		}})
	}()
}

func (l *Loop) alive() bool {
	return l.refs.Load() > 0 || l.timerRefs > 0 || l.immRefs > 0 || len(l.closing) > 0
}

// Run drives the loop until no work is left (after 'beforeExit' scheduled
// none), Stop is called or ctx is cancelled. It returns ctx's error when
// cancelled, the error of the last failure otherwise.
func (l *Loop) Run(ctx context.Context) error {
	stopWatch := context.AfterFunc(ctx, func() {
		l.vm.Interrupt(ctx.Err())
		l.signal()
	})
	defer stopWatch()
	for {
		for l.alive() || l.hasPosted() {
			if l.isStopped() || ctx.Err() != nil {
				return ctx.Err()
			}
			l.iterate(ctx)
		}
		if l.isStopped() || ctx.Err() != nil {
			return ctx.Err()
		}
		if l.hooks.BeforeExit == nil {
			return nil
		}
		l.RunTask(l.hooks.BeforeExit)
		if !l.alive() && !l.hasPosted() {
			return ctx.Err()
		}
	}
}

func (l *Loop) hasPosted() bool {
	l.mu.Lock()
	defer l.mu.Unlock()
	return len(l.posted) > 0
}

// iterate runs one turn of the loop, as uv_run does in UV_RUN_DEFAULT.
func (l *Loop) iterate(ctx context.Context) {
	l.updateTime()
	l.runTimers()
	// pending callbacks and idle/prepare have no sources of their own here.
	l.poll(ctx)
	l.runImmediates()
	l.runClosing()
}

// poll waits for posted completions for as long as the loop may block,
// then runs what arrived.
func (l *Loop) poll(ctx context.Context) {
	if l.isStopped() {
		return
	}
	var wait time.Duration = -1
	// As uv_backend_timeout: never block once nothing holds the loop open
	// (an unref'd timer must not keep it waiting).
	switch {
	case !l.alive() || len(l.immediates) > 0 || len(l.closing) > 0 || l.hasPosted():
		wait = 0
	case l.timers.Len() > 0:
		due := l.start.Add(time.Duration(l.timers[0].when) * time.Millisecond)
		wait = time.Until(due)
		if wait < 0 {
			wait = 0
		}
	}
	if wait != 0 {
		var timeout <-chan time.Time
		if wait > 0 {
			t := time.NewTimer(wait)
			defer t.Stop()
			timeout = t.C
		}
		select {
		case <-l.wake:
		case <-timeout:
		case <-ctx.Done():
		}
	}
	l.updateTime()
	l.mu.Lock()
	batch := l.posted
	l.posted = l.spare[:0]
	l.spare = nil
	l.mu.Unlock()
	for i, p := range batch {
		if l.isStopped() {
			return // completions not run are dropped with the loop
		}
		batch[i] = posted{}
		if p.raw {
			p.fn()
		} else {
			l.RunTask(p.fn)
		}
	}
	l.spare = batch[:0]
}

// AddClose queues fn for the close-callbacks phase of this iteration.
func (l *Loop) AddClose(fn func()) {
	l.closing = append(l.closing, fn)
	l.signal()
}

func (l *Loop) runClosing() {
	// Callbacks queued while closing run in the next iteration, as in libuv.
	fns := l.closing
	l.closing = nil
	for _, fn := range fns {
		if l.isStopped() {
			return
		}
		l.RunTask(fn)
	}
}

// ActiveResources lists what keeps the loop busy as node's
// process.getActiveResourcesInfo names it: pending requests by kind (in
// kind order), then "Timeout" for each referenced timer and "Immediate"
// for each referenced immediate. Call it on the loop goroutine.
func (l *Loop) ActiveResources() []string {
	var out []string
	kinds := make([]string, 0, len(l.requests))
	for k, n := range l.requests {
		if n > 0 {
			kinds = append(kinds, k)
		}
	}
	sort.Strings(kinds)
	for _, k := range kinds {
		for i := 0; i < l.requests[k]; i++ {
			out = append(out, k)
		}
	}
	l.eachActiveHandle(func(kind string, _ *goja.Object) { out = append(out, kind) })
	timeouts := l.timerRefs
	if t := l.firing; t != nil && t.refed && t.index < 0 && !l.firingCleared {
		timeouts++
	}
	for i := 0; i < timeouts; i++ {
		out = append(out, "Timeout")
	}
	for i := 0; i < l.immRefs; i++ {
		out = append(out, "Immediate")
	}
	return out
}

// ActiveHandles lists the JS objects of the open, referenced handles that
// Describe named (process._getActiveHandles). Call it on the loop
// goroutine.
func (l *Loop) ActiveHandles() []goja.Value {
	var out []goja.Value
	l.eachActiveHandle(func(_ string, obj *goja.Object) {
		if owner, ok := obj.Get("owner").(*goja.Object); ok {
			out = append(out, owner)
			return
		}
		out = append(out, obj)
	})
	return out
}

// eachActiveHandle calls fn for each described handle that is open and
// referenced, forgetting the closed ones.
func (l *Loop) eachActiveHandle(fn func(kind string, obj *goja.Object)) {
	kept := l.described[:0]
	for _, h := range l.described {
		kind, obj, active, gone := h.reported()
		if gone {
			continue
		}
		kept = append(kept, h)
		if active {
			fn(kind, obj)
		}
	}
	clear(l.described[len(kept):])
	l.described = kept
}

// ActiveRequests is the number of pending requests GoCallAs named.
func (l *Loop) ActiveRequests() int {
	n := 0
	for _, c := range l.requests {
		n += c
	}
	return n
}
