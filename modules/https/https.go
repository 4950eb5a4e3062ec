// Package https is Node's `https` module, step 1: node's surface with a
// real Agent and globalAgent; request, get, createServer and Server throw
// ERR_NOT_IMPLEMENTED until modules/http can run over TLS (README.md).
package https

import (
	_ "embed"

	"github.com/gorun-js/gorun/modules"
)

//go:embed https.js
var source string

var shim = modules.NewShim("node:https", source)

// Module declares `https`.
func Module() modules.Module {
	return modules.Module{Name: "https", Shim: shim}
}
