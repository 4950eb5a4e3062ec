package eventloop

import (
	"context"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/dop251/goja"
)

// newTestLoop makes a loop on a bare VM whose JS can log(s) into a slice.
func newTestLoop(t *testing.T, opts Options) (*Loop, *[]string) {
	t.Helper()
	vm := goja.New()
	var logs []string
	_ = vm.Set("log", func(s string) { logs = append(logs, s) })
	l, err := New(vm, Hooks{}, opts)
	if err != nil {
		t.Fatal(err)
	}
	_ = vm.Set("nextTick", l.NextTick())
	return l, &logs
}

func fn(t *testing.T, vm *goja.Runtime, src string) goja.Value {
	t.Helper()
	v, err := vm.RunString(src)
	if err != nil {
		t.Fatal(err)
	}
	return v
}

func TestTimersFireInExpiryThenInsertionOrder(t *testing.T) {
	t.Parallel()
	l, logs := newTestLoop(t, Options{})
	add := func(name string, ms int64) {
		tm := l.NewTimer(func() { l.RunTask(func() { *logs = append(*logs, name) }) })
		l.Schedule(tm, ms)
	}
	add("c30", 30)
	add("a5", 5)
	add("b5", 5)
	add("d10", 10)
	cancelled := l.NewTimer(func() { *logs = append(*logs, "cancelled") })
	l.Schedule(cancelled, 1)
	l.Unschedule(cancelled)
	if err := l.Run(context.Background()); err != nil {
		t.Fatal(err)
	}
	if got := strings.Join(*logs, ","); got != "a5,b5,d10,c30" {
		t.Fatalf("order %s", got)
	}
}

func TestTicksRunBeforePromiseJobsAfterEachTask(t *testing.T) {
	t.Parallel()
	l, logs := newTestLoop(t, Options{})
	task := fn(t, l.VM(), `(function () {
		Promise.resolve().then(() => log('promise'));
		nextTick(() => { log('tick'); Promise.resolve().then(() => log('promise from tick')); }, undefined);
		log('task');
	})`)
	l.SetImmediate(func() { l.Call(task, goja.Undefined(), nil) })
	l.SetImmediate(func() { l.RunTask(func() { *logs = append(*logs, "second task") }) })
	if err := l.Run(context.Background()); err != nil {
		t.Fatal(err)
	}
	want := "task,tick,promise,promise from tick,second task"
	if got := strings.Join(*logs, ","); got != want {
		t.Fatalf("got %s\nwant %s", got, want)
	}
}

func TestUncaughtHookGetsExceptions(t *testing.T) {
	t.Parallel()
	vm := goja.New()
	var got []string
	l, err := New(vm, Hooks{Uncaught: func(v goja.Value, exc *goja.Exception) bool {
		got = append(got, v.String())
		return true // handled: the loop goes on
	}}, Options{})
	if err != nil {
		t.Fatal(err)
	}
	throw := fn(t, vm, `(function () { throw new Error('boom') })`)
	l.SetImmediate(func() { l.Call(throw, goja.Undefined(), nil) })
	l.SetImmediate(func() { l.RunTask(func() { got = append(got, "next") }) })
	if err := l.Run(context.Background()); err != nil {
		t.Fatal(err)
	}
	if strings.Join(got, "|") != "Error: boom|next" {
		t.Fatalf("got %q", got)
	}
}

func TestStopInterruptsAndEndsRun(t *testing.T) {
	t.Parallel()
	l, _ := newTestLoop(t, Options{})
	spin := fn(t, l.VM(), `(function () { for (;;) {} })`)
	l.SetImmediate(func() { l.Call(spin, goja.Undefined(), nil) })
	go func() {
		time.Sleep(20 * time.Millisecond)
		l.Stop(3)
	}()
	if err := l.Run(context.Background()); err != nil {
		t.Fatal(err)
	}
	if stopped, code := l.Stopped(); !stopped || code != 3 {
		t.Fatalf("stopped %v code %d", stopped, code)
	}
}

func TestCancelInterrupts(t *testing.T) {
	t.Parallel()
	l, _ := newTestLoop(t, Options{})
	spin := fn(t, l.VM(), `(function () { for (;;) {} })`)
	l.SetImmediate(func() { l.Call(spin, goja.Undefined(), nil) })
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Millisecond)
	defer cancel()
	if err := l.Run(ctx); err != context.DeadlineExceeded {
		t.Fatalf("err %v", err)
	}
}

func TestHandleKeepsLoopAliveUntilClosed(t *testing.T) {
	t.Parallel()
	l, logs := newTestLoop(t, Options{})
	h := l.NewHandle()
	go func() {
		for i := 0; i < 3; i++ {
			time.Sleep(5 * time.Millisecond)
			h.Post(func() { *logs = append(*logs, "event") })
		}
		h.Post(func() { h.Close() })
	}()
	if err := l.Run(context.Background()); err != nil {
		t.Fatal(err)
	}
	if len(*logs) != 3 {
		t.Fatalf("events %v", *logs)
	}
	if h.Post(func() {}) {
		t.Fatal("Post on a closed handle accepted")
	}
}

func TestUnrefHandleDoesNotHoldLoop(t *testing.T) {
	t.Parallel()
	l, _ := newTestLoop(t, Options{})
	h := l.NewHandle()
	h.Unref()
	done := make(chan error, 1)
	go func() { done <- l.Run(context.Background()) }()
	select {
	case err := <-done:
		if err != nil {
			t.Fatal(err)
		}
	case <-time.After(5 * time.Second):
		t.Fatal("unref'd handle kept the loop alive")
	}
	if h.HasRef() {
		t.Fatal("HasRef after Unref")
	}
}

func TestGoPoolIsBoundedAndCompletesOnLoop(t *testing.T) {
	t.Parallel()
	l, _ := newTestLoop(t, Options{PoolSize: 2})
	var running, peak atomic.Int32
	var mu sync.Mutex
	completed := 0
	for i := 0; i < 8; i++ {
		l.Go(func() {
			n := running.Add(1)
			for {
				p := peak.Load()
				if n <= p || peak.CompareAndSwap(p, n) {
					break
				}
			}
			time.Sleep(5 * time.Millisecond)
			running.Add(-1)
		}, func() {
			mu.Lock()
			completed++
			mu.Unlock()
		})
	}
	if err := l.Run(context.Background()); err != nil {
		t.Fatal(err)
	}
	if completed != 8 || peak.Load() > 2 {
		t.Fatalf("completed %d, peak concurrency %d", completed, peak.Load())
	}
}

func TestBeforeExitMaySchedule(t *testing.T) {
	t.Parallel()
	vm := goja.New()
	var l *Loop
	rounds := 0
	l, err := New(vm, Hooks{BeforeExit: func() {
		rounds++
		if rounds < 3 {
			l.SetImmediate(func() { l.RunTask(func() {}) })
		}
	}}, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if err := l.Run(context.Background()); err != nil {
		t.Fatal(err)
	}
	if rounds != 3 {
		t.Fatalf("beforeExit ran %d times", rounds)
	}
}

func TestGoPanicBecomesInternalError(t *testing.T) {
	t.Parallel()
	vm := goja.New()
	var reported *PanicError
	l, err := New(vm, Hooks{Internal: func(p *PanicError) { reported = p }}, Options{})
	if err != nil {
		t.Fatal(err)
	}
	_ = vm.Set("buggy", func() { var m map[string]int; m["x"]++ })
	call := fn(t, vm, `(function () { buggy() })`)
	l.SetImmediate(func() { l.Call(call, goja.Undefined(), nil) })
	l.SetImmediate(func() { t.Error("the loop went on after a panic") })
	if err := l.Run(context.Background()); err != nil {
		t.Fatal(err)
	}
	if reported == nil || !strings.Contains(reported.Error(), "nil map") {
		t.Fatalf("reported %v", reported)
	}
	if stopped, code := l.Stopped(); !stopped || code != 1 {
		t.Fatalf("stopped %v code %d", stopped, code)
	}
}

// The async context current when work is scheduled is current again when
// its completion runs: pool work, handle events, timers, immediates.
func TestAsyncContextFollowsScheduledWork(t *testing.T) {
	t.Parallel()
	l, _ := newTestLoop(t, Options{})
	l.EnableAsyncContext()
	vm := l.VM()
	var got []string
	seen := func(what string) func() {
		return func() { got = append(got, what+"="+l.AsyncContext().String()) }
	}
	l.SetAsyncContext(vm.ToValue("go"))
	l.Go(func() {}, seen("go"))
	l.SetAsyncContext(vm.ToValue("handle"))
	h := l.NewHandle()
	l.SetAsyncContext(vm.ToValue("timer"))
	tm := l.NewTimer(seen("timer"))
	l.Schedule(tm, 1)
	l.SetAsyncContext(vm.ToValue("immediate"))
	l.SetImmediate(seen("immediate"))
	l.SetAsyncContext(nil)
	go h.Post(func() { seen("handle")(); h.Close() })
	if err := l.Run(context.Background()); err != nil {
		t.Fatal(err)
	}
	want := map[string]bool{"go=go": true, "handle=handle": true, "timer=timer": true, "immediate=immediate": true}
	for _, g := range got {
		delete(want, g)
	}
	if len(want) != 0 || len(got) != 4 {
		t.Fatalf("contexts seen: %v", got)
	}
	if !goja.IsUndefined(l.AsyncContext()) {
		t.Fatalf("context leaked to top level: %v", l.AsyncContext())
	}
}
