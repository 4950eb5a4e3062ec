package events_test

import (
	"strings"
	"testing"

	"github.com/dop251/goja"

	"github.com/gorun-js/gorun/internal/nodeerr/errorsmodule"
	"github.com/gorun-js/gorun/modules"
	"github.com/gorun-js/gorun/modules/events"
)

// run evaluates src with the events modules (plus extra) registered and
// `EventEmitter` bound to require('events').
func run(t *testing.T, src string, extra ...modules.Module) string {
	t.Helper()
	vm := goja.New()
	mods := append(append(events.Modules(), errorsmodule.Modules()...), extra...)
	reg := modules.NewRegistry(mods, modules.Context{VM: vm})
	ee, err := reg.Require("node:events")
	if err != nil {
		t.Fatal(err)
	}
	_ = vm.Set("EventEmitter", ee)
	v, err := vm.RunString(src)
	if err != nil {
		t.Fatal(err)
	}
	return v.String()
}

func TestDeclarations(t *testing.T) {
	t.Parallel()
	if m := events.Module(); m.Name != "events" || m.Shim == nil || m.Binding == nil || m.Internal() {
		t.Errorf("Module() = %+v", m)
	}
	var names []string
	for _, m := range events.Modules() {
		names = append(names, m.Name)
	}
	if got := strings.Join(names, ","); got != "events,internal/events/async,internal/event_target,internal/abort_controller" {
		t.Errorf("Modules() = %s", got)
	}
	for mod := range events.Globals {
		found := false
		for _, n := range names {
			found = found || n == mod
		}
		if !found {
			t.Errorf("Globals names %s, which Modules() lacks", mod)
		}
	}
}

// TestAsyncResourceWithoutAsyncHooks: the class needs async_hooks, which
// gorun does not have yet, so touching it says so.
func TestAsyncResourceWithoutAsyncHooks(t *testing.T) {
	t.Parallel()
	got := run(t, `try { EventEmitter.EventEmitterAsyncResource; 'no throw' } catch (e) { e.code + ': ' + e.message }`)
	if want := "ERR_NOT_IMPLEMENTED: events.EventEmitterAsyncResource is not implemented in gorun"; got != want {
		t.Errorf("got %q want %q", got, want)
	}
}

func TestAsyncResourceWithAsyncHooks(t *testing.T) {
	t.Parallel()
	asyncHooks := modules.Module{Name: "async_hooks", Shim: modules.NewShim("node:async_hooks", `
		class AsyncResource {
			constructor(type) { this.type = type; }
			runInAsyncScope(fn, thisArg, ...args) { return fn.apply(thisArg, args); }
			asyncId() { return 7; }
			triggerAsyncId() { return 1; }
			emitDestroy() {}
		}
		module.exports = { AsyncResource };`)}
	got := run(t, `
		const R = EventEmitter.EventEmitterAsyncResource;
		const r = new R({ name: 'thing' });
		let seen;
		r.on('x', function (a, b) { seen = [a, b, this === r] });
		const out = [R === EventEmitter.EventEmitterAsyncResource, r.emit('x', 1, 2), seen.join(),
			r.asyncId, r.triggerAsyncId, r.asyncResource.type, r.asyncResource.eventEmitter === r, r instanceof EventEmitter];
		try { new R({}) } catch (e) { out.push(e.code) }
		out.join('|')`, asyncHooks)
	if want := "true|true|1,2,true|7|1|thing|true|true|ERR_INVALID_ARG_TYPE"; got != want {
		t.Errorf("got %q want %q", got, want)
	}
}

// TestEmitFallbacks drives the cases the Go fast path hands to the JS
// emit, and checks they behave as Node's emit does.
func TestEmitFallbacks(t *testing.T) {
	t.Parallel()
	got := run(t, `
		const out = [];
		const e = new EventEmitter();
		e.on(1, (v) => out.push('number ' + v));
		out.push(e.emit(1, 'a'), e.emit('1', 'b'));
		e._events.bad = [() => out.push('first'), 5];
		try { e.emit('bad') } catch (err) { out.push(err instanceof TypeError) }
		e._events.weird = 5;
		out.push(e.emit('weird'));
		try { EventEmitter.prototype.emit.call(undefined, 'x') } catch (err) { out.push(err instanceof TypeError) }
		out.push(EventEmitter.prototype.emit.call({ _events: 'str' }, 'x'));
		out.push(EventEmitter.prototype.emit.call({}, 'x'));
		const s = Symbol('s');
		e.on(s, function () { out.push('symbol ' + arguments.length) });
		out.push(e.emit(s, 1, 2));
		const thrown = {};
		e.on('throws', () => { throw thrown });
		try { e.emit('throws') } catch (err) { out.push(err === thrown) }
		out.join('|')`)
	// want is node 20's output for the same script.
	if want := "number a|number b|true|true|first|true|true|true|false|false|symbol 2|true|true"; got != want {
		t.Errorf("got  %q\nwant %q", got, want)
	}
}
