package builtins

import (
	"github.com/gorun-js/gorun/modules"
	"github.com/gorun-js/gorun/modules/fetch"
)

// slotFetch lists the built-ins of this slot: the Fetch API's internal
// module (fetch, Headers, Request, Response, FormData).
func slotFetch() []modules.Module { return fetch.Modules() }
