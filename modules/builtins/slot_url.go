package builtins

import "github.com/gorun-js/gorun/modules"

// slotURL lists the modules of the url work in progress.
func slotURL() []modules.Module { return nil }
