package builtins

import (
	"github.com/gorun-js/gorun/modules"
	"github.com/gorun-js/gorun/modules/v8"
	"github.com/gorun-js/gorun/modules/vm"
	"github.com/gorun-js/gorun/modules/webcrypto"
	"github.com/gorun-js/gorun/modules/workerthreads"
)

// slotExtras lists the built-ins of this slot.
func slotExtras() []modules.Module {
	return []modules.Module{vm.Module(), v8.Module(), workerthreads.Module(), webcrypto.Module()}
}
