// Package path is Node's `path`, `path/posix` and `path/win32` modules:
// https://nodejs.org/api/path.html. The scans run in Go on the strings'
// UTF-16 units (a character loop in goja costs ~400ns a unit, ten times a
// call into Go); path.js validates arguments and builds the module.
package path

import (
	_ "embed"

	"github.com/gorun-js/gorun/modules"
)

//go:embed path.js
var source string

var shim = modules.NewShim("node:path", source)

// The subpath modules are views of the one path object, as in Node where
// require('path/posix') === require('path').posix.
var (
	posixShim = modules.NewShim("node:path/posix", "module.exports = require('path').posix;")
	win32Shim = modules.NewShim("node:path/win32", "module.exports = require('path').win32;")
)

// Modules declares `path`, `path/posix` and `path/win32`.
func Modules() []modules.Module {
	return []modules.Module{
		{Name: "path", Shim: shim, Binding: binding},
		{Name: "path/posix", Shim: posixShim},
		{Name: "path/win32", Shim: win32Shim},
	}
}
