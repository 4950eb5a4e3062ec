// Package polyfill gives a goja VM the ECMAScript built-ins goja lacks and
// Node 20/22 has (Object.groupBy, Promise.withResolvers, Array.fromAsync,
// String.prototype.isWellFormed, WeakRef, structuredClone, …), so npm
// packages that feature-test for them run unmodified. See README.md for what
// each one does and where it falls short of V8.
//
// The polyfills are two small JS programs compiled once per process and run
// once per VM; scans over string code units are Go. Anything goja already
// has natively is left alone, so a goja upgrade that adds a built-in wins.
package polyfill

import (
	_ "embed"
	"errors"
	"fmt"
	"sync"

	"github.com/dop251/goja"

	"github.com/gorun-js/gorun/internal/nodeerr"
)

var (
	//go:embed prelude.js
	preludeSrc string
	//go:embed structured_clone.js
	structuredCloneSrc string
)

// compile returns a function that compiles src once per process: compiling
// is most of the cost, and *goja.Program is safe to share between VMs.
func compile(name, src string) func() (*goja.Program, error) {
	return sync.OnceValues(func() (*goja.Program, error) {
		p, err := goja.Compile(name, src, true)
		if err != nil {
			return nil, fmt.Errorf("polyfill: compile %s: %w", name, err)
		}
		return p, nil
	})
}

var (
	preludeProgram         = compile("gorun:polyfill/prelude.js", preludeSrc)
	structuredCloneProgram = compile("gorun:polyfill/structured_clone.js", structuredCloneSrc)
)

// runFactory runs a program that evaluates to a function of the hooks
// object and returns that function's result.
func runFactory(vm *goja.Runtime, prog func() (*goja.Program, error), hooks *goja.Object) (goja.Value, error) {
	p, err := prog()
	if err != nil {
		return nil, err
	}
	v, err := vm.RunProgram(p)
	if err != nil {
		return nil, fmt.Errorf("polyfill: %w", err)
	}
	fn, ok := goja.AssertFunction(v)
	if !ok {
		return nil, fmt.Errorf("polyfill: a prelude did not evaluate to a function")
	}
	return fn(goja.Undefined(), hooks)
}

// Prewarm compiles the prelude (once per process), so that a runtime that
// installs the polyfills a little later finds it compiled. Call it on a
// goroutine of your own.
func Prewarm() { _, _ = preludeProgram() }

// Install defines the missing built-ins on vm's global object. It must run
// before any user code, once per VM, on the goroutine that owns vm.
func Install(vm *goja.Runtime) error {
	_, err := InstallNatives(vm)
	return err
}

// Natives maps a global constructor's name to goja's own constructor,
// which Install replaced with a wrapper that checks allocation sizes
// (ArrayBuffer and the typed arrays). Internal classes that check sizes
// themselves, such as Buffer's FastBuffer, extend these directly and skip
// the wrapper's cost.
type Natives map[string]*goja.Object

// UntransferableKey names, in Natives, a WeakSet of ArrayBuffers that
// structuredClone's transfer copies instead of moving and detaching:
// Buffer's shared pools, which node marks untransferable too.
const UntransferableKey = "gorun:untransferable"

// MarkUntransferable adds v to the UntransferableKey set (a no-op for a
// nil Natives, an embedder's runtime without the polyfills).
func (n Natives) MarkUntransferable(v goja.Value) {
	set := n[UntransferableKey]
	if set == nil {
		return
	}
	if add, ok := goja.AssertFunction(set.Get("add")); ok {
		_, _ = add(set, v)
	}
}

// InstallNatives is Install, returning the constructors it wrapped (and
// the UntransferableKey set).
func InstallNatives(vm *goja.Runtime) (Natives, error) {
	natives, err := installAllocationLimits(vm)
	if err != nil {
		return nil, fmt.Errorf("polyfill: %w", err)
	}
	weakSet, err := vm.New(vm.GlobalObject().Get("WeakSet"))
	if err != nil {
		return nil, fmt.Errorf("polyfill: %w", err)
	}
	natives[UntransferableKey] = weakSet
	return natives, installBuiltins(vm, weakSet)
}

func installBuiltins(vm *goja.Runtime, untransferable *goja.Object) error {
	hooks := vm.NewObject()
	untransferableHas, _ := goja.AssertFunction(untransferable.Get("has"))
	for name, fn := range map[string]func(goja.FunctionCall) goja.Value{
		"isWellFormed": func(c goja.FunctionCall) goja.Value {
			s, _ := c.Argument(0).(goja.String)
			return vm.ToValue(s == nil || loneSurrogate(s) < 0)
		},
		"toWellFormed": func(c goja.FunctionCall) goja.Value {
			return toWellFormed(c.Argument(0))
		},
		"missingValue": func(goja.FunctionCall) goja.Value {
			// Node 20's structuredClone throws this from C++: code
			// ERR_MISSING_ARGS, but a plain TypeError with an unquoted name.
			e := vm.NewTypeError("The value argument must be specified")
			_ = e.Set("code", nodeerr.MissingArgs(vm, "value").Get("code"))
			return e
		},
		"argTypeError": func(c goja.FunctionCall) goja.Value {
			// Node 20's structuredClone option checks are C++ too: code
			// ERR_INVALID_ARG_TYPE with a message of their own.
			e := vm.NewTypeError(c.Argument(0).String())
			_ = e.Set("code", nodeerr.InvalidArgType(vm, "options", "object", goja.Undefined()).Get("code"))
			return e
		},
		"loadStructuredClone": func(goja.FunctionCall) goja.Value {
			impl, err := runFactory(vm, structuredCloneProgram, hooks)
			if err != nil {
				panic(vm.NewGoError(err))
			}
			return impl
		},
		"expandPattern": func(c goja.FunctionCall) goja.Value {
			src := c.Argument(0).String()
			out, _, err := ExpandPropertyEscapes(src)
			if err != nil {
				// V8 rejects an unknown name when the RegExp is built.
				ctor, _ := goja.AssertConstructor(vm.Get("SyntaxError"))
				e, _ := ctor(nil, vm.ToValue(fmt.Sprintf("Invalid regular expression: /%s/%s: Invalid property name", src, c.Argument(1).String())))
				panic(e)
			}
			return vm.ToValue(out)
		},
		"unicodeSets": func(c goja.FunctionCall) goja.Value {
			src := c.Argument(0).String()
			out, err := TranslateUnicodeSets(src)
			if errors.Is(err, ErrUnicodeSetStrings) {
				panic(nodeerr.NotImplemented(vm, "strings in RegExp v-flag classes (\\q{…}, RGI_Emoji)"))
			}
			if err != nil {
				ctor, _ := goja.AssertConstructor(vm.Get("SyntaxError"))
				e, _ := ctor(nil, vm.ToValue(fmt.Sprintf("Invalid regular expression: /%s/%s: %v", src, c.Argument(1).String(), err)))
				panic(e)
			}
			return vm.ToValue(out)
		},
		"isUntransferable": func(c goja.FunctionCall) goja.Value {
			v, err := untransferableHas(untransferable, c.Argument(0))
			if err != nil {
				panic(err)
			}
			return v
		},
		"isDetached": func(c goja.FunctionCall) goja.Value {
			ab, ok := c.Argument(0).Export().(goja.ArrayBuffer)
			return vm.ToValue(ok && ab.Detached())
		},
		// moveArrayBuffer makes a new ArrayBuffer over the same memory,
		// for structuredClone's transfer (the old one is detached after).
		"moveArrayBuffer": func(c goja.FunctionCall) goja.Value {
			ab, _ := c.Argument(0).Export().(goja.ArrayBuffer)
			return vm.ToValue(vm.NewArrayBuffer(ab.Bytes()))
		},
		"detachArrayBuffer": func(c goja.FunctionCall) goja.Value {
			if ab, ok := c.Argument(0).Export().(goja.ArrayBuffer); ok {
				ab.Detach()
			}
			return goja.Undefined()
		},
		"invalidTransfer": func(goja.FunctionCall) goja.Value {
			return nodeerr.New(vm, "ERR_INVALID_TRANSFER_OBJECT")
		},
		"notImplemented": func(c goja.FunctionCall) goja.Value {
			return nodeerr.NotImplemented(vm, c.Argument(0).String())
		},
	} {
		if err := hooks.Set(name, fn); err != nil {
			return err
		}
	}
	if _, err := runFactory(vm, preludeProgram, hooks); err != nil {
		return fmt.Errorf("polyfill: %w", err)
	}
	if err := installLegacyAccessors(vm); err != nil {
		return fmt.Errorf("polyfill: %w", err)
	}
	if err := installIntl(vm); err != nil {
		return fmt.Errorf("polyfill: intl: %w", err)
	}
	return nil
}

// loneSurrogate returns the index of the first UTF-16 code unit of s that
// is a surrogate without its pair, or -1.
func loneSurrogate(s goja.String) int {
	n := s.Length()
	for i := 0; i < n; i++ {
		c := s.CharAt(i)
		switch {
		case c < 0xD800 || c > 0xDFFF:
		case c <= 0xDBFF && i+1 < n && isTrail(s.CharAt(i+1)):
			i++
		default:
			return i
		}
	}
	return -1
}

func isTrail(c uint16) bool { return c >= 0xDC00 && c <= 0xDFFF }

// toWellFormed replaces every lone surrogate with U+FFFD, returning the
// same string when there is none (the common case allocates nothing).
func toWellFormed(v goja.Value) goja.Value {
	s, ok := v.(goja.String)
	if !ok {
		return v
	}
	first := loneSurrogate(s)
	if first < 0 {
		return s
	}
	n := s.Length()
	out := make([]uint16, n)
	for i := 0; i < first; i++ {
		out[i] = s.CharAt(i)
	}
	for i := first; i < n; i++ {
		c := s.CharAt(i)
		switch {
		case c < 0xD800 || c > 0xDFFF:
			out[i] = c
		case c <= 0xDBFF && i+1 < n && isTrail(s.CharAt(i+1)):
			out[i], out[i+1] = c, s.CharAt(i+1)
			i++
		default:
			out[i] = 0xFFFD
		}
	}
	return goja.StringFromUTF16(out)
}
