package builtins

import "github.com/gorun-js/gorun/modules"

// slotZlib lists the built-ins of this slot.
func slotZlib() []modules.Module { return nil }
