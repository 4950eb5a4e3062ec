package polyfill

import (
	"math"
	"sync"

	"github.com/dop251/goja"
	"golang.org/x/sys/unix"
)

// V8 limits what ArrayBuffer and the typed-array constructors may
// allocate and says so with a RangeError; goja has no limit and asks Go
// for the memory, and a request the system can't meet ends the whole
// process with "fatal error: runtime: out of memory" — no catch, no
// exit handlers. So each of these constructors is wrapped in a native
// one that checks the size first and hands everything else, new.target
// included, to goja's own constructor. The wrapper takes over the
// original's identity: same prototype object (whose constructor now
// points back at the wrapper), same statics, same name and length.

// maxTypedArrayLength is V8's limit on 64-bit hosts, which Node reports
// as buffer.kMaxLength.
const maxTypedArrayLength = 1 << 32

// maxSafeInteger is the largest index ToIndex accepts.
const maxSafeInteger = 1<<53 - 1

// allocationLimit is the largest backing store we ask Go for: the
// machine's memory plus swap. Linux refuses a single mapping larger than
// that (the overcommit heuristic), and Go treats the refusal as fatal.
var allocationLimit = sync.OnceValue(func() int64 {
	var info unix.Sysinfo_t
	if err := unix.Sysinfo(&info); err != nil || info.Totalram == 0 {
		return 1 << 40
	}
	unit := int64(info.Unit)
	if unit == 0 {
		unit = 1
	}
	return (int64(info.Totalram) + int64(info.Totalswap)) * unit
})

// typedArrays names each typed-array constructor with its element size.
var typedArrays = []struct {
	name string
	size int64
}{
	{"Int8Array", 1}, {"Uint8Array", 1}, {"Uint8ClampedArray", 1},
	{"Int16Array", 2}, {"Uint16Array", 2},
	{"Int32Array", 4}, {"Uint32Array", 4}, {"Float32Array", 4},
	{"Float64Array", 8}, {"BigInt64Array", 8}, {"BigUint64Array", 8},
}

// installAllocationLimits wraps ArrayBuffer and the typed-array
// constructors of vm.
func installAllocationLimits(vm *goja.Runtime) (Natives, error) {
	limit := allocationLimit()
	natives := Natives{}
	if err := wrapConstructor(vm, natives, "ArrayBuffer", func(args []goja.Value) {
		n, ok := sizeArgument(args, 0)
		if !ok {
			return
		}
		if n < 0 || n > maxSafeInteger {
			panic(rangeError(vm, "Invalid array buffer length"))
		}
		if n > float64(limit) {
			panic(rangeError(vm, "Array buffer allocation failed"))
		}
	}); err != nil {
		return nil, err
	}
	for _, ta := range typedArrays {
		size := ta.size
		err := wrapConstructor(vm, natives, ta.name, func(args []goja.Value) {
			n, ok := sizeArgument(args, size)
			if !ok {
				return
			}
			if n < 0 || n > maxTypedArrayLength {
				panic(rangeError(vm, "Invalid typed array length: "+lengthText(vm, args, n)))
			}
			if n*float64(size) > float64(limit) {
				panic(rangeError(vm, "Array buffer allocation failed"))
			}
		})
		if err != nil {
			return nil, err
		}
	}
	return natives, nil
}

// sizeArgument returns the element count a constructor call asks to
// allocate, and false when it allocates nothing by count (a buffer to
// view, a source to copy whose length already exists in memory, or an
// argument that goja's own conversion should reject). An array-like
// object's length is read here as well as by goja: {length: 2**40}
// would otherwise reach the allocator.
func sizeArgument(args []goja.Value, elemSize int64) (float64, bool) {
	if len(args) == 0 {
		return 0, false
	}
	v := args[0]
	if obj, ok := v.(*goja.Object); ok {
		if elemSize == 0 || !isPlainArrayLike(obj) {
			return 0, false
		}
		v = obj.Get("length")
		if v == nil || goja.IsUndefined(v) {
			return 0, false
		}
		n := v.ToFloat()
		if math.IsNaN(n) || n <= 0 {
			return 0, false
		}
		return math.Trunc(n), true
	}
	if goja.IsUndefined(v) || goja.IsNull(v) {
		return 0, false
	}
	switch v.Export().(type) {
	case int64, float64, string, bool:
	default: // symbols and BigInts: goja throws V8's TypeError itself
		return 0, false
	}
	n := v.ToFloat()
	if math.IsNaN(n) {
		return 0, true
	}
	return math.Trunc(n), true
}

// isPlainArrayLike reports whether a typed-array constructor would copy
// obj element by element from its length: not a buffer, not a typed array
// or array (their length is real memory already), not an iterable.
func isPlainArrayLike(obj *goja.Object) bool {
	// No Export here: it converts a plain object to a map, and panics
	// inside goja on a view of a detached buffer. An ArrayBuffer has no
	// length, so it reads as nothing to allocate either way.
	if obj.ClassName() == "Array" {
		return false
	}
	// Typed arrays inherit BYTES_PER_ELEMENT from their prototype.
	if b := obj.Get("BYTES_PER_ELEMENT"); b != nil && !goja.IsUndefined(b) {
		return false
	}
	if it := obj.GetSymbol(goja.SymIterator); it != nil && !goja.IsUndefined(it) {
		return false
	}
	return true
}

// lengthText prints a rejected length as V8 does: the number as given.
func lengthText(vm *goja.Runtime, args []goja.Value, n float64) string {
	if len(args) > 0 {
		if _, isObj := args[0].(*goja.Object); !isObj {
			f := args[0].ToNumber()
			return f.String()
		}
	}
	return vm.ToValue(n).String()
}

// wrapConstructor replaces the global constructor name with a native one
// that runs check on the arguments, then constructs with the original.
func wrapConstructor(vm *goja.Runtime, natives Natives, name string, check func(args []goja.Value)) error {
	global := vm.GlobalObject()
	orig, ok := global.Get(name).(*goja.Object)
	if !ok {
		return nil
	}
	construct, ok := goja.AssertConstructor(orig)
	if !ok {
		return nil
	}
	natives[name] = orig
	// goja passes a nil new.target both for `new C()` and for a plain
	// call `C()`, so this wrapper can't tell them apart: called without
	// new it constructs rather than throwing V8's TypeError.
	var wrapper *goja.Object
	wrapper = vm.ToValue(func(call goja.ConstructorCall) *goja.Object {
		newTarget := call.NewTarget
		if newTarget == nil {
			newTarget = wrapper
		}
		check(call.Arguments)
		obj, err := construct(newTarget, call.Arguments...)
		if err != nil {
			panic(err)
		}
		return obj
	}).(*goja.Object)

	if err := wrapper.SetPrototype(orig.Prototype()); err != nil {
		return err
	}
	// The statics, with the attributes the spec gives them, through goja's
	// Go API: reflecting through JS calls cost ~100 µs of every start-up.
	for _, key := range orig.GetOwnPropertyNames() {
		if key == "prototype" {
			continue
		}
		v := orig.Get(key)
		var err error
		switch _, callable := goja.AssertFunction(v); {
		case key == "name" || key == "length":
			err = wrapper.DefineDataProperty(key, v, goja.FLAG_FALSE, goja.FLAG_TRUE, goja.FLAG_FALSE)
		case callable: // isView, from…
			err = wrapper.DefineDataProperty(key, v, goja.FLAG_TRUE, goja.FLAG_TRUE, goja.FLAG_FALSE)
		default: // BYTES_PER_ELEMENT
			err = wrapper.DefineDataProperty(key, v, goja.FLAG_FALSE, goja.FLAG_FALSE, goja.FLAG_FALSE)
		}
		if err != nil {
			return err
		}
	}
	// ArrayBuffer's own Symbol.species (the typed arrays inherit theirs
	// from %TypedArray%, which stays the wrapper's prototype): goja's
	// Symbols() lists only enumerable keys, so it is looked up.
	if own := orig.GetSymbol(goja.SymSpecies); own != nil && !goja.IsUndefined(own) {
		if inherited := orig.Prototype().GetSymbol(goja.SymSpecies); inherited == nil || goja.IsUndefined(inherited) {
			// get [Symbol.species]() { return this }
			getter := vm.ToValue(func(call goja.FunctionCall) goja.Value { return call.This }).(*goja.Object)
			_ = getter.DefineDataProperty("name", vm.ToValue("get [Symbol.species]"), goja.FLAG_FALSE, goja.FLAG_TRUE, goja.FLAG_FALSE)
			if err := wrapper.DefineAccessorPropertySymbol(goja.SymSpecies, getter, nil, goja.FLAG_TRUE, goja.FLAG_FALSE); err != nil {
				return err
			}
		}
	}
	proto := orig.Get("prototype").(*goja.Object)
	if err := wrapper.DefineDataProperty("prototype", proto, goja.FLAG_FALSE, goja.FLAG_FALSE, goja.FLAG_FALSE); err != nil {
		return err
	}
	if err := proto.DefineDataProperty("constructor", wrapper, goja.FLAG_TRUE, goja.FLAG_TRUE, goja.FLAG_FALSE); err != nil {
		return err
	}
	return global.DefineDataProperty(name, wrapper, goja.FLAG_TRUE, goja.FLAG_TRUE, goja.FLAG_FALSE)
}

// rangeError makes a RangeError with msg.
func rangeError(vm *goja.Runtime, msg string) *goja.Object {
	ctor, _ := goja.AssertConstructor(vm.GlobalObject().Get("RangeError"))
	e, err := ctor(nil, vm.ToValue(msg))
	if err != nil {
		panic(err)
	}
	return e
}
