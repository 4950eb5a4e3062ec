package nodeerr_test

import (
	"encoding/json"
	"os"
	"reflect"
	"sort"
	"strconv"
	"strings"
	"testing"

	"github.com/dop251/goja"

	"github.com/gorun-js/gorun/internal/nodeerr"
)

// The expectations in testdata/*.expected.json come from node itself:
// node --expose-internals internal/nodeerr/testdata/gen.js

func readJSON(t *testing.T, file string, v any) {
	t.Helper()
	b, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	if err := json.Unmarshal(b, v); err != nil {
		t.Fatal(err)
	}
}

// loadCases evaluates testdata/messages.js on vm: [code, args] pairs.
func loadCases(t *testing.T, vm *goja.Runtime) []goja.Value {
	t.Helper()
	src, err := os.ReadFile("testdata/messages.js")
	if err != nil {
		t.Fatal(err)
	}
	v, err := vm.RunScript("messages.js", "(function (module) {"+string(src)+"\nreturn module.exports;})({})")
	if err != nil {
		t.Fatal(err)
	}
	var out []goja.Value
	arr := v.(*goja.Object)
	for i := 0; i < int(arr.Get("length").ToInteger()); i++ {
		out = append(out, arr.Get(itoa(i)))
	}
	return out
}

func itoa(i int) string { return strconv.Itoa(i) }

type messageCase struct {
	Code    string            `json:"code"`
	Name    string            `json:"name"`
	Message string            `json:"message"`
	String  string            `json:"string"`
	Stack   string            `json:"stack"`
	Keys    []string          `json:"keys"`
	Extra   map[string]string `json:"extra"`
}

// TestMessages builds every case of messages.js with the Go API and
// compares name, message, toString(), the stack header and the
// enumerable keys with what node produced for the same arguments.
func TestMessages(t *testing.T) {
	var want []messageCase
	readJSON(t, "testdata/messages.expected.json", &want)
	vm := goja.New()
	cases := loadCases(t, vm)
	if len(cases) != len(want) {
		t.Fatalf("%d cases, %d expectations: rerun gen.js", len(cases), len(want))
	}
	for i, c := range cases {
		w := want[i]
		pair := c.(*goja.Object)
		code := pair.Get("0").String()
		argsObj := pair.Get("1").(*goja.Object)
		var args []any
		for j := 0; j < int(argsObj.Get("length").ToInteger()); j++ {
			args = append(args, argsObj.Get(itoa(j)))
		}
		t.Run(itoa(i)+"_"+code, func(t *testing.T) {
			err := nodeerr.New(vm, code, args...)
			check := func(what, got, want string) {
				t.Helper()
				if got != want {
					t.Errorf("%s:\n got  %q\n want %q", what, got, want)
				}
			}
			check("name", err.Get("name").String(), w.Name)
			check("message", err.Get("message").String(), w.Message)
			check("toString", err.String(), w.String)
			check("stack header", strings.SplitN(err.Get("stack").String(), "\n", 2)[0], w.Stack)
			if got := err.Keys(); !reflect.DeepEqual(got, w.Keys) {
				t.Errorf("keys: got %v want %v", got, w.Keys)
			}
			for k, v := range w.Extra {
				if strings.HasPrefix(v, "[") || strings.HasPrefix(v, "{") || strings.HasPrefix(v, "Error") {
					continue // objects: presence is what matters
				}
				if got := err.Get(k); got == nil || got.String() != v {
					t.Errorf("property %s: got %v want %q", k, got, v)
				}
			}
		})
	}
}

// TestTableMatchesNode checks that every Node code is in the table with
// the same class and alternates.
func TestTableMatchesNode(t *testing.T) {
	var want map[string][2]json.RawMessage
	readJSON(t, "testdata/codes.expected.json", &want)
	names := map[nodeerr.Class]string{nodeerr.SystemError: "SystemError"}
	for code, pair := range want {
		var base string
		var alts []string
		_ = json.Unmarshal(pair[0], &base)
		_ = json.Unmarshal(pair[1], &alts)
		class, ok := nodeerr.ClassOf(code)
		if !ok {
			t.Errorf("%s missing from the table", code)
			continue
		}
		got := class.String()
		if n, ok := names[class]; ok {
			got = n
		}
		if got != base {
			t.Errorf("%s: class %s, node has %s", code, got, base)
		}
		var gotAlts []string
		for _, a := range nodeerr.Alternates(code) {
			gotAlts = append(gotAlts, a.String())
		}
		sort.Strings(gotAlts)
		sort.Strings(alts)
		if strings.Join(gotAlts, ",") != strings.Join(alts, ",") {
			t.Errorf("%s: alternates %v, node has %v", code, gotAlts, alts)
		}
	}
	if len(nodeerr.Codes()) < len(want) {
		t.Errorf("table has %d codes, node %d", len(nodeerr.Codes()), len(want))
	}
}

// TestErrorShape pins the properties Node's errors have beyond their text.
func TestErrorShape(t *testing.T) {
	t.Parallel()
	vm := goja.New()
	err := nodeerr.InvalidArgType(vm, "cb", "Function", vm.ToValue(5))
	_ = vm.Set("err", err)
	v, e := vm.RunString(`[
		err instanceof TypeError, err.constructor === TypeError, err.name,
		Object.keys(err).join(), Object.getOwnPropertyNames(err).sort().join(),
		Object.prototype.propertyIsEnumerable.call(err, 'message'),
		String(err), err.stack.split('\n')[0],
	].join('|')`)
	if e != nil {
		t.Fatal(e)
	}
	const want = `true|true|TypeError|code|code,message,stack|false|` +
		`TypeError [ERR_INVALID_ARG_TYPE]: The "cb" argument must be of type function. Received type number (5)|` +
		`TypeError [ERR_INVALID_ARG_TYPE]: The "cb" argument must be of type function. Received type number (5)`
	if v.String() != want {
		t.Errorf("got  %s\nwant %s", v, want)
	}
}

func TestHelpers(t *testing.T) {
	t.Parallel()
	vm := goja.New()
	tests := []struct {
		name string
		err  *goja.Object
		want string
	}{
		{"InvalidArgType list", nodeerr.InvalidArgType(vm, "data", []string{"string", "Buffer"}, nil),
			`TypeError [ERR_INVALID_ARG_TYPE]: The "data" argument must be of type string or an instance of Buffer. Received undefined`},
		{"InvalidArgValue", nodeerr.InvalidArgValue(vm, "encoding", vm.ToValue("utf9"), ""),
			`TypeError [ERR_INVALID_ARG_VALUE]: The argument 'encoding' is invalid. Received 'utf9'`},
		{"InvalidArgValue reason", nodeerr.InvalidArgValue(vm, "flags", vm.ToValue("q"), "must be one of 'r', 'w'"),
			`TypeError [ERR_INVALID_ARG_VALUE]: The argument 'flags' must be one of 'r', 'w'. Received 'q'`},
		{"OutOfRange", nodeerr.OutOfRange(vm, "offset", ">= 0 && <= 10", vm.ToValue(11)),
			`RangeError [ERR_OUT_OF_RANGE]: The value of "offset" is out of range. It must be >= 0 && <= 10. Received 11`},
		{"MissingArgs", nodeerr.MissingArgs(vm, "path", "mode"),
			`TypeError [ERR_MISSING_ARGS]: The "path" and "mode" arguments must be specified`},
		{"InvalidThis", nodeerr.InvalidThis(vm, "Hash"),
			`TypeError [ERR_INVALID_THIS]: Value of "this" must be of type Hash`},
		{"NotImplemented", nodeerr.NotImplemented(vm, "fs.watch"),
			`Error [ERR_NOT_IMPLEMENTED]: fs.watch is not implemented in gorun`},
		{"unknown code", nodeerr.New(vm, "ERR_NO_SUCH_CODE"),
			"Error [ERR_INTERNAL_ASSERTION]: Unknown Node.js error code: ERR_NO_SUCH_CODE\n" +
				"This is caused by either a bug in Node.js or incorrect usage of Node.js internals.\n" +
				"Please open an issue with this stack trace at https://github.com/nodejs/node/issues\n"},
		{"NewAs alternate", nodeerr.Builder{VM: vm}.NewAs(nodeerr.RangeError, "ERR_INVALID_ARG_VALUE", "x", 1),
			`RangeError [ERR_INVALID_ARG_VALUE]: The argument 'x' is invalid. Received 1`},
	}
	for _, tt := range tests {
		if got := tt.err.String(); got != tt.want {
			t.Errorf("%s:\n got  %q\n want %q", tt.name, got, tt.want)
		}
		if code := tt.err.Get("code"); code == nil || !strings.HasPrefix(code.String(), "ERR_") {
			t.Errorf("%s: no code", tt.name)
		}
	}
}

// TestThrowFromGo shows the intended use in a binding: the panic becomes
// a catchable JS exception carrying the code.
func TestThrowFromGo(t *testing.T) {
	t.Parallel()
	vm := goja.New()
	_ = vm.Set("openThing", func(call goja.FunctionCall) goja.Value {
		if !goja.IsString(call.Argument(0)) {
			panic(nodeerr.InvalidArgType(vm, "path", "string", call.Argument(0)))
		}
		nodeerr.Throw(vm, "ERR_NOT_IMPLEMENTED", "openThing")
		return nil
	})
	v, err := vm.RunString(`
		const out = [];
		for (const arg of [1, 'x']) {
			try { openThing(arg) } catch (e) { out.push(e.code + ':' + (e instanceof Error)) }
		}
		out.join(' ')`)
	if err != nil {
		t.Fatal(err)
	}
	if got, want := v.String(), "ERR_INVALID_ARG_TYPE:true ERR_NOT_IMPLEMENTED:true"; got != want {
		t.Errorf("got %q want %q", got, want)
	}
}

// TestUtilInspect checks that a runtime's util.inspect, once loadable,
// replaces the built-in approximation.
func TestUtilInspect(t *testing.T) {
	t.Parallel()
	vm := goja.New()
	util, _ := vm.RunString(`({ inspect: (v, o) => 'INSPECTED' + (o && o.depth !== undefined ? o.depth : '') })`)
	loaded := false
	require := func(name string) (goja.Value, error) {
		if name != "util" || !loaded {
			return nil, os.ErrNotExist
		}
		return util, nil
	}
	b := nodeerr.Builder{VM: vm, Inspect: nodeerr.UtilInspect(vm, require)}
	before := b.New("ERR_INVALID_ARG_VALUE", "x", vm.NewObject()).Get("message").String()
	loaded = true
	after := b.New("ERR_INVALID_ARG_VALUE", "x", vm.NewObject()).Get("message").String()
	nullProto, _ := vm.RunString(`Object.create(null)`)
	typed := b.New("ERR_INVALID_ARG_TYPE", "x", "string", nullProto).Get("message").String()
	if before != "The argument 'x' is invalid. Received {}" || after != "The argument 'x' is invalid. Received INSPECTED" ||
		typed != `The "x" argument must be of type string. Received INSPECTED-1` {
		t.Errorf("before %q, after %q, typed %q", before, after, typed)
	}
}

// TestInspect compares the built-in inspect with util.inspect for the
// values of testdata/inspect.js, at default depth and at depth -1.
func TestInspect(t *testing.T) {
	t.Parallel()
	var want [][2]string
	readJSON(t, "testdata/inspect.expected.json", &want)
	vm := goja.New()
	src, err := os.ReadFile("testdata/inspect.js")
	if err != nil {
		t.Fatal(err)
	}
	v, err := vm.RunScript("inspect.js", "(function (module) {"+string(src)+"\nreturn module.exports;})({})")
	if err != nil {
		t.Fatal(err)
	}
	arr := v.(*goja.Object)
	if n := int(arr.Get("length").ToInteger()); n != len(want) {
		t.Fatalf("%d values, %d expectations: rerun gen.js", n, len(want))
	}
	for i := range want {
		val := arr.Get(itoa(i))
		if got := nodeerr.Inspect(vm, val, nil); got != want[i][0] {
			t.Errorf("value %d: got %q, util.inspect %q", i, got, want[i][0])
		}
		if got := nodeerr.Inspect(vm, val, map[string]any{"depth": -1}); got != want[i][1] {
			t.Errorf("value %d depth -1: got %q, util.inspect %q", i, got, want[i][1])
		}
	}
}

func TestFixStackHeader(t *testing.T) {
	t.Parallel()
	tests := []struct{ name, message, stack, want string }{
		{"TypeError", "bad", "TypeError: bad\n    at f (x.js:1:1)", "TypeError [ERR_X]: bad\n    at f (x.js:1:1)"},
		{"TypeError", "two\nlines", "TypeError: two\nlines\n    at f", "TypeError [ERR_X]: two\nlines\n    at f"},
		{"TypeError", "bad", "TypeError\n    at f", "TypeError [ERR_X]: bad\n    at f"},
		{"TypeError", "", "TypeError\n    at f", "TypeError [ERR_X]\n    at f"},
		{"TypeError", "bad", "custom stack", "custom stack"},
		{"TypeError", "bad", "TypeErrorX: bad", "TypeErrorX: bad"},
	}
	vm := goja.New()
	for _, tt := range tests {
		o := vm.NewObject()
		_ = o.Set("name", tt.name)
		_ = o.Set("message", tt.message)
		_ = o.Set("stack", tt.stack)
		nodeerr.FixStackHeader(o, "ERR_X")
		if got := o.Get("stack").String(); got != tt.want {
			t.Errorf("%q: got %q want %q", tt.stack, got, tt.want)
		}
	}
}
