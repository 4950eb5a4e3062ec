package builtins

import (
	"github.com/gorun-js/gorun/modules"
	"github.com/gorun-js/gorun/modules/assert"
)

// slotAssert lists the modules of the assert work in progress.
func slotAssert() []modules.Module { return assert.Modules() }
