// Package fetch is the Fetch API node exposes as globals (from undici):
// fetch, Headers, Request, Response and FormData. The classes, body
// handling and the fetch algorithm are a JS shim (headers.js, body.js,
// fetch.js, concatenated into one internal module); the network half is
// Go's net/http client, run on goroutines whose every completion is posted
// to the loop (transport.go), and multipart parsing for
// Body.formData() (multipart.go).
package fetch

import (
	_ "embed"

	"github.com/dop251/goja"

	"github.com/gorun-js/gorun/modules"
)

var (
	//go:embed headers.js
	headersSource string
	//go:embed body.js
	bodySource string
	//go:embed fetch.js
	fetchSource string
)

// ModuleName is the internal module whose exports are fetch, Headers,
// Request, Response and FormData, the globals node defines.
const ModuleName = "internal/deps/undici"

// Globals are the names ModuleName exports that node makes global.
var Globals = []string{"fetch", "FormData", "Headers", "Request", "Response"}

// The three files share one scope: body.js uses headers.js's helpers and
// fetch.js both.
var shim = modules.NewShimFunc("node:internal/deps/undici/undici", func() string {
	return "'use strict';\n" + headersSource + "\n" + bodySource + "\n" + fetchSource
})

// Modules declares the internal module.
func Modules() []modules.Module {
	return []modules.Module{{Name: ModuleName, Shim: shim, Binding: binding}}
}

func binding(c *modules.Context) (*goja.Object, error) {
	vm := c.VM
	b := vm.NewObject()
	s := &state{vm: vm, loop: c.Loop}
	_ = b.Set("request", s.request)
	_ = b.Set("parseMultipart", func(data goja.Value, boundary string) goja.Value {
		return parseMultipart(vm, data, boundary)
	})
	return b, nil
}
