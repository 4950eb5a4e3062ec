// Package builtins is the explicit list of gorun's built-in modules. It
// lives apart from package modules because every module package imports
// modules for its types.
package builtins

import (
	"github.com/gorun-js/gorun/internal/nodeerr/errorsmodule"
	"github.com/gorun-js/gorun/modules"
	"github.com/gorun-js/gorun/modules/asynchooks"
	"github.com/gorun-js/gorun/modules/console"
	"github.com/gorun-js/gorun/modules/events"
	"github.com/gorun-js/gorun/modules/timers"
	"github.com/gorun-js/gorun/modules/util"
)

// List returns every built-in module, in the order module.builtinModules
// reports them. The runtime adds `process` (it needs the runtime's own
// state) and `module` (it needs the loader).
func List() []modules.Module {
	var list []modules.Module
	list = append(list, errorsmodule.Modules()...)
	list = append(list, asynchooks.Module(), console.Module())
	list = append(list, timers.Modules()...)
	list = append(list, events.Modules()...)
	list = append(list, util.Modules()...)
	// Modules being built in parallel each declare themselves in a file
	// of their own here (slots.go) until they are folded into this list.
	for _, slot := range slots {
		list = append(list, slot()...)
	}
	return list
}
