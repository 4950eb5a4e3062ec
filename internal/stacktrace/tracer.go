package stacktrace

import (
	"fmt"
	"math"
	"reflect"
	"regexp"
	"sync"

	"github.com/dop251/goja"

	"github.com/gorun-js/gorun/internal/nodeerr"
)

// errorNames are the constructors Install wraps, in creation order: Error
// first, since the others inherit from it.
var errorNames = []string{"Error", "TypeError", "RangeError", "SyntaxError", "ReferenceError",
	"EvalError", "URIError", "AggregateError"}

// Options configures Install. Every field is optional.
type Options struct {
	// Version is printed after "Node.js " on the last line of a fatal
	// exception report, e.g. "v20.11.1".
	Version string
	// ProgramName is the command named in node's hint for thrown primitives,
	// "(Use `node --trace-uncaught ...` ...)"; "node" when empty.
	ProgramName string
	// Source returns the text of the file a frame names, as the user wrote
	// it: the line under which a fatal report draws its caret comes from
	// here. Without it the compiled text is used, wrapper included.
	Source func(file string) (string, bool)
	// Position maps a 1-based line and column in compiled code to the file
	// the user wrote. The CommonJS loader wraps each file in a function
	// header on line 1; this hook takes the header's width back off.
	Position func(file string, line, col int) (int, int)
	// IsModuleWrapper reports whether a function is a module wrapper, which
	// V8 prints as `Object.<anonymous>`. It is consulted only for frames
	// whose receiver the tracer could not see (errors that reached it as
	// goja's own text). name is the function's name, file, line and col
	// where it starts in compiled code. Nil: an anonymous function at the
	// very start of a file whose text begins with node's wrapper,
	// "(function (exports, require, module, __filename, __dirname)".
	IsModuleWrapper func(name, file string, line, col int) bool
	// TraceUncaught prints where a thrown non-error value was thrown
	// ("Thrown at:" and its frames), as node's --trace-uncaught, instead of
	// the hint to use that flag.
	TraceUncaught bool
	// WrapperName is the name the CommonJS loader gives its module
	// wrapper function, if any: V8's wrapper is anonymous, so frames of a
	// function with this name are printed as anonymous.
	WrapperName string
	// Inspect formats a value the way node's fatal exception handler does,
	// util.inspect(v, {customInspect: false, depth: 5}). Nil: nodeerr's
	// small approximation of util.inspect, for runtimes without util.
	Inspect func(v goja.Value) string
}

// A Tracer gives one runtime V8's error stacks. It must be used only on the
// goroutine that runs the runtime's JS.
type Tracer struct {
	vm   *goja.Runtime
	opts Options
	br   *layout // nil when goja's internals could not be verified

	errorCtor *goja.Object // the Error constructor that replaced goja's
	kinds     []*kind
	captureFn *goja.Object
	own       map[*goja.Object]bool // functions of this package, never shown as frames
	// nativeFiles locates Go functions that stand in for node's own JS
	// (see SetNativeFile).
	nativeFiles map[*goja.Object]string
	getter      *goja.Object
	setter      *goja.Object

	inPrepare  bool // running Error.prepareStackTrace
	scratch    []frame
	helpers    *helpers
	intrinsics intrinsics
	sites      *callSites
	sources    map[string]*sourceText
}

// kind is one wrapped error constructor.
type kind struct {
	name      string
	wrapper   *goja.Object
	ctor      goja.Constructor
	proto     *goja.Object
	aggregate bool // AggregateError(errors, message, options)
}

// Install replaces the error constructors of vm with ones that record
// stacks the way V8 does and adds Error.captureStackTrace,
// Error.stackTraceLimit and Error.prepareStackTrace. Prototypes, instanceof,
// subclassing and the `cause` option keep working as before. Errors goja
// creates itself (a property read of null, an undeclared variable, a
// failing builtin) go through the new constructors too.
func Install(vm *goja.Runtime, opts Options) (*Tracer, error) {
	return install(vm, opts, bridge())
}

func install(vm *goja.Runtime, opts Options, br *layout) (*Tracer, error) {
	t := &Tracer{
		vm:      vm,
		opts:    opts,
		br:      br,
		own:     map[*goja.Object]bool{},
		sources: map[string]*sourceText{},
	}
	t.captureIntrinsics()
	global := vm.GlobalObject()
	for _, name := range errorNames {
		orig, ok := global.Get(name).(*goja.Object)
		if !ok {
			return nil, errNotConstructor(name)
		}
		ctor, ok := goja.AssertConstructor(orig)
		proto, _ := orig.Get("prototype").(*goja.Object)
		if !ok || proto == nil {
			return nil, errNotConstructor(name)
		}
		k := &kind{name: name, ctor: ctor, proto: proto, aggregate: name == "AggregateError"}
		k.wrapper = t.newWrapper(k, orig)
		t.kinds = append(t.kinds, k)
		if name == "Error" {
			t.errorCtor = k.wrapper
		} else if err := k.wrapper.SetPrototype(t.errorCtor); err != nil {
			return nil, err
		}
		if err := proto.DefineDataProperty("constructor", k.wrapper, goja.FLAG_TRUE, goja.FLAG_TRUE, goja.FLAG_FALSE); err != nil {
			return nil, err
		}
		if err := global.DefineDataProperty(name, k.wrapper, goja.FLAG_TRUE, goja.FLAG_TRUE, goja.FLAG_FALSE); err != nil {
			return nil, err
		}
		if t.br != nil && t.br.intrinsic(vm, name) == orig {
			t.br.setIntrinsic(vm, name, k.wrapper)
		}
	}
	t.captureFn = t.native("captureStackTrace", 2, t.captureStackTrace)
	e := t.errorCtor
	for _, err := range []error{
		e.DefineDataProperty("captureStackTrace", t.captureFn, goja.FLAG_TRUE, goja.FLAG_TRUE, goja.FLAG_FALSE),
		e.DefineDataProperty("stackTraceLimit", vm.ToValue(10), goja.FLAG_TRUE, goja.FLAG_TRUE, goja.FLAG_TRUE),
		e.DefineDataProperty("prepareStackTrace", goja.Undefined(), goja.FLAG_TRUE, goja.FLAG_TRUE, goja.FLAG_FALSE),
	} {
		if err != nil {
			return nil, err
		}
	}
	t.getter = t.native("stack", 0, t.getStack)
	t.setter = t.native("stack", 1, t.setStack)
	if err := t.patchIntrospection(); err != nil {
		return nil, err
	}
	return t, nil
}

// native creates a function of this package with a JS name.
func (t *Tracer) native(name string, length int, fn func(goja.FunctionCall) goja.Value) *goja.Object {
	f := t.vm.ToValue(fn).(*goja.Object)
	_ = f.DefineDataProperty("name", t.vm.ToValue(name), goja.FLAG_FALSE, goja.FLAG_TRUE, goja.FLAG_FALSE)
	_ = f.DefineDataProperty("length", t.vm.ToValue(length), goja.FLAG_FALSE, goja.FLAG_TRUE, goja.FLAG_FALSE)
	t.own[f] = true
	return f
}

func (t *Tracer) newWrapper(k *kind, orig *goja.Object) *goja.Object {
	w := t.vm.ToValue(func(call goja.ConstructorCall) *goja.Object { return t.construct(k, call) }).(*goja.Object)
	_ = w.DefineDataProperty("name", t.vm.ToValue(k.name), goja.FLAG_FALSE, goja.FLAG_TRUE, goja.FLAG_FALSE)
	_ = w.DefineDataProperty("length", orig.Get("length"), goja.FLAG_FALSE, goja.FLAG_TRUE, goja.FLAG_FALSE)
	_ = w.DefineDataProperty("prototype", k.proto, goja.FLAG_FALSE, goja.FLAG_FALSE, goja.FLAG_FALSE)
	t.own[w] = true
	return w
}

// construct runs for `new Error(...)`, `Error(...)`, `super(...)` in a
// subclass, and every error goja raises itself. It follows V8's
// ErrorUtils::Construct: prototype from new.target, message, cause, stack.
func (t *Tracer) construct(k *kind, call goja.ConstructorCall) *goja.Object {
	newTarget := call.NewTarget
	if newTarget == k.wrapper {
		newTarget = nil
	}
	proto := k.proto
	if newTarget != nil {
		if p, ok := newTarget.Get("prototype").(*goja.Object); ok {
			proto = p
		}
	}
	a := t.readArgs(k, call.Arguments)
	limit, capture := t.stackLimit()
	var frames []frame
	if capture {
		frames = t.capture(k.wrapper, newTarget, false, limit)
		if call.NewTarget == k.wrapper && len(frames) > 0 && !frames[0].native {
			// Made by the engine (or Go code): its message says what failed.
			if fault := faultOf(k.name, a.msg); fault != "" {
				frames[0].setText().fault = fault
			}
		}
	}
	if call.NewTarget == k.wrapper && a.msg != nil {
		// The engine's words where V8 has others for the same failure
		// (nodeerr.V8Message), among them messages in which goja prints
		// a Go value ("Could not convert &{Object 0x…} to primitive").
		if s, ok := a.msg.Export().(string); ok {
			if v8, ok := nodeerr.V8Message(s); ok {
				a.msg = t.vm.ToValue(v8)
			}
		}
	}

	// The original constructor makes the object (an Error by class, as
	// goja and Object.prototype.toString see it) with goja's own stack
	// capture hidden: it would be thrown away. Given no arguments, it
	// leaves the properties to be defined here, stack first, as in V8.
	bare := t.br != nil
	var obj *goja.Object
	if bare {
		var none []goja.Value
		if k.aggregate {
			none = []goja.Value{t.vm.NewArray()}
		}
		obj = t.create(k, none)
		if k.aggregate {
			_ = obj.Delete("errors") // defined last, below
		}
		bare = t.br.claimStack(obj)
	}
	if !bare {
		obj = t.create(k, a.orig(t))
	}
	if proto != k.proto {
		_ = obj.SetPrototype(proto)
	}
	if capture {
		t.setPending(obj, frames)
	} else {
		// V8 still installs the property when stackTraceLimit is not a
		// number; it is just undefined.
		t.defineStack(obj, goja.Undefined())
	}
	if bare {
		a.define(obj)
	}
	return obj
}

// errorArgs are a constructor's arguments, converted.
type errorArgs struct {
	msg      goja.Value // a string, or nil
	cause    goja.Value // nil when the options have no cause
	errors   goja.Value // AggregateError's, as a fresh array
	hasCause bool
}

// readArgs converts the arguments in the order the spec reads them
// (message, cause, then AggregateError's errors), running any user code
// they involve (toString, getters, iterators) before the object exists.
func (t *Tracer) readArgs(k *kind, args []goja.Value) errorArgs {
	arg := func(i int) goja.Value {
		if i < len(args) && args[i] != nil {
			return args[i]
		}
		return goja.Undefined()
	}
	var a errorArgs
	first := 0
	if k.aggregate {
		first = 1
	}
	m := arg(first)
	if _, ok := m.(*goja.Symbol); ok {
		panic(t.vm.NewTypeError("Cannot convert a Symbol value to a string"))
	}
	switch {
	case goja.IsUndefined(m):
	case isString(m):
		a.msg = m
	default:
		a.msg = t.vm.ToValue(m.String()) // runs toString for objects
	}
	if o, ok := arg(first + 1).(*goja.Object); ok {
		if cause := o.Get("cause"); cause != nil {
			a.cause, a.hasCause = cause, true
		}
	}
	if k.aggregate {
		from, _ := goja.AssertFunction(t.intrinsics.arrayFrom)
		list, err := from(t.intrinsics.array, arg(0))
		if err != nil {
			panic(err)
		}
		a.errors = list
	}
	return a
}

func isString(v goja.Value) bool {
	if _, ok := v.(*goja.Symbol); ok {
		return false // exports as its description
	}
	_, ok := v.Export().(string)
	return ok
}

// define puts the converted arguments on a bare error object.
func (a *errorArgs) define(obj *goja.Object) {
	if a.msg != nil {
		_ = obj.DefineDataProperty("message", a.msg, goja.FLAG_TRUE, goja.FLAG_TRUE, goja.FLAG_FALSE)
	}
	if a.hasCause {
		_ = obj.DefineDataProperty("cause", a.cause, goja.FLAG_TRUE, goja.FLAG_TRUE, goja.FLAG_FALSE)
	}
	if a.errors != nil {
		_ = obj.DefineDataProperty("errors", a.errors, goja.FLAG_TRUE, goja.FLAG_TRUE, goja.FLAG_FALSE)
	}
}

// orig returns arguments for the original constructor, for when the object
// cannot be made bare (no bridge). They are plain values: the original runs
// no user code.
func (a *errorArgs) orig(t *Tracer) []goja.Value {
	msg, opts := goja.Undefined(), goja.Undefined()
	if a.msg != nil {
		msg = a.msg
	}
	if a.hasCause {
		o := t.vm.NewObject()
		_ = o.Set("cause", a.cause)
		opts = o
	}
	if a.errors == nil {
		return []goja.Value{msg, opts}
	}
	list := a.errors.ToObject(t.vm)
	// Iterated with the intrinsic iterator, not a replaced one.
	_ = list.DefineDataPropertySymbol(goja.SymIterator, t.intrinsics.arrayValues,
		goja.FLAG_TRUE, goja.FLAG_TRUE, goja.FLAG_FALSE)
	return []goja.Value{list, msg, opts}
}

// create calls the original constructor, with goja's own stack capture
// hidden (see hideStack).
func (t *Tracer) create(k *kind, args []goja.Value) *goja.Object {
	if t.br != nil {
		if st, ok := t.br.hideStack(t.vm); ok {
			defer t.br.restoreStack(t.vm, st)
		}
	}
	obj, err := k.ctor(nil, args...)
	if err != nil {
		panic(err)
	}
	return obj
}

var gojaReadFault = sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(`^Cannot read property '(.*)' of undefined or null$`) })

// faultOf classifies an error goja raised, for faultColumn.
func faultOf(kind string, msg goja.Value) string {
	var s string
	if msg != nil {
		s, _ = msg.Export().(string)
	}
	switch {
	case kind == "ReferenceError":
		return "ref"
	case kind != "TypeError":
		return ""
	case s == "Cannot convert undefined or null to object":
		return "set"
	}
	if m := gojaReadFault().FindStringSubmatch(s); m != nil {
		return "prop:" + m[1]
	}
	return ""
}

// stackLimit reads Error.stackTraceLimit the way V8 does when it captures a
// stack: a value that is not a number means "capture nothing, not even an
// empty stack".
func (t *Tracer) stackLimit() (int, bool) {
	v := t.errorCtor.Get("stackTraceLimit")
	if v == nil {
		return 0, false
	}
	switch n := v.Export().(type) {
	case int64:
		return int(max(n, 0)), true
	case float64:
		switch {
		case math.IsNaN(n) || n <= 0:
			return 0, true
		case n >= math.MaxInt32:
			return math.MaxInt32, true
		}
		return int(n), true
	}
	return 0, false
}

// capture records the running stack for a constructor or
// captureStackTrace call. Leading frames of self (the function doing the
// capture, when it has a frame of its own) are dropped; when until is set,
// everything up to and including its topmost frame is dropped too, as
// V8's SKIP_UNTIL_SEEN does. If until is not on the stack, the result is
// empty when required is set (captureStackTrace's constructorOpt) and
// unaffected otherwise (new.target: goja gives implicit class constructors
// no frame).
func (t *Tracer) capture(self, until *goja.Object, required bool, limit int) []frame {
	var frames []frame
	if t.br != nil {
		// Reading a native's name below may run a getter, and that may
		// capture a stack: the scratch buffer is not shared with it.
		buf := t.scratch[:0]
		t.scratch = nil
		frames = t.br.walk(t.vm, buf)
		if t.br.inAsync(t.vm) {
			all := t.vm.CaptureCallStack(0, nil)
			for i := len(frames); i < len(all); i++ {
				f := fromStackFrame(t.br, &all[i])
				f.async = true
				frames = append(frames, f)
			}
		}
	} else {
		frames = framesOf(nil, t.vm.CaptureCallStack(0, nil))
	}
	defer func() {
		clear(frames)
		t.scratch = frames[:0]
	}()

	i := 0
	for i < len(frames) && frames[i].native && t.isFunc(&frames[i], self) {
		i++
	}
	if until != nil {
		j := i
		for j < len(frames) && !t.isFunc(&frames[j], until) {
			j++
		}
		switch {
		case j < len(frames):
			i = j + 1
		case required:
			i = len(frames)
		}
	}
	var out []frame
	for ; i < len(frames) && len(out) < limit; i++ {
		if frames[i].native && t.hidden(&frames[i]) {
			continue
		}
		if out == nil {
			out = make([]frame, 0, min(limit, len(frames)-i))
		}
		out = append(out, frames[i])
	}
	return out
}

// isFunc reports whether f is a frame of fn.
func (t *Tracer) isFunc(f *frame, fn *goja.Object) bool {
	if f.live {
		return f.callee == fn
	}
	name := f.text().name
	return name != "" && name == fn.Get("name").String()
}

// hidden reports whether a native frame stays out of stacks.
func (t *Tracer) hidden(f *frame) bool {
	if !f.live || f.callee == nil {
		return hiddenNative(f.text().name)
	}
	if t.own[f.callee] || isBoundFunction(f.callee) {
		return true
	}
	name, _ := f.callee.Get("name").Export().(string)
	return hiddenNative(name)
}

// SetNativeFile makes frames of the Go function fn show file as their
// location, as node's frames of the JS it replaces do: a built-in written
// in Go for speed (EventEmitter.prototype.emit) then reads
// "at process.emit (node:events)", like node's internal frames, instead
// of a frame of user code at <anonymous>.
func (t *Tracer) SetNativeFile(fn *goja.Object, file string) {
	if t.nativeFiles == nil {
		t.nativeFiles = map[*goja.Object]string{}
	}
	t.nativeFiles[fn] = file
}

// isBoundFunction reports whether fn was made by Function.prototype.bind.
// V8 shows no frame for a bound function whatever its name (node's
// console methods are bound and renamed "log", "trace"…); goja keeps the
// kind only in the object's unexported implementation type.
func isBoundFunction(fn *goja.Object) bool {
	v := reflect.ValueOf(fn).Elem()
	if v.Kind() != reflect.Struct {
		return false
	}
	self := v.FieldByName("self")
	if !self.IsValid() || self.Kind() != reflect.Interface || self.IsNil() {
		return false
	}
	return self.Elem().Type().String() == "*goja.boundFuncObject"
}

// captureStackTrace implements Error.captureStackTrace(targetObject,
// constructorOpt).
func (t *Tracer) captureStackTrace(call goja.FunctionCall) goja.Value {
	obj, ok := call.Argument(0).(*goja.Object)
	if !ok {
		panic(t.vm.NewTypeError("invalid_argument"))
	}
	var until *goja.Object
	if fn, ok := call.Argument(1).(*goja.Object); ok {
		if _, callable := goja.AssertFunction(fn); callable {
			until = fn
		}
	}
	limit, ok := t.stackLimit()
	if !ok {
		t.defineStack(obj, goja.Undefined())
		return goja.Undefined()
	}
	t.setPending(obj, t.capture(t.captureFn, until, until != nil, limit))
	return goja.Undefined()
}

func errNotConstructor(name string) error {
	return fmt.Errorf("stacktrace: global %s is not a constructor", name)
}
