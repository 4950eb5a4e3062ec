package util

import (
	"regexp"
	"strings"
	"testing"
)

// The module must load and inspect in a VM without `process` (tests,
// embedders), and only then touch it.
func TestLoadsWithoutProcess(t *testing.T) {
	t.Parallel()
	vm := newRuntime(t)
	if got := run(t, vm, `typeof process + ' ' + util.inspect({ a: [1] })`); got != "undefined { a: [ 1 ] }" {
		t.Fatalf("got %q", got)
	}
}

func TestPromisify(t *testing.T) {
	t.Parallel()
	tests := []struct{ name, src, want string }{
		{"resolves first value", `util.promisify((a, cb) => cb(null, a + 1, 'ignored'))(1)`, "ok 2"},
		{"rejects error", `util.promisify((cb) => cb(new Error('bad')))()`, "err bad"},
		{"rejects truthy non-error", `util.promisify((cb) => cb('reason'))()`, "err undefined reason"},
		{"keeps this", `(() => { const o = { v: 7, m: util.promisify(function (cb) { cb(null, this.v); }) }; return o.m(); })()`, "ok 7"},
		{"custom args object", `(() => { const f = (cb) => cb(null, 1, 2); f[Symbol.for('gorun.util.promisify.customArgs')] = ['a', 'b']; return util.promisify(f)().then((o) => JSON.stringify(o)); })()`, `ok {"a":1,"b":2}`},
		{"sync throw rejects", `util.promisify(() => { throw new Error('sync'); })()`, "err sync"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			vm := newRuntime(t)
			run(t, vm, `globalThis.out = ''; (`+tt.src+`).then((v) => { out = 'ok ' + v; }, (e) => { out = 'err ' + (e && e.message) + (typeof e === 'string' ? ' ' + e : ''); });`)
			if got := run(t, vm, "out"); got != tt.want {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
}

func TestCallbackify(t *testing.T) {
	t.Parallel()
	tests := []struct{ name, fn, want string }{
		{"resolve", `async (a) => a * 2`, "null 42"},
		{"reject", `async () => { throw new Error('nope'); }`, "nope undefined"},
		{"falsy rejection wrapped", `() => Promise.reject(null)`, "ERR_FALSY_VALUE_REJECTION:Promise was rejected with falsy value:null undefined"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			vm := newRuntime(t)
			run(t, vm, `globalThis.out = 'not called'; util.callbackify(`+tt.fn+`)(21, (err, v) => {
				out = (err ? (err.code ? err.code + ':' + err.message + ':' + err.reason : err.message) : String(err)) + ' ' + v;
			});`)
			if got := run(t, vm, "out"); got != tt.want {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
	// With a process, the callback goes through process.nextTick, as in Node.
	vm := newRuntime(t)
	run(t, vm, `globalThis.ticks = 0; globalThis.process = { nextTick(fn, ...args) { ticks++; fn(...args); } };
		util.callbackify(async () => 1)(() => {});`)
	if got := run(t, vm, "String(ticks)"); got != "1" {
		t.Errorf("nextTick used %s times, want 1", got)
	}
}

func TestDeprecate(t *testing.T) {
	t.Parallel()
	vm := newRuntime(t)
	// Without process a deprecated function still works.
	if got := run(t, vm, `util.deprecate((x) => x + 1, 'msg', 'DEP_X')(1)`); got != "2" {
		t.Fatalf("got %q", got)
	}
	run(t, vm, `globalThis.warnings = [];
		globalThis.process = { emitWarning(msg, type, code, fn) { warnings.push([msg, type, typeof code === 'function' ? 'fn' : code, typeof fn].join('|')); } };
		const a = util.deprecate(() => 1, 'a is old', 'DEP_A');
		const b = util.deprecate(() => 2, 'b is old', 'DEP_A');
		const c = util.deprecate(() => 3, 'c is old');
		a(); a(); b(); c(); c();`)
	want := "a is old|DeprecationWarning|DEP_A|function;c is old|DeprecationWarning|fn|undefined"
	if got := run(t, vm, "warnings.join(';')"); got != want {
		t.Errorf("warnings = %q, want %q", got, want)
	}
	run(t, vm, `warnings.length = 0; process.noDeprecation = true; util.deprecate(() => 1, 'quiet')();`)
	if got := run(t, vm, "String(warnings.length)"); got != "0" {
		t.Errorf("noDeprecation still warned %s times", got)
	}
}

func TestNotImplemented(t *testing.T) {
	t.Parallel()
	vm := newRuntime(t)
	for _, api := range []string{"parseEnv", "_errnoException"} {
		t.Run(api, func(t *testing.T) {
			got := run(t, vm, `(() => { try { util.`+api+`(1, 2); return 'returned'; } catch (e) { return e.code + ' ' + e.message; } })()`)
			if got != "ERR_NOT_IMPLEMENTED util."+api+" is not implemented in gorun" {
				t.Errorf("got %q", got)
			}
		})
	}
	// TextEncoder is the global one when the runtime has it.
	if got := run(t, vm, `globalThis.TextEncoder = function TextEncoder() {}; String(util.TextEncoder === TextEncoder)`); got != "true" {
		t.Errorf("util.TextEncoder is not the global: %s", got)
	}
}

// Errors made by goja itself carry goja's frame format; inspect prints
// them with V8's, like every other error.
func TestInspectEngineErrorStack(t *testing.T) {
	t.Parallel()
	vm := newRuntime(t)
	got := run(t, vm, `function thrower() { null.x; }
		let caught; try { thrower(); } catch (e) { caught = e; }
		util.inspect({ e: caught })`)
	want := regexp.MustCompile(`^\{\n  e: TypeError: Cannot read property 'x' of (null|undefined)\n      at thrower \(<eval>:1:\d+\)\n      at <eval>:2:\d+\n\}$`)
	if !want.MatchString(got) {
		t.Errorf("got %q", got)
	}
	if strings.Contains(got, "\t") {
		t.Errorf("goja frame format leaked: %q", got)
	}
}

// A stack that is not a string falls back to Error.prototype.toString.
func TestInspectStackFallback(t *testing.T) {
	t.Parallel()
	vm := newRuntime(t)
	got := run(t, vm, `const e = new TypeError('m'); Object.defineProperty(e, 'stack', { value: null }); util.inspect(e)`)
	if got != "[TypeError: m]" {
		t.Errorf("got %q", got)
	}
}

func TestDebuglog(t *testing.T) {
	t.Parallel()
	vm := newRuntime(t)
	run(t, vm, `globalThis.written = '';
		globalThis.process = { pid: 42, env: { NODE_DEBUG: 'foo,ba*' }, stderr: { isTTY: false, write(s) { written += s; } } };`)
	got := run(t, vm, `const d = util.debuglog('foo');
		const seen = [d.enabled, util.debuglog('qux').enabled];
		d('hello %s', 'world', { a: 1 });
		util.debuglog('bar')('x');
		util.debuglog('qux')('never');
		seen.join(' ') + '|' + written`)
	if want := "true false|FOO 42: hello world { a: 1 }\nBAR 42: x\n"; got != want {
		t.Errorf("got %q, want %q", got, want)
	}
	// The callback form hands over the logger once it is first used.
	got = run(t, vm, `let handed; const l = util.debuglog('foo', (fn) => { handed = typeof fn; }); l('y'); handed`)
	if got != "function" {
		t.Errorf("callback got %q", got)
	}
}

// Values that Go code hands to JS (other modules' bindings do) inspect
// like the plain objects and arrays they stand for.
func TestInspectGoValues(t *testing.T) {
	t.Parallel()
	vm := newRuntime(t)
	type point struct {
		X int
		Y string
	}
	tests := []struct {
		name string
		v    interface{}
		want string
	}{
		{"map", map[string]interface{}{"a": 1}, "{ a: 1 }"},
		{"slice", []interface{}{1, "two"}, "[ 1, 'two' ]"},
		{"struct", &point{X: 1, Y: "y"}, "{ X: 1, Y: 'y' }"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if err := vm.Set("goValue", tt.v); err != nil {
				t.Fatal(err)
			}
			if got := run(t, vm, "util.inspect(goValue)"); got != tt.want {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
}

// The ESM loader marks the namespace objects it builds; they then print
// as Node prints `import * as ns` (values, not [Getter], sorted keys as
// the loader defines them, TDZ bindings as <uninitialized>).
func TestModuleNamespace(t *testing.T) {
	t.Parallel()
	vm := newRuntime(t)
	got := run(t, vm, `const { markModuleNamespace } = require('internal/util/inspect');
		let late;
		const ns = Object.create(null, {
			a: { get: () => 1, enumerable: true },
			default: { get: () => function f() {}, enumerable: true },
			late: { get: () => { if (late === undefined) throw new ReferenceError('late is not defined'); return late; }, enumerable: true },
			[Symbol.toStringTag]: { value: 'Module' },
		});
		markModuleNamespace(ns);
		[util.inspect(ns), util.types.isModuleNamespaceObject(ns), util.types.isModuleNamespaceObject({}), util.inspect({ ns }, { depth: 0 })].join('|')`)
	// What node 20 prints for a real namespace in the same state.
	want := "[Module: null prototype] {\n  a: 1,\n  default: [Function: f],\n  late: <uninitialized>\n}|true|false|{ ns: [Object: null prototype] [Module] }"
	if got != want {
		t.Errorf("got  %q\nwant %q", got, want)
	}
}
