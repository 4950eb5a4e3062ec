package console

import (
	"bytes"
	"regexp"
	"strings"
	"testing"

	"github.com/dop251/goja"

	"github.com/gorun-js/gorun/modules"
)

// run evaluates src on a fresh console runtime and returns its string
// result.
func run(t *testing.T, src string) string {
	t.Helper()
	vm, _ := newVM(t)
	v, err := vm.RunScript("user.js", src)
	if err != nil {
		t.Fatal(err)
	}
	return v.String()
}

// Behaviour Node cannot produce for comparison (it has its own streams and
// stacks), checked directly.
func TestStreams(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name, src, want string
	}{{
		// Node throws on a stream without EventEmitter methods; ours writes.
		name: "bare write object",
		src: `const got = [];
			const c = new (require('console').Console)({ write(s) { got.push(s); } });
			c.log('a'); c.error('b'); got.join('|')`,
		want: "a\n|b\n",
	}, {
		// A throwing write is swallowed and the temporary 'error' listener
		// is added before the write and removed after it.
		name: "error listener around write",
		src: `const calls = [];
			const s = {
				write(str, cb) { calls.push('write:' + typeof cb); throw new Error('EPIPE'); },
				listenerCount(ev) { calls.push('count:' + ev); return 0; },
				once(ev, fn) { calls.push('once:' + ev + ':' + fn.name); },
				removeListener(ev, fn) { calls.push('remove:' + ev + ':' + fn.name); },
			};
			new (require('console').Console)(s).log('x');
			calls.join(' ')`,
		want: "count:error once:error:noop write:function remove:error:noop",
	}, {
		// The write callback installs a one-shot 'error' guard only for a
		// real error, and only when nobody else listens.
		name: "write callback guards late errors",
		src: `const calls = [];
			let listeners = 0, cb;
			const s = {
				write(str, done) { cb = done; },
				listenerCount() { return listeners; },
				once(ev) { calls.push('once:' + ev); },
				removeListener() {},
			};
			new (require('console').Console)(s).log('x');
			calls.length = 0;
			cb(null); cb(undefined); calls.push('|');
			cb(new Error('late')); calls.push('|');
			listeners = 1; cb(new Error('late')); calls.push('|');
			listeners = 0; s._writableState = { errorEmitted: true }; cb(new Error('late'));
			calls.join(' ')`,
		want: "| once:error | |",
	}, {
		name: "ignoreErrors false returns the write result",
		src: `const s = { write() { return 'result'; } };
			const c = new (require('console').Console)({ stdout: s, ignoreErrors: false });
			String(c.log('x')) + ' ' + String(require('console').Console(s).log('y'))`,
		want: "undefined undefined",
	}, {
		// The global console reads process.stdout on first use and keeps
		// it; assigning _stdout replaces it.
		name: "global console binds stdout lazily",
		src: `const got = [];
			process.stdout = { write(s) { got.push('first:' + s); } };
			console.log('a');
			process.stdout = { write(s) { got.push('second:' + s); } };
			console.log('b');
			console._stdout = { write(s) { got.push('assigned:' + s); } };
			console.log('c');
			got.join('')`,
		want: "first:a\nfirst:b\nassigned:c\n",
	}, {
		name: "warnings without process.emitWarning",
		src: `const got = [];
			delete process.emitWarning;
			const c = new (require('console').Console)({ write(s) { got.push(s); } });
			c.timeEnd('nope'); c.countReset('x');
			got.join('')`,
		want: "Warning: No such label 'nope' for console.timeEnd()\nWarning: Count for 'x' does not exist\n",
	}}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			if got := run(t, tt.src); got != tt.want {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
}

// TestHostStreams: a runtime without a process object still gets output,
// on the host's writers.
func TestHostStreams(t *testing.T) {
	t.Parallel()
	var stdout, stderr bytes.Buffer
	vm := goja.New()
	reg := modules.NewRegistry(append(utilModules(), Module()), modules.Context{
		VM:   vm,
		Host: &modules.Host{Stdout: &stdout, Stderr: &stderr},
	})
	c, err := reg.Require("console")
	if err != nil {
		t.Fatal(err)
	}
	_ = vm.Set("console", c)
	if _, err := vm.RunString(`console.log('out %d', 1); console.error('err'); console.group(); console.warn('a\nb')`); err != nil {
		t.Fatal(err)
	}
	if got, want := stdout.String(), "out 1\n"; got != want {
		t.Errorf("stdout = %q, want %q", got, want)
	}
	if got, want := stderr.String(), "err\n  a\n  b\n"; got != want {
		t.Errorf("stderr = %q, want %q", got, want)
	}
}

// TestTraceFrames checks the frames console.trace prints when the runtime
// has no Error.captureStackTrace: V8's "    at" form, starting at the
// caller, with no frame of the console itself.
func TestTraceFrames(t *testing.T) {
	t.Parallel()
	got := run(t, `const lines = [];
		process.stderr.write = (s) => { lines.push(s); return true; };
		function outer() { inner(); }
		function inner() { console.trace('x %d', 1); }
		outer();
		const { trace } = console;
		trace();
		lines.join('')`)
	want := regexp.MustCompile(`^Trace: x 1
    at inner \(user\.js:4:\d+\)
    at outer \(user\.js:3:\d+\)
    at user\.js:5:\d+
Trace
    at user\.js:7:\d+
$`)
	if !want.MatchString(got) {
		t.Errorf("trace output:\n%s", got)
	}
	if strings.Contains(got, "node:console") {
		t.Errorf("console frames leaked:\n%s", got)
	}
}

// TestTraceCaptureStackTrace: with V8's Error.captureStackTrace (which the
// runtime installs), the console defers to it, passing its trace method as
// the frame to hide.
func TestTraceCaptureStackTrace(t *testing.T) {
	t.Parallel()
	got := run(t, `const lines = [];
		process.stderr.write = (s) => { lines.push(s); return true; };
		Error.captureStackTrace = (obj, fn) => {
			obj.stack = obj.name + ': ' + obj.message + '\n    at hidden-above-' + fn.name;
		};
		console.trace('m');
		lines.join('')`)
	if want := "Trace: m\n    at hidden-above-trace\n"; got != want {
		t.Errorf("got %q, want %q", got, want)
	}
}
