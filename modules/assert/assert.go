// Package assert is Node's `assert` and `assert/strict` modules: the
// assertion functions, AssertionError with Node 20's messages and diffs,
// and the deprecated CallTracker.
//
// The shim is all JS (assertion_error.js, calltracker.js, assert.js,
// concatenated in that order); deep equality comes from
// internal/util/comparisons, the same code util.isDeepStrictEqual uses.
// The Go binding does one thing JS cannot do cheaply: for `assert(x)`
// without a message, Node quotes the source of the failing call, which it
// finds by reading the caller's file and parsing around the call site;
// here goja's own parser does that (source.go).
package assert

import (
	"embed"
	"strings"

	"github.com/dop251/goja"

	"github.com/gorun-js/gorun/modules"
)

//go:embed *.js
var shimFS embed.FS

// shimFiles are the shim's parts in evaluation order: the error class,
// then CallTracker which throws it, then the assertions.
var shimFiles = []string{"assertion_error.js", "calltracker.js", "assert.js"}

func shimSource() string {
	var sb strings.Builder
	for _, f := range shimFiles {
		b, err := shimFS.ReadFile(f)
		if err != nil {
			panic("assert: missing embedded shim file " + f) // broken build
		}
		sb.WriteString("\n// --- " + f + " ---\n")
		sb.Write(b)
	}
	return sb.String()
}

var (
	shim       = modules.NewShimFunc("node:assert", shimSource)
	strictShim = modules.NewShim("node:assert/strict", "module.exports = require('assert').strict;")
)

// Module declares `assert`.
func Module() modules.Module {
	return modules.Module{Name: "assert", Shim: shim, Binding: binding}
}

// Modules declares `assert` and `assert/strict` (the same object as
// require('assert').strict).
func Modules() []modules.Module {
	return []modules.Module{Module(), {Name: "assert/strict", Shim: strictShim}}
}

func binding(c *modules.Context) (*goja.Object, error) {
	vm := c.VM
	var cwd func() string
	if c.Host != nil {
		cwd = c.Host.Cwd
	}
	// The last file parsed: a test file with several failing call sites
	// is read and parsed once while it does not change.
	var last *parsedSource
	var lastName string
	b := vm.NewObject()
	// callSource(file, line, column) returns [startColumn, text] for the
	// call expression at that position of file, or undefined when the
	// file cannot be read or parsed.
	_ = b.Set("callSource", func(name string, line, col int) goja.Value {
		src, ok := readSource(name, cwd)
		if !ok {
			return goja.Undefined()
		}
		if last == nil || lastName != name || last.src != src {
			last, lastName = parseSource(src), name
		}
		text, start, ok := last.call(line, col)
		if !ok {
			return goja.Undefined()
		}
		return vm.NewArray(start, text)
	})
	return b, nil
}
