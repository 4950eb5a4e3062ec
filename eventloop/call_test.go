package eventloop

import (
	"context"
	"strings"
	"testing"

	"github.com/dop251/goja"
)

func runLoop(t *testing.T, l *Loop) {
	t.Helper()
	if err := l.Run(context.Background()); err != nil {
		t.Fatal(err)
	}
}

// GoCall calls its callback once, on the loop, with the arguments built
// there after the work ran, then the ticks it queued, then its promise
// jobs; args may make objects with JS.
func TestGoCallCallsBackWithArgsBuiltOnLoop(t *testing.T) {
	t.Parallel()
	l, logs := newTestLoop(t, Options{})
	vm := l.VM()
	cb := fn(t, vm, `(function (err, v) {
		'use strict';
		log('cb ' + arguments.length + ' ' + err + ' ' + v + ' this=' + this);
		nextTick(() => log('tick'), undefined);
		Promise.resolve().then(() => log('promise'));
	})`)
	var worked int
	l.GoCall(func() { worked = 42 }, cb, func() []goja.Value {
		return []goja.Value{goja.Null(), vm.ToValue(worked)}
	})
	runLoop(t, l)
	// Then a completion whose args make an error object with JS.
	errCb := fn(t, vm, `(function (err) { log('err ' + arguments.length + ' ' + err.message); })`)
	l.GoCall(func() {}, errCb, func() []goja.Value {
		e, _ := vm.New(vm.Get("Error"), vm.ToValue("boom"))
		return []goja.Value{e}
	})
	runLoop(t, l)
	want := "cb 2 null 42 this=undefined,tick,promise,err 1 boom"
	if got := strings.Join(*logs, ","); got != want {
		t.Fatalf("got  %s\nwant %s", got, want)
	}
}

// A panic while building the arguments is reported like one in a task: a
// JS exception as uncaught, and the callback is not called.
func TestGoCallArgsPanicIsReported(t *testing.T) {
	t.Parallel()
	vm := goja.New()
	var reported []string
	l, err := New(vm, Hooks{Uncaught: func(v goja.Value, _ *goja.Exception) bool {
		reported = append(reported, v.String())
		return true
	}}, Options{})
	if err != nil {
		t.Fatal(err)
	}
	called := false
	_ = vm.Set("called", func() { called = true })
	cb := fn(t, vm, `(function () { called(); })`)
	l.GoCall(func() {}, cb, func() []goja.Value {
		panic(vm.NewTypeError("bad result"))
	})
	runLoop(t, l)
	if called || len(reported) != 1 || !strings.Contains(reported[0], "bad result") {
		t.Fatalf("called %v, reported %v", called, reported)
	}
}

// Call passes one or two arguments without an array, keeping the
// receiver and the argument count the callback sees.
func TestCallKeepsReceiverAndArity(t *testing.T) {
	t.Parallel()
	l, logs := newTestLoop(t, Options{})
	vm := l.VM()
	strict := fn(t, vm, `(function () { 'use strict'; log(arguments.length + ':' + [...arguments].join('|') + ':' + (this === undefined ? 'undef' : this.name)); })`)
	sloppy := fn(t, vm, `(function () { log('sloppy global=' + (this === globalThis)); })`)
	recv := vm.NewObject()
	_ = recv.Set("name", "recv")
	l.SetImmediate(func() {
		l.Call(strict, goja.Undefined(), nil)
		l.Call(strict, goja.Undefined(), []goja.Value{vm.ToValue("a")})
		l.Call(strict, recv, []goja.Value{vm.ToValue("a")})
		l.Call(strict, goja.Undefined(), []goja.Value{vm.ToValue("a"), vm.ToValue("b")})
		l.Call(strict, recv, []goja.Value{vm.ToValue("a"), vm.ToValue("b")})
		l.Call(strict, recv, []goja.Value{vm.ToValue("a"), vm.ToValue("b"), vm.ToValue("c")})
		l.Call(sloppy, goja.Undefined(), []goja.Value{vm.ToValue(1)})
	})
	runLoop(t, l)
	want := "0::undef,1:a:undef,1:a:recv,2:a|b:undef,2:a|b:recv,3:a|b|c:recv,sloppy global=true"
	if got := strings.Join(*logs, ","); got != want {
		t.Fatalf("got  %s\nwant %s", got, want)
	}
}

// Call from Go code running inside a task calls the callback directly;
// the ticks it queued still run before the Go code goes on, and an
// exception it throws is reported without ending the task.
func TestNestedCallRunsTicksBeforeReturning(t *testing.T) {
	t.Parallel()
	vm := goja.New()
	var logs []string
	_ = vm.Set("log", func(s string) { logs = append(logs, s) })
	l, err := New(vm, Hooks{Uncaught: func(v goja.Value, _ *goja.Exception) bool {
		logs = append(logs, "uncaught "+v.String())
		return true
	}}, Options{})
	if err != nil {
		t.Fatal(err)
	}
	_ = vm.Set("nextTick", l.NextTick())
	first := fn(t, vm, `(function (x) { log('first ' + x); nextTick(() => log('tick'), undefined); })`)
	throws := fn(t, vm, `(function () { throw new Error('thrown'); })`)
	sloppy := fn(t, vm, `(function () { log('sloppy global=' + (this === globalThis) + ' ' + arguments.length); })`)
	l.SetImmediate(func() {
		l.RunTask(func() {
			l.Call(first, goja.Undefined(), []goja.Value{vm.ToValue(1)})
			logs = append(logs, "after first")
			l.Call(sloppy, goja.Undefined(), []goja.Value{goja.Null(), goja.Null()})
			l.Call(throws, goja.Undefined(), nil)
			logs = append(logs, "after throw")
		})
	})
	runLoop(t, l)
	want := "first 1,tick,after first,sloppy global=true 2,uncaught Error: thrown,after throw"
	if got := strings.Join(logs, ","); got != want {
		t.Fatalf("got  %s\nwant %s", got, want)
	}
}

// nextTick1 queues in order with nextTick and passes its one argument as
// is, also once async context tracking is on (with the context of the
// point it was queued at).
func TestNextTick1(t *testing.T) {
	t.Parallel()
	l, logs := newTestLoop(t, Options{})
	vm := l.VM()
	_ = vm.Set("nextTick1", l.NextTick1())
	_ = vm.Set("ctx", func() goja.Value { return l.AsyncContext() })
	task := fn(t, vm, `(function () {
		const show = (x) => log('t ' + (Array.isArray(x) ? 'array' : x) + ' ctx=' + ctx());
		nextTick1(show, 'one');
		nextTick(show, ['two']);
		nextTick1(show, undefined);
		nextTick1(show, [3]);
	})`)
	l.SetImmediate(func() { l.Call(task, goja.Undefined(), nil) })
	l.SetImmediate(func() {
		l.EnableAsyncContext()
		l.SetAsyncContext(vm.ToValue("c1"))
		l.Call(task, goja.Undefined(), nil)
		l.SetAsyncContext(nil)
	})
	runLoop(t, l)
	want := "t one ctx=undefined,t two ctx=undefined,t undefined ctx=undefined,t array ctx=undefined," +
		"t one ctx=c1,t two ctx=c1,t undefined ctx=c1,t array ctx=c1"
	if got := strings.Join(*logs, ","); got != want {
		t.Fatalf("got  %s\nwant %s", got, want)
	}
}

// Completions posted while a batch runs land in the next batch, in order,
// with the batch array reused between polls.
func TestPostedOrderAcrossBatches(t *testing.T) {
	t.Parallel()
	l, logs := newTestLoop(t, Options{})
	h := l.NewHandle()
	for i := 0; i < 3; i++ {
		i := i
		h.Post(func() {
			*logs = append(*logs, string(rune('a'+i)))
			if i == 2 {
				h.Post(func() { *logs = append(*logs, "d"); h.Close() })
			}
		})
	}
	runLoop(t, l)
	if got := strings.Join(*logs, ""); got != "abcd" {
		t.Fatalf("order %q", got)
	}
}
