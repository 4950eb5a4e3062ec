package crypto

import (
	"github.com/dop251/goja"
)

// cipherBinding adds cipherInfo and cipherNew to the binding.
func (a *api) cipherBinding() {
	vm := a.vm
	// cipherInfo(name) -> {mode, name, nid, blockSize, ivLength, keyLength}
	// or undefined.
	a.set("cipherInfo", func(call goja.FunctionCall) goja.Value {
		s := lookupCipher(call.Argument(0).String())
		if s == nil {
			return goja.Undefined()
		}
		o := vm.NewObject()
		mode := s.mode
		switch mode {
		case "cfb8":
			mode = "cfb"
		case "wrap-pad":
			mode = "wrap"
		}
		_ = o.Set("mode", mode)
		_ = o.Set("name", s.name)
		_ = o.Set("nid", s.nid)
		if s.blockSize > 0 {
			_ = o.Set("blockSize", s.blockSize)
		}
		if s.ivLen > 0 {
			_ = o.Set("ivLength", s.ivLen)
		}
		_ = o.Set("keyLength", s.keyLen)
		return o
	})
	// ivValid(name, length) applies the cipher's IV rule (getCipherInfo's
	// ivLength option).
	a.set("ivValid", func(call goja.FunctionCall) goja.Value {
		s := lookupCipher(call.Argument(0).String())
		return vm.ToValue(s != nil && s.ivOK(int(call.Argument(1).ToInteger())))
	})
	// cipherNew(name, key, iv|null, encrypt, authTagLength) -> handle, or a
	// string naming what is wrong: "cipher", "key", "iv".
	a.set("cipherNew", func(call goja.FunctionCall) goja.Value {
		s := lookupCipher(call.Argument(0).String())
		if s == nil {
			return vm.ToValue("cipher")
		}
		key := a.bytes(call.Argument(1))
		if len(key) != s.keyLen {
			return vm.ToValue("key")
		}
		wrap := s.mode == "wrap" || s.mode == "wrap-pad"
		var iv []byte
		if v := call.Argument(2); !goja.IsNull(v) && !goja.IsUndefined(v) {
			iv = a.bytes(v)
			if !s.ivOK(len(iv)) && !(len(iv) == 0 && wrap) {
				return vm.ToValue("iv")
			}
		} else if s.ivLen > 0 && !wrap {
			return vm.ToValue("iv")
		}
		st, err := newCipherState(s, key, iv, call.Argument(3).ToBoolean(), int(call.Argument(4).ToInteger()))
		if err != nil {
			a.throw(err)
		}
		return a.cipherHandle(st)
	})
}

func (a *api) cipherHandle(s *cipherState) goja.Value {
	vm := a.vm
	o := a.newHandle("cipher")
	a.hide(o, "aead", s.spec.isAEAD())
	a.hide(o, "update", func(call goja.FunctionCall) goja.Value {
		out, err := s.update(a.bytes(call.Argument(0)))
		if err != nil {
			a.throw(err)
		}
		return a.ab(out)
	})
	a.hide(o, "final", func(goja.FunctionCall) goja.Value {
		out, err := s.final()
		if err != nil {
			a.throw(err)
		}
		return a.ab(out)
	})
	a.hide(o, "setAutoPadding", func(call goja.FunctionCall) goja.Value {
		s.padding = call.Argument(0).ToBoolean()
		return vm.ToValue(s.mode != nil)
	})
	a.hide(o, "setAAD", func(call goja.FunctionCall) goja.Value {
		if !s.spec.isAEAD() || s.started {
			return vm.ToValue(false)
		}
		s.aad = append(s.aad, a.bytes(call.Argument(0))...)
		if n := call.Argument(1); !goja.IsUndefined(n) {
			s.ccmLen = int(n.ToInteger())
		}
		return vm.ToValue(true)
	})
	a.hide(o, "setAuthTag", func(call goja.FunctionCall) goja.Value {
		s.tag = a.copyBytes(call.Argument(0))
		return goja.Undefined()
	})
	a.hide(o, "getAuthTag", func(goja.FunctionCall) goja.Value {
		if s.tag == nil {
			return goja.Undefined()
		}
		return a.ab(append([]byte{}, s.tag...))
	})
	return o
}
