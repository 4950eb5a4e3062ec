package builtins

import "github.com/gorun-js/gorun/modules"

// slotStreamops lists the built-ins of this slot.
func slotStreamops() []modules.Module { return nil }
