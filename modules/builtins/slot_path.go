package builtins

import "github.com/gorun-js/gorun/modules"

// slotPath lists the modules of the path work in progress.
func slotPath() []modules.Module { return nil }
