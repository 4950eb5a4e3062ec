package builtins

import (
	"github.com/gorun-js/gorun/modules"
	"github.com/gorun-js/gorun/modules/domain"
)

// slotDomain lists the built-ins of this slot.
func slotDomain() []modules.Module { return domain.Modules() }
