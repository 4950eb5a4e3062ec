// Package crypto is Node's `crypto` module
// (https://nodejs.org/docs/latest-v20.x/api/crypto.html) on Go's crypto
// packages and golang.org/x/crypto: hashes, HMAC, PBKDF2/HKDF/scrypt,
// randomness, the AES, 3DES and ChaCha20 ciphers, and RSA, ECDSA,
// Ed25519 and X25519 keys. The Go binding holds the primitives' state (a
// running hash, a cipher with its pending block, a parsed key); the shims
// build Node's classes, argument checks and encodings.
//
// Where Go's API is one-shot and OpenSSL's streams (GCM and
// ChaCha20-Poly1305), the key stream is produced as data arrives and the
// tag is computed at final() over the retained plaintext, so update()
// returns exactly what node returns.
package crypto

import (
	"crypto/hkdf"
	"crypto/pbkdf2"
	"crypto/rand"
	"crypto/subtle"
	_ "embed"
	"errors"
	"strings"

	"github.com/dop251/goja"
	"golang.org/x/crypto/scrypt"

	"github.com/gorun-js/gorun/modules"
	"github.com/gorun-js/gorun/modules/buffer"
)

//go:embed crypto.js
var source string

//go:embed cipher.js
var cipherSource string

//go:embed keys.js
var keysSource string

//go:embed util.js
var utilSource string

//go:embed subtle.js
var subtleSource string

//go:embed sig.js
var sigSource string

//go:embed dh.js
var dhSource string

//go:embed x509.js
var x509Source string

var (
	shim       = modules.NewShim("node:crypto", source)
	cipherShim = modules.NewShim("node:internal/crypto/cipher", cipherSource)
	keysShim   = modules.NewShim("node:internal/crypto/keys", keysSource)
	utilShim   = modules.NewShim("node:internal/crypto/util", utilSource)
	subtleShim = modules.NewShim("node:internal/crypto/webcrypto", subtleSource)
	sigShim    = modules.NewShim("node:internal/crypto/sig", sigSource)
	dhShim     = modules.NewShim("node:internal/crypto/dh", dhSource)
	x509Shim   = modules.NewShim("node:internal/crypto/x509", x509Source)
)

// Modules declares `crypto` and its internal parts.
func Modules() []modules.Module {
	return []modules.Module{
		{Name: "crypto", Shim: shim, Binding: binding},
		{Name: "internal/crypto/cipher", Shim: cipherShim, Binding: binding},
		{Name: "internal/crypto/keys", Shim: keysShim, Binding: binding},
		{Name: "internal/crypto/util", Shim: utilShim},
		{Name: "internal/crypto/sig", Shim: sigShim, Binding: binding},
		{Name: "internal/crypto/dh", Shim: dhShim, Binding: binding},
		{Name: "internal/crypto/x509", Shim: x509Shim, Binding: binding},
		{Name: "internal/crypto/webcrypto", Shim: subtleShim},
	}
}

// api is one runtime's binding: every function closes over it.
type api struct {
	vm  *goja.Runtime
	c   *modules.Context
	obj *goja.Object
	// protos are the shim's prototypes for handle objects, so that they
	// inspect as node's do (`Hash {}`, `CipherBase {}`).
	protos map[string]*goja.Object
}

// newHandle is an object of the shim's handle class kind whose methods
// are hidden, as node's native handles show none.
func (a *api) newHandle(kind string) *goja.Object {
	o := a.vm.NewObject()
	if p := a.protos[kind]; p != nil {
		_ = o.SetPrototype(p)
	}
	return o
}

func (a *api) hide(o *goja.Object, name string, v any) {
	_ = o.DefineDataProperty(name, a.vm.ToValue(v), goja.FLAG_TRUE, goja.FLAG_TRUE, goja.FLAG_FALSE)
}

func (a *api) set(name string, fn func(call goja.FunctionCall) goja.Value) { _ = a.obj.Set(name, fn) }

func (a *api) bytes(v goja.Value) []byte { return buffer.BytesOf(a.vm, v) }

// copyBytes is a private copy of a view's bytes, for work that outlives
// the call or runs off the loop.
func (a *api) copyBytes(v goja.Value) []byte { return append([]byte{}, a.bytes(v)...) }

func (a *api) ab(b []byte) goja.Value { return a.vm.ToValue(a.vm.NewArrayBuffer(b)) }

// jsError is err as node shows it: OpenSSL failures carry
// library/reason/code, anything else is a plain Error.
func (a *api) jsError(err error) goja.Value {
	var ce *cryptError
	if errors.As(err, &ce) {
		e, _ := a.vm.New(a.vm.Get("Error"), a.vm.ToValue(ce.msg))
		if ce.library != "" {
			_ = e.Set("library", ce.library)
			_ = e.Set("reason", ce.reason)
		}
		if ce.code != "" {
			_ = e.Set("code", ce.code)
		}
		return e
	}
	e, _ := a.vm.New(a.vm.Get("Error"), a.vm.ToValue(err.Error()))
	return e
}

func (a *api) throw(err error) { panic(a.jsError(err)) }

// run computes work now (cb not a function) and returns its bytes, or on
// the worker pool, then calls cb(err, arrayBuffer) on the loop.
func (a *api) run(cb goja.Value, work func() ([]byte, error)) goja.Value {
	if _, ok := goja.AssertFunction(cb); !ok {
		out, err := work()
		if err != nil {
			a.throw(err)
		}
		return a.ab(out)
	}
	var out []byte
	var err error
	a.c.Loop.Go(func() { out, err = work() }, func() {
		if err != nil {
			a.c.Loop.Call(cb, goja.Undefined(), []goja.Value{a.jsError(err)})
			return
		}
		a.c.Loop.Call(cb, goja.Undefined(), []goja.Value{goja.Null(), a.ab(out)})
	})
	return goja.Undefined()
}

func binding(c *modules.Context) (*goja.Object, error) {
	a := &api{vm: c.VM, c: c, obj: c.VM.NewObject(), protos: map[string]*goja.Object{}}
	vm := a.vm
	a.set("setHandleProto", func(call goja.FunctionCall) goja.Value {
		a.protos[call.Argument(0).String()] = call.Argument(1).ToObject(vm)
		return goja.Undefined()
	})
	arg := func(call goja.FunctionCall, i int) int { return int(call.Argument(i).ToInteger()) }

	// randomFill(arrayBuffer, offset, size) fills bytes in place.
	a.set("randomFill", func(call goja.FunctionCall) goja.Value {
		b := a.bytes(call.Argument(0))
		off, n := arg(call, 1), arg(call, 2)
		if off < 0 || n < 0 || off+n > len(b) {
			panic(vm.NewTypeError("randomFill: range outside the buffer"))
		}
		_, _ = rand.Read(b[off : off+n])
		return goja.Undefined()
	})
	a.set("timingSafeEqual", func(call goja.FunctionCall) goja.Value {
		return vm.ToValue(subtle.ConstantTimeCompare(a.bytes(call.Argument(0)), a.bytes(call.Argument(1))) == 1)
	})
	a.set("getHashes", func(goja.FunctionCall) goja.Value { return vm.ToValue(append([]string{}, hashNames...)) })
	a.set("getCiphers", func(goja.FunctionCall) goja.Value { return vm.ToValue(getCipherNames()) })
	// digestSize(name) is the digest's output length, -1 if unknown.
	a.set("digestSize", func(call goja.FunctionCall) goja.Value {
		alg := lookupDigest(call.Argument(0).String())
		if alg == nil {
			return vm.ToValue(-1)
		}
		return vm.ToValue(alg.size)
	})
	// digestName is a digest's canonical name ("sha256" for "RSA-SHA256").
	a.set("digestName", func(call goja.FunctionCall) goja.Value {
		alg := lookupDigest(call.Argument(0).String())
		if alg == nil {
			return goja.Undefined()
		}
		return vm.ToValue(alg.name)
	})
	a.set("isXOF", func(call goja.FunctionCall) goja.Value {
		alg := lookupDigest(call.Argument(0).String())
		return vm.ToValue(alg != nil && alg.xof != nil)
	})

	a.hashBinding()

	// pbkdf2(password, salt, iterations, keylen, digest[, cb]).
	a.set("pbkdf2", func(call goja.FunctionCall) goja.Value {
		pass, salt := a.copyBytes(call.Argument(0)), a.copyBytes(call.Argument(1))
		iter, keylen := arg(call, 2), arg(call, 3)
		alg := lookupDigest(call.Argument(4).String())
		return a.run(call.Argument(5), func() ([]byte, error) {
			if keylen == 0 {
				return []byte{}, nil
			}
			return pbkdf2.Key(alg.new, string(pass), salt, iter, keylen)
		})
	})
	// hkdf(digest, ikm, salt, info, keylen[, cb]).
	a.set("hkdf", func(call goja.FunctionCall) goja.Value {
		alg := lookupDigest(call.Argument(0).String())
		ikm, salt, info := a.copyBytes(call.Argument(1)), a.copyBytes(call.Argument(2)), a.copyBytes(call.Argument(3))
		keylen := arg(call, 4)
		return a.run(call.Argument(5), func() ([]byte, error) {
			if keylen == 0 {
				return []byte{}, nil
			}
			return hkdf.Key(alg.new, ikm, salt, string(info), keylen)
		})
	})
	// scrypt(password, salt, N, r, p, keylen[, cb]).
	a.set("scrypt", func(call goja.FunctionCall) goja.Value {
		pass, salt := a.copyBytes(call.Argument(0)), a.copyBytes(call.Argument(1))
		n, r, p, keylen := arg(call, 2), arg(call, 3), arg(call, 4), arg(call, 5)
		return a.run(call.Argument(6), func() ([]byte, error) {
			if keylen == 0 {
				return []byte{}, nil
			}
			return scrypt.Key(pass, salt, n, r, p, keylen)
		})
	})

	a.cipherBinding()
	a.keyBinding()
	a.primeBinding()
	a.dhBinding()
	a.x509Binding()
	a.spkacBinding()
	return a.obj, nil
}

// encodingNumber maps a digest's output encoding to the buffer
// package's codes, 0 for 'buffer' and anything node would not decode.
func encodingNumber(v goja.Value) int {
	if goja.IsUndefined(v) || goja.IsNull(v) {
		return 0
	}
	switch strings.ToLower(v.String()) {
	case "hex":
		return buffer.EncHex
	case "base64":
		return buffer.EncBase64
	case "base64url":
		return buffer.EncBase64URL
	case "latin1", "binary":
		return buffer.EncLatin1
	case "utf8", "utf-8":
		return buffer.EncUTF8
	case "ucs2", "ucs-2", "utf16le", "utf-16le":
		return buffer.EncUCS2
	case "ascii":
		return buffer.EncASCII
	}
	return 0
}

// hashBinding adds the running-hash primitives. A hash or HMAC is a Go
// value the shim holds and passes back, which costs far less than an
// object of closures per hash (createHash runs per request in servers).
func (a *api) hashBinding() {
	vm := a.vm
	get := func(v goja.Value) *hasher {
		h, ok := v.Export().(*hasher)
		if !ok {
			panic(vm.NewTypeError("not a hash handle"))
		}
		return h
	}
	// hashNew(name, outputLength) -> handle, or null for an unknown digest.
	a.set("hashNew", func(call goja.FunctionCall) goja.Value {
		alg := lookupDigest(call.Argument(0).String())
		if alg == nil {
			return goja.Null()
		}
		outLen := -1
		if v := call.Argument(1); !goja.IsUndefined(v) {
			outLen = int(v.ToInteger())
		} else if alg.xof != nil {
			outLen = alg.defLen
		}
		return vm.ToValue(newHasher(alg, outLen))
	})
	// hmacNew(name, key) -> handle, or null for a digest HMAC cannot use.
	a.set("hmacNew", func(call goja.FunctionCall) goja.Value {
		alg := lookupDigest(call.Argument(0).String())
		if alg == nil || alg.new == nil {
			return goja.Null()
		}
		return vm.ToValue(&hasher{alg: alg, h: newHMAC(alg, a.copyBytes(call.Argument(1))), outLen: -1})
	})
	// hashUpdate(h, data): UTF-8 strings go in as they are.
	a.set("hashUpdate", func(call goja.FunctionCall) goja.Value {
		h := get(call.Argument(0))
		if s, ok := call.Argument(1).Export().(string); ok {
			h.write([]byte(s))
		} else {
			h.write(a.bytes(call.Argument(1)))
		}
		return goja.Undefined()
	})
	// hashDigest(h, encoding) -> string, or ArrayBuffer for 'buffer'.
	a.set("hashDigest", func(call goja.FunctionCall) goja.Value {
		sum := get(call.Argument(0)).sum()
		if enc := encodingNumber(call.Argument(1)); enc != 0 {
			return buffer.Decode(vm, sum, enc)
		}
		return a.ab(sum)
	})
	// hashCopy(h, outputLength) -> a handle with a copy of the state.
	a.set("hashCopy", func(call goja.FunctionCall) goja.Value {
		c := get(call.Argument(0)).clone()
		if c == nil {
			panic(vm.NewTypeError("hash state cannot be copied"))
		}
		// A copy takes the XOF's default length unless given one.
		if v := call.Argument(1); !goja.IsUndefined(v) {
			c.outLen = int(v.ToInteger())
		} else if c.xof != nil {
			c.outLen = c.alg.defLen
		}
		return vm.ToValue(c)
	})
}
