package builtins

import (
	"github.com/gorun-js/gorun/modules"
	"github.com/gorun-js/gorun/modules/diagnosticschannel"
	"github.com/gorun-js/gorun/modules/perfhooks"
	"github.com/gorun-js/gorun/modules/utilextra"
)

// slotMisc lists the modules of the misc work in progress: perf_hooks,
// diagnostics_channel, and the internal modules behind util's parseArgs,
// MIMEType and smaller helpers.
func slotMisc() []modules.Module {
	var list []modules.Module
	list = append(list, perfhooks.Modules()...)
	list = append(list, diagnosticschannel.Modules()...)
	list = append(list, utilextra.Modules()...)
	return list
}
