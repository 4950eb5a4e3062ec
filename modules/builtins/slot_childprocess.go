package builtins

import (
	"github.com/gorun-js/gorun/modules"
	"github.com/gorun-js/gorun/modules/childprocess"
)

// slotChildprocess lists the built-ins of this slot.
func slotChildprocess() []modules.Module { return childprocess.Modules() }
