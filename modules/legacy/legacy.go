// Package legacy holds Node's deprecated alias modules: `sys` (util, with
// DEP0025 on first require) and `constants` (os, fs and crypto constants
// in one frozen object, DEP0008 being documentation-only).
package legacy

import (
	"github.com/gorun-js/gorun/modules"
)

var sysShim = modules.NewShim("node:sys", `
process.emitWarning('sys is deprecated. Use util instead.', 'DeprecationWarning', 'DEP0025');
module.exports = require('util');
`)

var constantsShim = modules.NewShim("node:constants", `
const os = require('os').constants;
// Node builds it from the internal binding, where crypto's constants lack
// the defaultCipherList that crypto.constants adds.
const { defaultCipherList, ...crypto } = require('crypto').constants;
module.exports = Object.freeze(Object.assign({}, os.dlopen, os.errno, os.priority, os.signals,
  require('fs').constants, crypto));
`)

// Modules declares `sys` and `constants`.
func Modules() []modules.Module {
	return []modules.Module{
		{Name: "sys", Shim: sysShim},
		{Name: "constants", Shim: constantsShim},
	}
}
