package stacktrace

import (
	"errors"
	"reflect"
	"strconv"
	"strings"
	"testing"

	"github.com/dop251/goja"
)

// env runs one module the way harness_test.go does, with options the test
// can change.
type env struct {
	vm   *goja.Runtime
	tr   *Tracer
	file string
	src  string
}

func newEnv(t *testing.T, name, src string, br *layout, change func(*Options)) *env {
	t.Helper()
	e := &env{vm: goja.New(), file: caseDir + name + ".js", src: src}
	opts := Options{
		Version: "v20.0.0",
		Source: func(f string) (string, bool) {
			return src, f == e.file
		},
		Position: func(f string, line, col int) (int, int) {
			if f == e.file && line == 1 {
				col -= len(moduleHeader)
			}
			return line, col
		},
	}
	if change != nil {
		change(&opts)
	}
	if opts.Inspect == nil { // as the runtime does
		inspect := utilInspect(t, e.vm)
		opts.Inspect = func(v goja.Value) string {
			return inspect(v, map[string]any{"customInspect": false, "depth": 5})
		}
	}
	tr, err := install(e.vm, opts, br)
	if err != nil {
		t.Fatal(err)
	}
	e.tr = tr
	return e
}

// run runs the module and returns its module.exports.
func (e *env) run(t *testing.T) (*goja.Object, error) {
	t.Helper()
	prg, err := goja.Compile(e.file, moduleHeader+e.src+"\n})", false)
	if err != nil {
		t.Fatal(err)
	}
	w, err := e.vm.RunProgram(prg)
	if err != nil {
		t.Fatal(err)
	}
	fn, _ := goja.AssertFunction(w)
	module, exports := e.vm.NewObject(), e.vm.NewObject()
	_ = module.Set("exports", exports)
	_, err = fn(exports, exports, goja.Undefined(), module, e.vm.ToValue(e.file), e.vm.ToValue("/abs"))
	return module.Get("exports").ToObject(e.vm), err
}

func mustRun(t *testing.T, e *env) *goja.Object {
	t.Helper()
	exports, err := e.run(t)
	if err != nil {
		t.Fatal(err)
	}
	return exports
}

func exception(t *testing.T, err error) *goja.Exception {
	t.Helper()
	exc, ok := err.(*goja.Exception)
	if !ok {
		t.Fatalf("want a JS exception, got %v", err)
	}
	return exc
}

// TestBridgeAvailable fails when goja's internals no longer match what
// bridge.go reads, which would silently cost receiver names, constructor
// detection, async frames, corrected columns and engine errors' stacks.
func TestBridgeAvailable(t *testing.T) {
	if bridge() == nil {
		t.Fatal("the goja bridge is unavailable: check bridge.go against the goja version in go.mod")
	}
}

func TestWithoutBridge(t *testing.T) {
	t.Parallel()
	e := newEnv(t, "nobridge", `function f() {
  return new Error('x');
}
exports.stack = f().stack;
exports.isError = f() instanceof Error;
function g() {
  null.x;
}
g();
`, nil, nil)
	exports, err := e.run(t)
	if got, want := exports.Get("stack").String(),
		"Error: x\n    at f (/abs/nobridge.js:2:10)\n    at /abs/nobridge.js:4:17"; got != want {
		t.Errorf("stack =\n%s\nwant\n%s", got, want)
	}
	if !exports.Get("isError").ToBoolean() {
		t.Error("instanceof Error is false")
	}
	got := e.tr.FormatUncaught(exception(t, err))
	for _, want := range []string{"/abs/nobridge.js:7\n  null.x;\n", "\n    at g (/abs/nobridge.js:7", "\n    at /abs/nobridge.js:9:1"} {
		if !strings.Contains(got, want) {
			t.Errorf("FormatUncaught without the bridge lacks %q:\n%s", want, got)
		}
	}
}

// goFail is a host function that throws the way goja converts Go errors:
// the error object is made by goja, not by the tracer.
func goFail(vm *goja.Runtime) func(goja.FunctionCall) goja.Value {
	return func(goja.FunctionCall) goja.Value {
		panic(vm.NewGoError(errors.New("boom")))
	}
}

func TestAdoptGojaMadeErrors(t *testing.T) {
	t.Parallel()
	src := `function g() {
  fail();
}
g();
`
	var asked []string
	for _, tc := range []struct {
		name   string
		change func(*Options)
		want   string
	}{
		{"default", nil, "GoError: boom\n    at g (/abs/adopt.js:2:3)\n    at Object.<anonymous> (/abs/adopt.js:4:1)"},
		{"IsModuleWrapper", func(o *Options) {
			o.IsModuleWrapper = func(name, file string, line, col int) bool {
				asked = append(asked, name+"@"+file+":"+strconv.Itoa(line)+":"+strconv.Itoa(col))
				return false
			}
		}, "GoError: boom\n    at g (/abs/adopt.js:2:3)\n    at /abs/adopt.js:4:1"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			e := newEnv(t, "adopt", src, bridge(), tc.change)
			_ = e.vm.Set("fail", goFail(e.vm))
			_, err := e.run(t)
			exc := exception(t, err)
			if got := e.tr.Stack(exc); got != tc.want {
				t.Errorf("Stack =\n%s\nwant\n%s", got, tc.want)
			}
			// Adopted: the error's own stack property now reads the same.
			if got := exc.Value().ToObject(e.vm).Get("stack").String(); got != tc.want {
				t.Errorf("stack property =\n%s\nwant\n%s", got, tc.want)
			}
		})
	}
	// Asked about the wrapper, which starts the compiled file.
	if want := []string{"@/abs/adopt.js:1:2"}; !reflect.DeepEqual(asked, want) {
		t.Errorf("IsModuleWrapper asked about %v, want %v", asked, want)
	}
}

func TestFormatRejectionAdoptsGojaText(t *testing.T) {
	t.Parallel()
	// Promise.any's AggregateError is made inside goja: its stack is goja's
	// text until the tracer adopts it.
	e := newEnv(t, "any", "exports.p = Promise.any([Promise.reject(1)]);\n", bridge(), nil)
	exports := mustRun(t, e)
	p, ok := exports.Get("p").Export().(*goja.Promise)
	if !ok || p.State() != goja.PromiseStateRejected {
		t.Fatalf("promise not rejected: %v", exports.Get("p"))
	}
	// goja gives it no message and, made in a promise job, no frames.
	want := "[AggregateError] { [errors]: [ 1 ] }\n\nNode.js v20.0.0\n"
	if got := e.tr.FormatRejection(p.Result()); got != want {
		t.Errorf("FormatRejection =\n%q\nwant\n%q", got, want)
	}
	if got := p.Result().ToObject(e.vm).Get("stack").String(); got != "AggregateError" {
		t.Errorf("stack = %q, want goja's text replaced", got)
	}
}

func TestFatalOptions(t *testing.T) {
	t.Parallel()
	src := "function f() {\n  throw {code: 1};\n}\nf();\n"
	for _, tc := range []struct {
		name   string
		src    string
		change func(*Options)
		want   string
	}{
		{"Inspect", src, func(o *Options) {
			o.Inspect = func(v goja.Value) string { return "<inspected " + v.ToObject(nil).ClassName() + ">" }
		}, "\n/abs/fatal.js:2\n  throw {code: 1};\n  ^\n<inspected Object>\n\nNode.js v20.0.0\n"},
		{"ProgramName", "throw 1;\n", func(o *Options) { o.ProgramName = "gorun"; o.Version = "v1.2.3" },
			"\n/abs/fatal.js:1\nthrow 1;\n^\n1\n(Use `gorun --trace-uncaught ...` to show where the exception was thrown)\n\nNode.js v1.2.3\n"},
		{"no Source", src, func(o *Options) { o.Source = nil },
			"{ code: 1 }\n\nNode.js v20.0.0\n"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			e := newEnv(t, "fatal", tc.src, bridge(), tc.change)
			_, err := e.run(t)
			if got := e.tr.FormatUncaught(exception(t, err)); got != tc.want {
				t.Errorf("FormatUncaught =\n%q\nwant\n%q", got, tc.want)
			}
		})
	}
}

func TestStackOfThrownPrimitive(t *testing.T) {
	t.Parallel()
	e := newEnv(t, "prim", "function f() {\n  throw 42;\n}\nf();\n", bridge(), nil)
	_, err := e.run(t)
	want := "42\n    at f (/abs/prim.js:2:3)\n    at Object.<anonymous> (/abs/prim.js:4:1)"
	if got := e.tr.Stack(exception(t, err)); got != want {
		t.Errorf("Stack =\n%s\nwant\n%s", got, want)
	}
}

func TestPendingStackIsInvisible(t *testing.T) {
	t.Parallel()
	e := newEnv(t, "invisible", `
const fresh = () => new Error('x');
let e = fresh();
exports.names = Object.getOwnPropertyNames(e).join();
exports.keys = Object.keys(e).length + ':' + JSON.stringify(e) + ':' + JSON.stringify(Object.assign({}, e));
exports.hidden = '\0stack' in e;
e = fresh();
exports.ownKeys = Reflect.ownKeys(e).join();
e = fresh();
exports.descriptors = Object.keys(Object.getOwnPropertyDescriptors(e).stack).join();
e = fresh();
exports.symbols = Object.getOwnPropertySymbols(e).length + ':' + ('\0stack' in e);
e = fresh();
Object.defineProperty(e, 'stack', { value: 'defined', configurable: true });
exports.redefined = Object.getOwnPropertyNames(e).join() + ':' + e.stack;
e = fresh();
delete e.stack;
exports.deleted = Object.getOwnPropertyNames(e).join() + ':' + e.stack;
e = fresh();
let forIn = 0;
for (const k in e) forIn++;
exports.forIn = forIn;
`, bridge(), nil)
	exports := mustRun(t, e)
	for key, want := range map[string]string{
		"names":       "stack,message",
		"keys":        "0:{}:{}",
		"hidden":      "false",
		"ownKeys":     "stack,message",
		"descriptors": "value,writable,enumerable,configurable",
		"symbols":     "0:false",
		"forIn":       "0",
		"redefined":   "stack,message:defined",
		"deleted":     "message:undefined",
	} {
		if got := exports.Get(key).String(); got != want {
			t.Errorf("%s = %q, want %q", key, got, want)
		}
	}
}

func TestIntrinsicsSurviveUserPatches(t *testing.T) {
	t.Parallel()
	e := newEnv(t, "patched", `
Object.getOwnPropertyDescriptor = () => { throw new Error('patched gOPD'); };
Object.getPrototypeOf = () => { throw new Error('patched gPO'); };
Object.keys = () => { throw new Error('patched keys'); };
Object = function () { throw new Error('patched Object'); };
exports.stack = ({ m() { return new Error('x').stack; } }).m();
`, bridge(), nil)
	exports := mustRun(t, e)
	if got, want := exports.Get("stack").String(), "Error: x\n    at Object.m (/abs/patched.js:6:33)\n    at Object.<anonymous> (/abs/patched.js:6:60)"; got != want {
		t.Errorf("stack =\n%s\nwant\n%s", got, want)
	}
}

func TestCallSiteMethodsCheckReceiver(t *testing.T) {
	t.Parallel()
	e := newEnv(t, "callsite", `
Error.prepareStackTrace = (e, cs) => cs[0];
const cs = new Error().stack;
Error.prepareStackTrace = undefined;
try { Object.getPrototypeOf(cs).getFileName.call({}); } catch (e) { exports.err = e.name + ': ' + e.message; }
try { new cs.constructor(); } catch (e) { exports.ctor = e.name; }
exports.file = cs.getFileName();
`, bridge(), nil)
	exports := mustRun(t, e)
	if got := exports.Get("err").String(); got != "TypeError: CallSite method getFileName expects CallSite as receiver" {
		t.Errorf("err = %q", got)
	}
	if got := exports.Get("ctor").String(); got != "TypeError" {
		t.Errorf("ctor = %q", got)
	}
	if got := exports.Get("file").String(); got != "/abs/callsite.js" {
		t.Errorf("file = %q", got)
	}
}

func TestErrorsMadeByGoCode(t *testing.T) {
	t.Parallel()
	e := newEnv(t, "gocode", "exports.f = function host() { return make(); };\n", bridge(), nil)
	_ = e.vm.Set("make", func(goja.FunctionCall) goja.Value { return e.vm.NewTypeError("from %s", "Go") })
	exports := mustRun(t, e)
	// Outside any JS: no frames at all.
	if got := e.vm.NewTypeError("idle").Get("stack").String(); got != "TypeError: idle" {
		t.Errorf("idle stack = %q", got)
	}
	// Inside a call: the JS frames, without the Go function's own.
	f, _ := goja.AssertFunction(exports.Get("f"))
	v, err := f(goja.Undefined())
	if err != nil {
		t.Fatal(err)
	}
	if got, want := v.ToObject(e.vm).Get("stack").String(), "TypeError: from Go\n    at host (/abs/gocode.js:1:38)"; got != want {
		t.Errorf("stack =\n%s\nwant\n%s", got, want)
	}
}

func TestInternalFramesKeepTheirNames(t *testing.T) {
	t.Parallel()
	// gorun's shims are compiled under node: names, like node's own JS.
	e := newEnv(t, "shim", "exports.stack = emitter.emit(() => new Error('in listener')).stack;\n", bridge(), nil)
	shim, err := e.vm.RunScript("node:events", "({ emit(listener) {\n  return listener();\n} })")
	if err != nil {
		t.Fatal(err)
	}
	_ = e.vm.Set("emitter", shim)
	want := "Error: in listener\n    at /abs/shim.js:1:36\n    at Object.emit (node:events:2:10)\n    at Object.<anonymous> (/abs/shim.js:1:25)"
	if got := mustRun(t, e).Get("stack").String(); got != want {
		t.Errorf("stack =\n%s\nwant\n%s", got, want)
	}
}

func TestParseSyntaxError(t *testing.T) {
	t.Parallel()
	e := newEnv(t, "syntax", "let x = 1;\nlet x = 2;\n", bridge(), nil)
	if _, ok := e.tr.ParseSyntaxError(errors.New("not a syntax error")); ok {
		t.Error("accepted an ordinary error")
	}
	_, err := goja.Compile(e.file, moduleHeader+e.src+"\n})", false)
	se, ok := e.tr.ParseSyntaxError(err)
	if !ok {
		t.Fatalf("not parsed: %v", err)
	}
	want := SyntaxError{File: e.file, Line: 2, Column: 5, Length: 1, Message: "Identifier 'x' has already been declared"}
	if *se != want {
		t.Errorf("ParseSyntaxError = %+v, want %+v", *se, want)
	}
	if got := e.tr.Arrow(se); got != "/abs/syntax.js:2\nlet x = 2;\n    ^\n" {
		t.Errorf("Arrow = %q", got)
	}
}

func TestPositionHookColumnsOnLineOne(t *testing.T) {
	t.Parallel()
	// Without the hook, line 1 carries the wrapper's width.
	for _, tc := range []struct {
		name   string
		change func(*Options)
		want   string
	}{
		{"hook", nil, "Error: one\n    at Object.<anonymous> (/abs/lineone.js:1:13)"},
		{"no hook", func(o *Options) { o.Position = nil },
			"Error: one\n    at Object.<anonymous> (/abs/lineone.js:1:" + strconv.Itoa(13+len(moduleHeader)) + ")"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			e := newEnv(t, "lineone", "exports.e = new Error('one');\n", bridge(), tc.change)
			if got := mustRun(t, e).Get("e").ToObject(e.vm).Get("stack").String(); got != tc.want {
				t.Errorf("stack =\n%s\nwant\n%s", got, tc.want)
			}
		})
	}
}

// A bound function leaves no frame, even renamed (node's console methods
// are bound and renamed, and console.trace must not show itself).
func TestRenamedBoundFunctionHasNoFrame(t *testing.T) {
	e := newEnv(t, "bound", `
function inner() { return new Error('x').stack; }
const bound = inner.bind(null);
Object.defineProperty(bound, 'name', { value: 'renamed' });
function outer() { return bound(); }
exports.stack = outer();
`, bridge(), nil)
	stack := mustRun(t, e).Get("stack").String()
	lines := strings.Split(stack, "\n")
	if len(lines) < 3 || !strings.HasPrefix(lines[1], "    at inner ") || !strings.HasPrefix(lines[2], "    at outer ") {
		t.Fatalf("stack:\n%s", stack)
	}
}

// A Go function registered with SetNativeFile shows that file, as node's
// JS frames for the code it replaces would.
func TestNativeFileLocatesGoFrames(t *testing.T) {
	e := newEnv(t, "native", `exports.stack = nat(() => new Error('x').stack);`, bridge(), nil)
	nat := e.vm.ToValue(func(call goja.FunctionCall) goja.Value {
		fn, _ := goja.AssertFunction(call.Argument(0))
		v, err := fn(goja.Undefined())
		if err != nil {
			panic(err)
		}
		return v
	}).(*goja.Object)
	if err := nat.DefineDataProperty("name", e.vm.ToValue("nat"), goja.FLAG_FALSE, goja.FLAG_FALSE, goja.FLAG_TRUE); err != nil {
		t.Fatal(err)
	}
	e.tr.SetNativeFile(nat, "node:test")
	if err := e.vm.Set("nat", nat); err != nil {
		t.Fatal(err)
	}
	stack := mustRun(t, e).Get("stack").String()
	if !strings.Contains(stack, "\n    at nat (node:test)\n") {
		t.Fatalf("stack:\n%s", stack)
	}
}
