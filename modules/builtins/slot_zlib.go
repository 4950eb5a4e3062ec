package builtins

import (
	"github.com/gorun-js/gorun/modules"
	"github.com/gorun-js/gorun/modules/zlib"
)

// slotZlib lists the built-ins of this slot.
func slotZlib() []modules.Module { return zlib.Modules() }
