package builtins

import "github.com/gorun-js/gorun/modules"

// slotTerminal lists the built-ins of this slot.
func slotTerminal() []modules.Module { return nil }
