package builtins

import "github.com/gorun-js/gorun/modules"

// slots are the module lists of work in progress, one file each
// (slot_<name>.go), so that parallel changes never edit the same file.
var slots = []func() []modules.Module{
	slotPath, slotAssert, slotBuffer, slotURL, slotMisc,
}
