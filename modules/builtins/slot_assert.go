package builtins

import "github.com/gorun-js/gorun/modules"

// slotAssert lists the modules of the assert work in progress.
func slotAssert() []modules.Module { return nil }
