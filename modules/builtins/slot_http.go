package builtins

import (
	"github.com/gorun-js/gorun/modules"
	"github.com/gorun-js/gorun/modules/http"
)

// slotHTTP lists the built-ins of this slot.
func slotHTTP() []modules.Module { return http.Modules() }
