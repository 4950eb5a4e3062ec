package stacktrace

import (
	"crypto/sha256"
	"encoding/hex"
	"unicode/utf16"

	"github.com/dop251/goja"
)

// callSite is the Go side of one CallSite object handed to
// Error.prepareStackTrace. Instances are dynamic objects with no own
// properties; the methods live on a shared prototype, as in V8.
type callSite struct {
	t *Tracer
	s site
}

func (*callSite) Get(string) goja.Value       { return nil }
func (*callSite) Set(string, goja.Value) bool { return false }
func (*callSite) Has(string) bool             { return false }
func (*callSite) Delete(string) bool          { return false }
func (*callSite) Keys() []string              { return nil }

// callSites is the per-runtime CallSite prototype.
type callSites struct {
	proto *goja.Object
}

// callSiteArray builds the array prepareStackTrace receives. This is the
// expensive part of the stack API (an object per frame, names resolved
// eagerly), which is why it only happens when prepareStackTrace is set.
func (t *Tracer) callSiteArray(frames []frame) *goja.Object {
	proto := t.callSiteProto()
	sites := t.resolve(frames)
	vals := make([]any, len(sites))
	for i := range sites {
		o := t.vm.NewDynamicObject(&callSite{t: t, s: sites[i]})
		_ = o.SetPrototype(proto)
		vals[i] = o
	}
	return t.vm.NewArray(vals...)
}

func (t *Tracer) callSiteProto() *goja.Object {
	if t.sites != nil {
		return t.sites.proto
	}
	vm := t.vm
	proto := vm.NewObject()
	t.sites = &callSites{proto: proto}
	ctor := t.native("CallSite", 0, func(goja.FunctionCall) goja.Value {
		panic(vm.NewTypeError("CallSite constructor cannot be called directly"))
	})
	_ = ctor.DefineDataProperty("prototype", proto, goja.FLAG_FALSE, goja.FLAG_FALSE, goja.FLAG_FALSE)
	_ = proto.DefineDataProperty("constructor", ctor, goja.FLAG_TRUE, goja.FLAG_TRUE, goja.FLAG_FALSE)

	str := func(s string) goja.Value { return vm.ToValue(s) }
	orNull := func(s string) goja.Value {
		if s == "" {
			return goja.Null()
		}
		return str(s)
	}
	num := func(n int) goja.Value {
		if n <= 0 {
			return goja.Null()
		}
		return vm.ToValue(n)
	}
	boolean := func(b bool) goja.Value { return vm.ToValue(b) }
	methods := []struct {
		name string
		fn   func(c *callSite) goja.Value
	}{
		{"getThis", func(c *callSite) goja.Value {
			switch {
			case c.t.strict(c.s.fn):
				return goja.Undefined()
			case c.s.this == nil || goja.IsUndefined(c.s.this) || goja.IsNull(c.s.this):
				return vm.GlobalObject() // what a sloppy function sees
			}
			return c.s.this
		}},
		{"getTypeName", func(c *callSite) goja.Value {
			if c.s.top || c.s.ctor {
				return goja.Null()
			}
			if o, ok := c.s.this.(*goja.Object); ok {
				if _, isFunc := goja.AssertFunction(o); isFunc {
					// The printed frame says "K.s" for a static method of
					// class K, but getTypeName() says "Function".
					return str("Function")
				}
			}
			return orNull(c.s.typeName)
		}},
		{"getFunction", func(c *callSite) goja.Value {
			if c.s.fn == nil || c.t.strict(c.s.fn) {
				return goja.Undefined()
			}
			return c.s.fn
		}},
		{"getFunctionName", func(c *callSite) goja.Value { return orNull(c.s.funcName) }},
		{"getMethodName", func(c *callSite) goja.Value {
			if c.s.top || c.s.ctor {
				return goja.Null()
			}
			return orNull(c.s.methodName)
		}},
		{"getFileName", func(c *callSite) goja.Value {
			if c.s.file == "" {
				return goja.Undefined()
			}
			return str(c.s.file)
		}},
		{"getLineNumber", func(c *callSite) goja.Value { return num(c.s.line) }},
		{"getColumnNumber", func(c *callSite) goja.Value { return num(c.s.col) }},
		{"getEnclosingLineNumber", func(c *callSite) goja.Value { return num(c.s.encLine) }},
		{"getEnclosingColumnNumber", func(c *callSite) goja.Value { return num(c.s.encCol) }},
		{"getEvalOrigin", func(c *callSite) goja.Value {
			if !c.s.eval {
				return goja.Undefined()
			}
			return str(c.s.evalOrigin)
		}},
		{"getScriptNameOrSourceURL", func(c *callSite) goja.Value {
			if c.s.file == "" {
				return goja.Undefined()
			}
			return str(c.s.file)
		}},
		{"getScriptHash", func(c *callSite) goja.Value { return str(c.t.scriptHash(&c.s)) }},
		{"getPosition", func(c *callSite) goja.Value { return vm.ToValue(c.t.position(&c.s)) }},
		{"getPromiseIndex", func(*callSite) goja.Value { return goja.Null() }},
		{"isToplevel", func(c *callSite) goja.Value { return boolean(c.s.top) }},
		{"isEval", func(c *callSite) goja.Value { return boolean(c.s.eval) }},
		{"isNative", func(*callSite) goja.Value { return boolean(false) }},
		{"isConstructor", func(c *callSite) goja.Value { return boolean(c.s.ctor) }},
		{"isAsync", func(c *callSite) goja.Value { return boolean(c.s.async) }},
		{"isPromiseAll", func(*callSite) goja.Value { return boolean(false) }},
		{"toString", func(c *callSite) goja.Value { return str(string(c.s.appendTo(nil))) }},
	}
	for _, m := range methods {
		fn := m.fn
		name := m.name
		f := t.native(name, 0, func(call goja.FunctionCall) goja.Value {
			o, _ := call.This.(*goja.Object)
			var c *callSite
			if o != nil {
				c, _ = o.Export().(*callSite)
			}
			if c == nil {
				panic(vm.NewTypeError("CallSite method " + name + " expects CallSite as receiver"))
			}
			return fn(c)
		})
		_ = proto.DefineDataProperty(name, f, goja.FLAG_TRUE, goja.FLAG_TRUE, goja.FLAG_FALSE)
	}
	return proto
}

// strict reports whether fn runs in strict mode, which hides its receiver
// and itself from CallSite.getThis and getFunction. Unknown functions and
// builtins count as strict.
func (t *Tracer) strict(fn *goja.Object) bool {
	return fn == nil || t.br == nil || t.br.isStrict(fn)
}

// position is CallSite.getPosition: the 0-based offset of the frame in its
// script, in UTF-16 units of the text the user wrote.
func (t *Tracer) position(s *site) int {
	if s.file != "" && s.line > 0 {
		if st := t.source(s.file); st != nil {
			if s.line <= len(st.lines) {
				start := st.lines[s.line-1]
				return len(utf16.Encode([]rune(st.text[:start]))) + s.col - 1
			}
		}
	}
	return max(s.offset, 0)
}

// scriptHash is CallSite.getScriptHash: the SHA-256 of the script's text.
func (t *Tracer) scriptHash(s *site) string {
	if s.file == "" {
		return ""
	}
	st := t.source(s.file)
	if st == nil {
		return ""
	}
	sum := sha256.Sum256([]byte(st.text))
	return hex.EncodeToString(sum[:])
}
