// Package utilextra holds the parts of Node's `util` that util's own shim
// loads only when they are first used: parseArgs, MIMEType/MIMEParams,
// getSystemErrorName/getSystemErrorMap, aborted and the transferable
// AbortSignal helpers. Each group is an internal module, so a program that
// never touches them never compiles them:
//
//	internal/util/parse_args  { parseArgs }
//	internal/mime             { MIMEType, MIMEParams }
//	internal/util/extras      { aborted, getSystemErrorMap, getSystemErrorName,
//	                            transferableAbortController, transferableAbortSignal }
package utilextra

import (
	_ "embed"

	"github.com/gorun-js/gorun/modules"
)

//go:embed parse_args.js
var parseArgsSource string

//go:embed mime.js
var mimeSource string

//go:embed extras.js
var extrasSource string

var (
	parseArgsShim = modules.NewShim("node:internal/util/parse_args", parseArgsSource)
	mimeShim      = modules.NewShim("node:internal/mime", mimeSource)
	extrasShim    = modules.NewShim("node:internal/util/extras", extrasSource)
)

// Modules declares the internal modules util draws on.
func Modules() []modules.Module {
	return []modules.Module{
		{Name: "internal/util/parse_args", Shim: parseArgsShim},
		{Name: "internal/mime", Shim: mimeShim},
		{Name: "internal/util/extras", Shim: extrasShim},
	}
}
