// Package punycode is Node's deprecated `punycode` module:
// https://nodejs.org/api/punycode.html. It is all JS (punycode.js): its
// inputs are short domain labels, and it must keep lone surrogates,
// which a trip through Go strings would lose.
package punycode

import (
	_ "embed"

	"github.com/gorun-js/gorun/modules"
)

//go:embed punycode.js
var source string

var shim = modules.NewShim("node:punycode", source)

// Module declares `punycode`.
func Module() modules.Module {
	return modules.Module{Name: "punycode", Shim: shim}
}
