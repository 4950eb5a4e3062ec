package builtins

import "github.com/gorun-js/gorun/modules"

// slotDGram lists the built-ins of this slot.
func slotDGram() []modules.Module { return nil }
