package builtins

import "github.com/gorun-js/gorun/modules"

// slotNodetest lists the built-ins of this slot.
func slotNodetest() []modules.Module { return nil }
