package builtins

import "github.com/gorun-js/gorun/modules"

// slotDomain lists the built-ins of this slot.
func slotDomain() []modules.Module { return nil }
