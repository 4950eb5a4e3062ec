// Package diagnosticschannel is Node's `diagnostics_channel` module:
// named channels with subscribers and bound stores, and tracing channels
// (traceSync, tracePromise, traceCallback). It is all JS; a store bound
// with bindStore is any object with a run(context, fn) method, such as
// AsyncLocalStorage, so runStores works with or without async_hooks.
package diagnosticschannel

import (
	_ "embed"

	"github.com/gorun-js/gorun/modules"
)

//go:embed diagnostics_channel.js
var source string

var shim = modules.NewShim("node:diagnostics_channel", source)

// Module declares `diagnostics_channel`.
func Module() modules.Module {
	return modules.Module{Name: "diagnostics_channel", Shim: shim}
}

// Modules declares every module of this package.
func Modules() []modules.Module { return []modules.Module{Module()} }
