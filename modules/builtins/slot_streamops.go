package builtins

import (
	"github.com/gorun-js/gorun/modules"
	"github.com/gorun-js/gorun/modules/streamops"
)

// slotStreamops lists the built-ins of this slot.
func slotStreamops() []modules.Module { return streamops.Modules() }
