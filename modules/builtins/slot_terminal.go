package builtins

import (
	"github.com/gorun-js/gorun/modules"
	"github.com/gorun-js/gorun/modules/process"
	"github.com/gorun-js/gorun/modules/readline"
)

// slotTerminal lists the built-ins of this slot: readline, and the
// internal modules behind process.stdin/stdout/stderr (process and tty
// themselves are in the main list).
func slotTerminal() []modules.Module {
	return append(readline.Modules(), process.StdioModules()...)
}
