package builtins

import (
	"github.com/gorun-js/gorun/modules"
	"github.com/gorun-js/gorun/modules/dgram"
)

// slotDGram lists the built-ins of this slot.
func slotDGram() []modules.Module { return dgram.Modules() }
