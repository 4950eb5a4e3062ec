// Package readline is Node's `readline` and `readline/promises` modules:
// https://nodejs.org/api/readline.html. It is all JS: the Interface reads
// lines from any stream and, on a terminal, edits them (keypress
// decoding, cursor movement, history, kill ring, undo, tab completion).
// The internal modules split it by concept: utils (symbols, the escape
// decoder), callbacks (cursor functions, emitKeypressEvents), interface
// (the Interface core) and edit (the key bindings).
package readline

import (
	_ "embed"

	"github.com/gorun-js/gorun/modules"
)

var (
	//go:embed readline.js
	readlineSource string
	//go:embed promises.js
	promisesSource string
	//go:embed utils.js
	utilsSource string
	//go:embed callbacks.js
	callbacksSource string
	//go:embed interface.js
	interfaceSource string
	//go:embed edit.js
	editSource string
)

var (
	readlineShim  = modules.NewShim("node:readline", readlineSource)
	promisesShim  = modules.NewShim("node:readline/promises", promisesSource)
	utilsShim     = modules.NewShim("node:internal/readline/utils", utilsSource)
	callbacksShim = modules.NewShim("node:internal/readline/callbacks", callbacksSource)
	interfaceShim = modules.NewShim("node:internal/readline/interface", interfaceSource)
	editShim      = modules.NewShim("node:internal/readline/edit", editSource)
)

// Modules declares `readline`, `readline/promises` and the internal
// modules they share.
func Modules() []modules.Module {
	return []modules.Module{
		{Name: "readline", Shim: readlineShim},
		{Name: "readline/promises", Shim: promisesShim},
		{Name: "internal/readline/utils", Shim: utilsShim},
		{Name: "internal/readline/callbacks", Shim: callbacksShim},
		{Name: "internal/readline/interface", Shim: interfaceShim},
		{Name: "internal/readline/edit", Shim: editShim},
	}
}
