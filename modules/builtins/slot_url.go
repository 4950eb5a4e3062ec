package builtins

import (
	"github.com/gorun-js/gorun/modules"
	"github.com/gorun-js/gorun/modules/url"
)

// slotURL lists the modules of the url work in progress.
func slotURL() []modules.Module { return url.Modules() }
