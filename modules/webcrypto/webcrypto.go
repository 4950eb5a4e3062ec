// Package webcrypto is the Web Crypto surface of Node's `crypto` global
// (https://nodejs.org/api/webcrypto.html): crypto.getRandomValues and
// crypto.randomUUID work, from Go's crypto/rand; Crypto, CryptoKey and
// SubtleCrypto have node's shapes, and SubtleCrypto's methods run in the
// crypto module's internal/crypto/webcrypto, loaded on first use. It is
// the internal module "internal/webcrypto": the runtime exposes it as the
// globals, and require('crypto').webcrypto is the same object.
package webcrypto

import (
	"crypto/rand"
	_ "embed"

	"github.com/dop251/goja"

	"github.com/gorun-js/gorun/modules"
)

//go:embed webcrypto.js
var source string

var shim = modules.NewShim("node:internal/webcrypto", source)

// Module declares "internal/webcrypto".
func Module() modules.Module {
	return modules.Module{Name: "internal/webcrypto", Shim: shim, Binding: binding}
}

func binding(c *modules.Context) (*goja.Object, error) {
	vm := c.VM
	b := vm.NewObject()
	// fill writes n random bytes at offset into ab.
	_ = b.Set("fill", func(ab goja.ArrayBuffer, offset, n int) {
		buf := ab.Bytes()
		if offset < 0 || n < 0 || offset+n > len(buf) {
			panic(vm.NewTypeError("webcrypto: range outside the buffer"))
		}
		if _, err := rand.Read(buf[offset : offset+n]); err != nil {
			panic(vm.NewGoError(err))
		}
	})
	// uuid returns a random RFC 4122 version 4 UUID.
	_ = b.Set("uuid", func() string {
		var u [16]byte
		if _, err := rand.Read(u[:]); err != nil {
			panic(vm.NewGoError(err))
		}
		u[6] = u[6]&0x0f | 0x40
		u[8] = u[8]&0x3f | 0x80
		const hex = "0123456789abcdef"
		out := make([]byte, 0, 36)
		for i, x := range u {
			if i == 4 || i == 6 || i == 8 || i == 10 {
				out = append(out, '-')
			}
			out = append(out, hex[x>>4], hex[x&15])
		}
		return string(out)
	})
	return b, nil
}
