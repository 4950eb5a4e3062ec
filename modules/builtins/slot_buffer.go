package builtins

import (
	"github.com/gorun-js/gorun/modules"
	"github.com/gorun-js/gorun/modules/buffer"
	"github.com/gorun-js/gorun/modules/stringdecoder"
)

// slotBuffer lists the modules of the buffer work in progress.
func slotBuffer() []modules.Module {
	return append(buffer.Modules(), stringdecoder.Module())
}
