package builtins

import "github.com/gorun-js/gorun/modules"

// slotChildprocess lists the built-ins of this slot.
func slotChildprocess() []modules.Module { return nil }
