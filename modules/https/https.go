// Package https is Node's `https` module: a shim over modules/http, whose
// Go server and client run crypto/tls on their connections
// (modules/http/secure.go) configured from tls's SecureContext and
// checked by modules/tls with node's verify codes. The shim builds
// node's Server (an http Server listening with TLS), Agent (pooling by
// getName with the TLS options), request and get (README.md).
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
