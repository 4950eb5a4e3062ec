package builtins

import "github.com/gorun-js/gorun/modules"

// slotMisc lists the modules of the misc work in progress.
func slotMisc() []modules.Module { return nil }
