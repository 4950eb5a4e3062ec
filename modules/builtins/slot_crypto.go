package builtins

import (
	"github.com/gorun-js/gorun/modules"
	"github.com/gorun-js/gorun/modules/crypto"
)

// slotCrypto lists the built-ins of this slot.
func slotCrypto() []modules.Module { return crypto.Modules() }
