package builtins

import "github.com/gorun-js/gorun/modules"

// slotCrypto lists the built-ins of this slot.
func slotCrypto() []modules.Module { return nil }
