package stacktrace

// goja keeps everything V8's CallSite exposes (the receiver, the callee, the
// new.target, the source offset of a frame) in unexported fields, and its
// public StackFrame carries only a function name and a position. This file is
// the one place that reads those fields. The layout is checked field by field
// with reflect when the package is first used; if any field is missing or has
// another type (a goja upgrade), the bridge reports itself unavailable and
// the package falls back to what the public API gives: names come from goja's
// frames alone and call-site columns stay as goja reports them.
// TestBridgeAvailable fails loudly in that case so the gap is noticed.

import (
	"reflect"
	"sync"
	"unsafe"

	"github.com/dop251/goja"
	"github.com/dop251/goja/file"
	"github.com/dop251/goja/unistring"
)

// layout holds byte offsets of the goja fields the bridge reads.
type layout struct {
	rtVM uintptr // Runtime.vm

	vmPrg, vmPC, vmSB, vmStack, vmCallStack, vmNewTarget, vmAsync uintptr

	ctxSize                            uintptr
	ctxPrg, ctxPC, ctxSB, ctxNewTarget uintptr

	sfPrg, sfPC uintptr // StackFrame

	prgSrc, prgSrcMap, prgName uintptr // Program
	mapItemSize, mapPC, mapPos uintptr

	objSelf int // index of Object.self, read through reflect only

	strictField sync.Map // reflect.Type of a function object → index of its strict flag

	// errorObject.stackPropAdded, found on the first error seen.
	errOnce     sync.Once
	errType     reflect.Type
	errStackSet uintptr

	// Runtime.global.<name>: the constructors goja itself uses to create
	// the errors it throws.
	intrinsics map[string]uintptr
}

var (
	layoutOnce sync.Once
	gojaLayout *layout
)

// bridge returns the checked layout, or nil when goja's internals are not
// the ones this file was written against.
func bridge() *layout {
	layoutOnce.Do(func() { gojaLayout = computeLayout() })
	return gojaLayout
}

var (
	valueType   = reflect.TypeOf((*goja.Value)(nil)).Elem()
	programPtr  = reflect.TypeOf((*goja.Program)(nil))
	filePtrType = reflect.TypeOf((*file.File)(nil))
	intType     = reflect.TypeOf(0)
)

func field(t reflect.Type, name string, want func(reflect.Type) bool) (uintptr, bool) {
	if t.Kind() != reflect.Struct {
		return 0, false
	}
	f, ok := t.FieldByName(name)
	if !ok || len(f.Index) != 1 || !want(f.Type) {
		return 0, false
	}
	return f.Offset, true
}

func is(t reflect.Type) func(reflect.Type) bool {
	return func(u reflect.Type) bool { return u == t }
}

func isKind(k reflect.Kind) func(reflect.Type) bool {
	return func(u reflect.Type) bool { return u.Kind() == k }
}

func computeLayout() *layout {
	var l layout
	ok := true
	check := func(off uintptr, good bool) uintptr {
		ok = ok && good
		return off
	}

	rt := reflect.TypeOf(goja.Runtime{})
	vmField, found := rt.FieldByName("vm")
	if !found || vmField.Type.Kind() != reflect.Pointer || vmField.Type.Elem().Kind() != reflect.Struct {
		return nil
	}
	l.rtVM = vmField.Offset
	vm := vmField.Type.Elem()
	l.vmPrg = check(field(vm, "prg", is(programPtr)))
	l.vmPC = check(field(vm, "pc", is(intType)))
	l.vmSB = check(field(vm, "sb", is(intType)))
	l.vmNewTarget = check(field(vm, "newTarget", is(valueType)))
	l.vmAsync = check(field(vm, "curAsyncRunner", isKind(reflect.Pointer)))
	l.vmStack = check(field(vm, "stack", func(t reflect.Type) bool {
		return t.Kind() == reflect.Slice && t.Elem() == valueType
	}))
	var ctx reflect.Type
	l.vmCallStack = check(field(vm, "callStack", func(t reflect.Type) bool {
		ctx = t.Elem()
		return t.Kind() == reflect.Slice && ctx.Kind() == reflect.Struct
	}))
	if !ok {
		return nil
	}
	l.ctxSize = ctx.Size()
	l.ctxPrg = check(field(ctx, "prg", is(programPtr)))
	l.ctxPC = check(field(ctx, "pc", is(intType)))
	l.ctxSB = check(field(ctx, "sb", is(intType)))
	l.ctxNewTarget = check(field(ctx, "newTarget", is(valueType)))

	sf := reflect.TypeOf(goja.StackFrame{})
	l.sfPrg = check(field(sf, "prg", is(programPtr)))
	l.sfPC = check(field(sf, "pc", is(intType)))

	prg := reflect.TypeOf(goja.Program{})
	l.prgSrc = check(field(prg, "src", is(filePtrType)))
	l.prgName = check(field(prg, "funcName", is(reflect.TypeOf(unistring.String("")))))
	var item reflect.Type
	l.prgSrcMap = check(field(prg, "srcMap", func(t reflect.Type) bool {
		item = t.Elem()
		return t.Kind() == reflect.Slice && item.Kind() == reflect.Struct
	}))
	if !ok {
		return nil
	}
	l.mapItemSize = item.Size()
	l.mapPC = check(field(item, "pc", is(intType)))
	l.mapPos = check(field(item, "srcPos", is(intType)))

	obj := reflect.TypeOf(goja.Object{})
	self, found := obj.FieldByName("self")
	ok = ok && found && self.Type.Kind() == reflect.Interface
	l.objSelf = self.Index[0]
	if !ok {
		return nil
	}

	glob, found := rt.FieldByName("global")
	if !found || glob.Type.Kind() != reflect.Struct {
		return nil
	}
	objPtr := reflect.TypeOf((*goja.Object)(nil))
	l.intrinsics = map[string]uintptr{}
	for _, name := range errorNames {
		off, good := field(glob.Type, name, is(objPtr))
		if !good {
			return nil
		}
		l.intrinsics[name] = glob.Offset + off
	}
	return &l
}

// setIntrinsic replaces the constructor goja uses internally for errors of
// the given name, so that errors the engine throws (null.x, undefined
// variables, failures inside builtins) are built by the tracer too.
func (l *layout) setIntrinsic(vm *goja.Runtime, name string, ctor *goja.Object) {
	*at[*goja.Object](unsafe.Pointer(vm), l.intrinsics[name]) = ctor
}

// intrinsic returns the constructor goja uses internally for name.
func (l *layout) intrinsic(vm *goja.Runtime, name string) *goja.Object {
	return *at[*goja.Object](unsafe.Pointer(vm), l.intrinsics[name])
}

// vmState is the part of the VM state that decides what a new error object
// records as its stack.
type vmState struct {
	prg, prg0 *goja.Program
	sb, sb0   int
	calls     int
	async     unsafe.Pointer
}

// hideStack makes the running VM look idle to goja's own stack capture and
// returns what it changed. goja's error objects capture and later format a
// stack of their own; with nothing to capture, that work disappears, and
// `throw` records where the error is thrown instead, which is where node
// points its caret.
//
// One call context stays, made invisible, because goja treats an empty call
// stack as "the VM is idle" and would run the promise job queue when the
// constructor returns. No JS may run until restoreStack. It reports false
// (and changes nothing) when the VM is not running JS at all.
func (l *layout) hideStack(vm *goja.Runtime) (vmState, bool) {
	v := *at[unsafe.Pointer](unsafe.Pointer(vm), l.rtVM)
	cs := at[sliceHeader](v, l.vmCallStack)
	if cs.len == 0 {
		return vmState{}, false
	}
	s := vmState{
		prg:   *at[*goja.Program](v, l.vmPrg),
		sb:    *at[int](v, l.vmSB),
		prg0:  *at[*goja.Program](cs.data, l.ctxPrg),
		sb0:   *at[int](cs.data, l.ctxSB),
		calls: cs.len,
		async: *at[unsafe.Pointer](v, l.vmAsync),
	}
	*at[*goja.Program](v, l.vmPrg) = nil
	*at[int](v, l.vmSB) = -1
	*at[*goja.Program](cs.data, l.ctxPrg) = nil
	*at[int](cs.data, l.ctxSB) = -1
	cs.len = 1
	*at[unsafe.Pointer](v, l.vmAsync) = nil
	return s, true
}

// restoreStack undoes hideStack.
func (l *layout) restoreStack(vm *goja.Runtime, s vmState) {
	v := *at[unsafe.Pointer](unsafe.Pointer(vm), l.rtVM)
	cs := at[sliceHeader](v, l.vmCallStack)
	cs.len = s.calls
	*at[*goja.Program](cs.data, l.ctxPrg) = s.prg0
	*at[int](cs.data, l.ctxSB) = s.sb0
	*at[*goja.Program](v, l.vmPrg) = s.prg
	*at[int](v, l.vmSB) = s.sb
	*at[unsafe.Pointer](v, l.vmAsync) = s.async
}

// sliceHeader mirrors the run-time layout of every Go slice.
type sliceHeader struct {
	data     unsafe.Pointer
	len, cap int
}

func at[T any](base unsafe.Pointer, off uintptr) *T {
	return (*T)(unsafe.Add(base, off))
}

// walk appends to dst one frame per frame of the running stack, in the
// order and with the visibility CaptureCallStack(0) uses, recording what
// each frame was called with. It does not include the frames of awaiting
// async functions that CaptureCallStack appends after these.
func (l *layout) walk(vm *goja.Runtime, dst []frame) []frame {
	v := *at[unsafe.Pointer](unsafe.Pointer(vm), l.rtVM)
	stack := *at[[]goja.Value](v, l.vmStack)
	get := func(i int) goja.Value {
		if i < 0 || i >= len(stack) {
			return nil
		}
		return stack[i]
	}
	add := func(prg *goja.Program, pc, sb int, newTarget goja.Value) {
		if prg == nil && sb <= 0 {
			return // invisible to captureStack as well
		}
		f := frame{prg: prg, pc: pc, live: true}
		// JS frames keep the callee just below the stack base and `this` at
		// it; native frames sit one slot higher (see goja's vmCall).
		// Natives get no context of their own when constructed, and they
		// inherit the caller's new.target, so theirs means nothing.
		if prg != nil {
			f.this = get(sb)
			f.newTarget, _ = newTarget.(*goja.Object)
		} else {
			f.native = true
			f.this = get(sb - 2)
		}
		f.callee, _ = get(sb - 1).(*goja.Object)
		dst = append(dst, f)
	}
	add(*at[*goja.Program](v, l.vmPrg), *at[int](v, l.vmPC), *at[int](v, l.vmSB), *at[goja.Value](v, l.vmNewTarget))
	cs := *at[sliceHeader](v, l.vmCallStack)
	for i := cs.len - 1; i >= 0; i-- {
		c := unsafe.Add(cs.data, uintptr(i)*l.ctxSize)
		add(*at[*goja.Program](c, l.ctxPrg), *at[int](c, l.ctxPC), *at[int](c, l.ctxSB), *at[goja.Value](c, l.ctxNewTarget))
	}
	return dst
}

// inAsync reports whether the VM is running the continuation of an async
// function, the only case where CaptureCallStack appends async frames.
func (l *layout) inAsync(vm *goja.Runtime) bool {
	v := *at[unsafe.Pointer](unsafe.Pointer(vm), l.rtVM)
	return *at[unsafe.Pointer](v, l.vmAsync) != nil
}

// frameProgram returns the compiled program and program counter behind a
// public StackFrame (nil for native frames).
func (l *layout) frameProgram(sf *goja.StackFrame) (*goja.Program, int) {
	p := unsafe.Pointer(sf)
	return *at[*goja.Program](p, l.sfPrg), *at[int](p, l.sfPC)
}

// programFile returns the source file a program was compiled from.
func (l *layout) programFile(prg *goja.Program) *file.File {
	if prg == nil {
		return nil
	}
	return *at[*file.File](unsafe.Pointer(prg), l.prgSrc)
}

// programName returns the name a function had when it was compiled
// (declared, or taken from the binding it was assigned to).
func (l *layout) programName(prg *goja.Program) string {
	return at[unistring.String](unsafe.Pointer(prg), l.prgName).String()
}

// sourceOffset maps a program counter to a byte offset in the compiled
// source, as goja does before turning it into a line and column.
func (l *layout) sourceOffset(prg *goja.Program, pc int) int {
	m := *at[sliceHeader](unsafe.Pointer(prg), l.prgSrcMap)
	item := func(i int) unsafe.Pointer { return unsafe.Add(m.data, uintptr(i)*l.mapItemSize) }
	lo, hi := 0, m.len
	for lo < hi { // first item whose pc is beyond ours
		mid := (lo + hi) / 2
		if *at[int](item(mid), l.mapPC) > pc {
			hi = mid
		} else {
			lo = mid + 1
		}
	}
	if lo == 0 {
		return 0
	}
	return *at[int](item(lo-1), l.mapPos)
}

// functionStart returns the compiled-source offset where the function a
// program belongs to begins, or -1 when unknown.
func (l *layout) functionStart(prg *goja.Program) int {
	m := *at[sliceHeader](unsafe.Pointer(prg), l.prgSrcMap)
	if m.len == 0 {
		return -1
	}
	return *at[int](m.data, l.mapPos)
}

// claimStack tells goja that the error object o already has its `stack`
// property, so that defining one does not first make goja format the
// stack it would have shown (goja adds it lazily, on any access). The
// caller defines `stack` right after, before any other property, which
// also puts it first among the own properties, as in V8. It reports false
// when o is not one of goja's error objects.
func (l *layout) claimStack(o *goja.Object) bool {
	impl := l.implType(o)
	l.errOnce.Do(func() {
		t := impl.Type()
		if t.String() != "*goja.errorObject" {
			return
		}
		f, ok := t.Elem().FieldByName("stackPropAdded")
		if ok && len(f.Index) == 1 && f.Type.Kind() == reflect.Bool {
			l.errType, l.errStackSet = t, f.Offset
		}
	})
	if l.errType == nil || impl.Type() != l.errType {
		return false
	}
	*at[bool](impl.UnsafePointer(), l.errStackSet) = true
	return true
}

// implType returns goja's implementation type behind an object, which is
// how class constructors, proxies and strict functions are told apart.
func (l *layout) implType(o *goja.Object) reflect.Value {
	return reflect.ValueOf(o).Elem().Field(l.objSelf).Elem()
}

// isClass reports whether o is a class constructor.
func (l *layout) isClass(o *goja.Object) bool {
	return l.implType(o).Type().String() == "*goja.classFuncObject"
}

// isProxy reports whether o is a Proxy.
func (l *layout) isProxy(o *goja.Object) bool {
	return l.implType(o).Type().String() == "*goja.proxyObject"
}

// isStrict reports whether the function o runs in strict mode. Native
// functions count as strict, as V8's builtins do.
func (l *layout) isStrict(o *goja.Object) bool {
	impl := l.implType(o)
	if impl.Kind() != reflect.Pointer || impl.Elem().Kind() != reflect.Struct {
		return true
	}
	index, ok := l.strictField.Load(impl.Type())
	if !ok {
		f, found := impl.Type().Elem().FieldByName("strict")
		if !found || f.Type.Kind() != reflect.Bool {
			f.Index = nil
		}
		index, _ = l.strictField.LoadOrStore(impl.Type(), f.Index)
	}
	if index.([]int) == nil {
		return true
	}
	return impl.Elem().FieldByIndex(index.([]int)).Bool()
}
