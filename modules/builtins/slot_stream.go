package builtins

import "github.com/gorun-js/gorun/modules"

// slotStream lists the built-ins of this slot.
func slotStream() []modules.Module { return nil }
