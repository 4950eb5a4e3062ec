package builtins

import (
	"github.com/gorun-js/gorun/modules"
	"github.com/gorun-js/gorun/modules/nodetest"
)

// slotNodetest lists the built-ins of this slot.
func slotNodetest() []modules.Module { return nodetest.Modules() }
