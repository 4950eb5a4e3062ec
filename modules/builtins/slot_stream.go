package builtins

import (
	"github.com/gorun-js/gorun/modules"
	"github.com/gorun-js/gorun/modules/stream"
)

// slotStream lists the built-ins of this slot.
func slotStream() []modules.Module { return stream.Modules() }
