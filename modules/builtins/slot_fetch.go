package builtins

import "github.com/gorun-js/gorun/modules"

// slotFetch lists the built-ins of this slot.
func slotFetch() []modules.Module { return nil }
