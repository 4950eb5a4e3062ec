package builtins

import "github.com/gorun-js/gorun/modules"

// slotBuffer lists the modules of the buffer work in progress.
func slotBuffer() []modules.Module { return nil }
