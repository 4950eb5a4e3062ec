package builtins

import "github.com/gorun-js/gorun/modules"

// slotExtras lists the built-ins of this slot.
func slotExtras() []modules.Module { return nil }
