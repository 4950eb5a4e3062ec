// Package nodeerr is gorun's one table of Node.js error codes and the
// builders that turn them, and Go system errors, into JS error values that
// look exactly like Node's.
//
// A Node error is a real TypeError/RangeError/Error whose stack header and
// toString() read `TypeError [ERR_X]: message`, with `code` as its only
// enumerable own property (https://nodejs.org/docs/latest-v20.x/api/errors.html).
// The messages come from the table in codes.go; the JS shims reach the same
// table through the "internal/errors" module (package errorsmodule), so a
// message is written once for Go and JS alike.
//
// System errors (System, HostPort, ErrnoException) follow libuv: `code` is the errno
// name, `errno` its negative number, and the message uses uv's wording
// ("ENOENT: no such file or directory, open '/x'").
package nodeerr

import (
	"strings"

	"github.com/dop251/goja"
)

// Class names the JS constructor an error code is built with.
type Class uint8

// The constructors Node's error codes use. SystemError is Node's own class
// for errors that wrap a libuv context (ERR_FS_CP_*, ERR_SYSTEM_ERROR).
const (
	Error Class = iota
	TypeError
	RangeError
	SyntaxError
	URIError
	SystemError
)

// String returns the constructor's global name; SystemError is built on
// Error and so reports "Error".
func (c Class) String() string {
	switch c {
	case TypeError:
		return "TypeError"
	case RangeError:
		return "RangeError"
	case SyntaxError:
		return "SyntaxError"
	case URIError:
		return "URIError"
	}
	return "Error"
}

// InspectFunc renders v the way util.inspect(v, opts) does. opts holds
// util.inspect options and is nil for the defaults.
type InspectFunc func(v goja.Value, opts map[string]any) string

// Builder makes Node errors on one runtime. The zero Inspect renders
// values with a built-in approximation of util.inspect, exact for
// primitives and simple objects; set it (see UtilInspect) where messages
// may embed arbitrary objects.
type Builder struct {
	VM      *goja.Runtime
	Inspect InspectFunc
}

// New returns the error for code with args as in Node's
// `new codes[code](...args)`. Go args are converted with VM.ToValue.
func New(vm *goja.Runtime, code string, args ...any) *goja.Object {
	return Builder{VM: vm}.New(code, args...)
}

// Throw panics with the error for code; goja turns the panic into a JS
// exception when it happens inside a Go function called from JS.
func Throw(vm *goja.Runtime, code string, args ...any) {
	panic(New(vm, code, args...))
}

// New returns the error for code built with the code's own class.
func (b Builder) New(code string, args ...any) *goja.Object {
	s, ok := table()[code]
	if !ok {
		return b.unknown(code)
	}
	return b.NewAs(s.class, code, args...)
}

// NewAs returns the error for code built with class, which must be the
// code's class or one of its alternates (Node's codes.ERR_X.RangeError).
func (b Builder) NewAs(class Class, code string, args ...any) *goja.Object {
	vals := make([]goja.Value, len(args))
	for i, a := range args {
		vals[i] = b.VM.ToValue(a)
	}
	if class == SystemError {
		var ctx goja.Value = goja.Undefined()
		if len(vals) > 0 {
			ctx = vals[0]
		}
		return b.systemError(code, ctx)
	}
	err := b.newBase(class)
	// code first: Node sets it before the builder adds its own props.
	_ = err.Set("code", code)
	msg, ok := b.message(code, err, vals)
	if !ok {
		return b.unknown(code)
	}
	b.decorate(err, class, code, msg)
	return err
}

// Message builds code's message for args without making an error; self
// receives the extra properties some codes set (ERR_INVALID_URL's input).
// ok is false for an unknown code.
func (b Builder) Message(code string, self *goja.Object, args []goja.Value) (msg string, ok bool) {
	return b.message(code, self, args)
}

func (b Builder) message(code string, self *goja.Object, args []goja.Value) (string, bool) {
	s, ok := table()[code]
	if !ok {
		return "", false
	}
	m := &msgCtx{vm: b.VM, self: self, inspect: b.inspector()}
	if s.build != nil {
		return s.build(m, args), true
	}
	if len(args) == 0 {
		return s.tmpl, true
	}
	return m.format(s.tmpl, args), true
}

func (b Builder) inspector() InspectFunc {
	if b.Inspect != nil {
		return b.Inspect
	}
	vm := b.VM
	return func(v goja.Value, opts map[string]any) string { return fallbackInspect(vm, v, opts) }
}

// unknown reports a code missing from the table the way Node reports a
// broken internal invariant, rather than crashing the Go side.
func (b Builder) unknown(code string) *goja.Object {
	m := &msgCtx{vm: b.VM}
	msg := msgInternalAssertion(m, []goja.Value{b.VM.ToValue("Unknown Node.js error code: " + code)})
	err := b.newBase(Error)
	b.decorate(err, Error, "ERR_INTERNAL_ASSERTION", msg)
	return err
}

// SpecificType is Node's determineSpecificType: how a type error
// describes the value it received ("type number (5)", "an instance of
// Foo", "undefined").
func (b Builder) SpecificType(v goja.Value) string {
	m := &msgCtx{vm: b.VM, inspect: b.inspector()}
	return m.specificType(v)
}

// ClassOf reports the class code is built with.
func ClassOf(code string) (Class, bool) {
	s, ok := table()[code]
	return s.class, ok
}

// Alternates lists the other classes code may be built with.
func Alternates(code string) []Class { return table()[code].alt }

// HidesStackFrames reports whether Node builds code's errors without the
// validator frames (its HideStackFramesError variants).
func HidesStackFrames(code string) bool { return table()[code].hide }

// Codes lists every code in the table, sorted.
func Codes() []string { return sortedCodes() }

// newBase calls the global constructor rather than goja's NewTypeError so
// that a wrapped Error (V8-style stacks) is honoured.
func (b Builder) newBase(class Class) *goja.Object {
	vm := b.VM
	ctor, _ := vm.GlobalObject().Get(class.String()).(*goja.Object)
	if ctor != nil {
		if obj, err := vm.New(ctor); err == nil {
			return obj
		}
	}
	return vm.NewTypeError("")
}

// decorate gives err Node's shape: own code (enumerable) then message
// (not), a prototype whose toString reads `Name [CODE]: msg` and whose
// constructor is still the base class, and the same header in `stack`.
func (b Builder) decorate(err *goja.Object, class Class, code, msg string) {
	vm := b.VM
	_ = err.Set("code", code)
	_ = err.DefineDataProperty("message", vm.ToValue(msg), goja.FLAG_TRUE, goja.FLAG_TRUE, goja.FLAG_FALSE)
	base, _ := vm.GlobalObject().Get(class.String()).(*goja.Object)
	if base != nil {
		if bp, ok := base.Get("prototype").(*goja.Object); ok {
			proto := vm.CreateObject(bp)
			_ = proto.DefineAccessorProperty("constructor", vm.ToValue(func(goja.FunctionCall) goja.Value { return base }), nil, goja.FLAG_TRUE, goja.FLAG_FALSE)
			toString := vm.ToValue(func(call goja.FunctionCall) goja.Value {
				this := call.This.ToObject(vm)
				return vm.ToValue(jsString(this.Get("name")) + " [" + code + "]: " + jsString(this.Get("message")))
			})
			_ = proto.DefineDataProperty("toString", toString, goja.FLAG_TRUE, goja.FLAG_TRUE, goja.FLAG_FALSE)
			_ = err.SetPrototype(proto)
		}
	}
	FixStackHeader(err, code)
}

// FixStackHeader rewrites the first line of err.stack from `Name: msg` to
// Node's `Name [CODE]: msg`. Engines format the header from name and
// message, which cannot carry the code; Node's own prepareStackTrace adds
// it, so we patch the string once the error is complete. A header of the
// bare name (a stack captured before the message was set) is replaced
// the same way.
func FixStackHeader(err *goja.Object, code string) {
	st, ok := err.Get("stack").Export().(string)
	if !ok {
		return
	}
	name := jsString(err.Get("name"))
	msg := jsString(err.Get("message"))
	fixed := name + " [" + code + "]"
	head := name
	if msg != "" {
		fixed += ": " + msg
		head += ": " + msg
	}
	for _, h := range []string{head, name} {
		if st == h || strings.HasPrefix(st, h+"\n") {
			_ = err.Set("stack", fixed+st[len(h):])
			return
		}
	}
}

// jsString is String(v) for the values Node's templates interpolate.
func jsString(v goja.Value) string {
	if v == nil {
		return "undefined"
	}
	if s, ok := v.(*goja.Symbol); ok {
		return "Symbol(" + s.String() + ")"
	}
	return v.String()
}
