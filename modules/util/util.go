// Package util is Node's `util` module (and `util/types`): inspect, format,
// the type predicates, promisify and friends.
//
// goja_nodejs has a util module, but it only implements format with a few
// verbs and no inspect; console, assert and every error message depend on
// util.inspect printing exactly what Node prints, so this package is a
// complete JS implementation of Node 20's algorithm with a small Go binding
// (binding.go) for what goja does not reveal to JS: internal types, proxy
// targets, promise states and iterator contents.
//
// The shim is split by concept into several files that are concatenated,
// in the order of shimFiles, into one module body.
package util

import (
	"embed"
	"strings"

	"github.com/gorun-js/gorun/modules"
)

//go:embed *.js
var shimFS embed.FS

// shimFiles are the shim's parts in evaluation order: helpers first, then
// inspect from leaves (text) to the top (formatValue), then what uses it.
var shimFiles = []string{
	"errors.js",
	"inspect_text.js",
	"inspect.js",
	"inspect_names.js",
	"inspect_values.js",
	"inspect_errors.js",
	"inspect_layout.js",
	"format.js",
	"types.js",
	"comparisons.js",
	"util.js",
}

func shimSource(files []string) string {
	var sb strings.Builder
	for _, f := range files {
		b, err := shimFS.ReadFile(f)
		if err != nil {
			panic("util: missing embedded shim file " + f) // broken build
		}
		sb.WriteString("\n// --- " + f + " ---\n")
		sb.Write(b)
	}
	return sb.String()
}

const internalsOf = "require('util')[Symbol.for('gorun.util.internals')]"

var (
	utilShim        = modules.NewShimFunc("node:util", func() string { return shimSource(shimFiles) })
	typesShim       = modules.NewShim("node:util/types", "module.exports = require('util').types;")
	inspectShim     = modules.NewShim("node:internal/util/inspect", "module.exports = "+internalsOf+".inspect;")
	comparisonsShim = modules.NewShim("node:internal/util/comparisons", "module.exports = "+internalsOf+".comparisons;")
)

// Module declares `util`.
func Module() modules.Module {
	return modules.Module{Name: "util", Shim: utilShim, Binding: newBinding}
}

// TypesModule declares `util/types`, which Node exposes as the same object
// as require('util').types.
func TypesModule() modules.Module {
	return modules.Module{Name: "util/types", Shim: typesShim}
}

// InspectModule declares `internal/util/inspect` for other built-ins:
// inspect, format, formatWithOptions, inspectDefaultOptions,
// stripVTControlCharacters, getStringWidth, identicalSequenceRange and
// isError, the same functions `util` uses, and markModuleNamespace(obj),
// with which the ESM loader makes an object print and type-check as a
// module namespace.
func InspectModule() modules.Module {
	return modules.Module{Name: "internal/util/inspect", Shim: inspectShim}
}

// ComparisonsModule declares `internal/util/comparisons`: isDeepEqual and
// isDeepStrictEqual with Node's rules, for assert.
func ComparisonsModule() modules.Module {
	return modules.Module{Name: "internal/util/comparisons", Shim: comparisonsShim}
}

// Modules lists every built-in this package provides, for modules/builtins.
func Modules() []modules.Module {
	return []modules.Module{Module(), TypesModule(), InspectModule(), ComparisonsModule()}
}
