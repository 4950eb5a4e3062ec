package stacktrace

// A stack is formatted when it is first read, as V8 does: most errors are
// made and dropped without anyone looking at their stack, and formatting
// costs far more than capturing. Until then `stack` is an accessor, and
// the frames sit in a hidden property of the object itself, so that they
// are collected with it.

import (
	"github.com/dop251/goja"
)

// pendingKey names the hidden property holding a pendingStack. It is not
// enumerable, and the functions that list non-enumerable properties format
// the stack first, which removes it (see introspection). A string key is
// several times cheaper to add in goja than a symbol.
const pendingKey = "\x00stack"

// pendingStack is the lazily formatted `stack` of one object. It is kept
// in the object itself (under pendingKey) so that it lives and dies with it.
type pendingStack struct {
	owner  *goja.Object
	frames []frame
	done   bool
	value  goja.Value
}

// pendingStack implements goja.DynamicObject only to be stored in a goja
// object; it has no properties.
func (*pendingStack) Get(string) goja.Value       { return nil }
func (*pendingStack) Set(string, goja.Value) bool { return false }
func (*pendingStack) Has(string) bool             { return false }
func (*pendingStack) Delete(string) bool          { return false }
func (*pendingStack) Keys() []string              { return nil }

// setPending gives obj a `stack` that is formatted when first read.
func (t *Tracer) setPending(obj *goja.Object, frames []frame) {
	p := &pendingStack{owner: obj, frames: frames}
	if err := obj.DefineAccessorProperty("stack", t.getter, t.setter, goja.FLAG_TRUE, goja.FLAG_FALSE); err != nil {
		panic(t.defineError(obj))
	}
	_ = obj.DefineDataProperty(pendingKey, t.vm.NewDynamicObject(p), goja.FLAG_FALSE, goja.FLAG_TRUE, goja.FLAG_FALSE)
}

// defineStack gives obj a plain `stack` data property.
func (t *Tracer) defineStack(obj *goja.Object, v goja.Value) {
	if err := obj.DefineDataProperty("stack", v, goja.FLAG_TRUE, goja.FLAG_TRUE, goja.FLAG_FALSE); err != nil {
		panic(t.defineError(obj))
	}
}

// defineError is the TypeError V8 throws when `stack` cannot be defined.
func (t *Tracer) defineError(obj *goja.Object) *goja.Object {
	if f, ok := goja.AssertFunction(t.intrinsics.isExtensible); ok {
		if v, err := f(goja.Undefined(), obj); err == nil && !v.ToBoolean() {
			return t.vm.NewTypeError("Cannot define property stack, object is not extensible")
		}
	}
	return t.vm.NewTypeError("Cannot redefine property: stack")
}

// pendingOf finds the unformatted stack obj sees, own or inherited.
func (t *Tracer) pendingOf(obj *goja.Object) *pendingStack {
	v, ok := obj.Get(pendingKey).(*goja.Object)
	if !ok {
		return nil
	}
	p, _ := v.Export().(*pendingStack)
	return p
}

// getStack is the getter of a pending `stack`: it formats the stack,
// replaces itself with a data property holding the result, and returns it.
func (t *Tracer) getStack(call goja.FunctionCall) goja.Value {
	obj, ok := call.This.(*goja.Object)
	if !ok {
		return goja.Undefined()
	}
	if p := t.pendingOf(obj); p != nil {
		return t.materialize(p)
	}
	return goja.Undefined()
}

// setStack is the setter of a pending `stack`: assigning a stack replaces
// the pending one, as assigning V8's data property would.
func (t *Tracer) setStack(call goja.FunctionCall) goja.Value {
	obj, ok := call.This.(*goja.Object)
	if !ok {
		return goja.Undefined()
	}
	v := call.Argument(0)
	if p := t.pendingOf(obj); p != nil && p.owner == obj {
		p.done, p.value, p.frames = true, v, nil
		t.settle(p)
		return goja.Undefined()
	}
	t.defineStack(obj, v)
	return goja.Undefined()
}

// materialize formats a pending stack once.
func (t *Tracer) materialize(p *pendingStack) goja.Value {
	if !p.done {
		v := t.format(p.owner, p.frames)
		p.done, p.value, p.frames = true, v, nil
		t.settle(p)
	}
	return p.value
}

// settle turns a formatted pending stack into the plain data property V8
// has. Objects frozen meanwhile keep the accessor, which keeps returning
// the same value.
func (t *Tracer) settle(p *pendingStack) {
	if p.owner.DefineDataProperty("stack", p.value, goja.FLAG_TRUE, goja.FLAG_TRUE, goja.FLAG_FALSE) == nil {
		_ = p.owner.Delete(pendingKey)
	}
}

// format produces the value of a stack: Error.prepareStackTrace's result
// when that is a function, else V8's text.
func (t *Tracer) format(owner *goja.Object, frames []frame) goja.Value {
	if pst, ok := goja.AssertFunction(t.errorCtor.Get("prepareStackTrace")); ok && !t.inPrepare {
		sites := t.callSiteArray(frames)
		t.inPrepare = true
		defer func() { t.inPrepare = false }()
		v, err := pst(t.errorCtor, owner, sites)
		if err != nil {
			panic(err)
		}
		return v
	}
	return t.vm.ToValue(t.stackText(owner, frames))
}

// stackText is V8's default stack: the error's toString, then one
// "    at ..." line per frame.
func (t *Tracer) stackText(owner *goja.Object, frames []frame) string {
	b := []byte(errorString(owner))
	for _, s := range t.resolve(frames) {
		b = append(b, "\n    at "...)
		b = s.appendTo(b)
	}
	return string(b)
}

// errorString is Error.prototype.toString applied to any object, which is
// what V8 puts on the first line of a stack.
func errorString(o *goja.Object) string {
	name, msg := "Error", ""
	if v := o.Get("name"); v != nil && !goja.IsUndefined(v) {
		name = v.ToString().String()
	}
	if v := o.Get("message"); v != nil && !goja.IsUndefined(v) {
		msg = v.ToString().String()
	}
	switch {
	case name == "":
		return msg
	case msg == "":
		return name
	}
	return name + ": " + msg
}
