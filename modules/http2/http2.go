// Package http2 is node:http2: its constants and settings helpers
// (getDefaultSettings, getPackedSettings, getUnpackedSettings). Sessions,
// servers and the compatibility API throw ERR_NOT_IMPLEMENTED.
package http2

import (
	_ "embed"

	"github.com/dop251/goja"

	"github.com/gorun-js/gorun/modules"
)

//go:embed http2.js
var src string

// constantsJSON is node's http2.constants, recorded by gen_constants.js.
//
//go:embed constants.json
var constantsJSON string

var shim = modules.NewShim("node:http2", src)

// Module declares node:http2.
func Module() modules.Module {
	return modules.Module{
		Name: "http2",
		Shim: shim,
		Binding: func(c *modules.Context) (*goja.Object, error) {
			o := c.VM.NewObject()
			if err := o.Set("constantsJSON", constantsJSON); err != nil {
				return nil, err
			}
			return o, nil
		},
	}
}
