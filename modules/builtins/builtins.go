// Package builtins is the explicit list of gorun's built-in modules. It
// lives apart from package modules because every module package imports
// modules for its types.
package builtins

import (
	"github.com/gorun-js/gorun/internal/nodeerr/errorsmodule"
	"github.com/gorun-js/gorun/modules"
	"github.com/gorun-js/gorun/modules/assert"
	"github.com/gorun-js/gorun/modules/asynchooks"
	"github.com/gorun-js/gorun/modules/buffer"
	"github.com/gorun-js/gorun/modules/console"
	"github.com/gorun-js/gorun/modules/diagnosticschannel"
	"github.com/gorun-js/gorun/modules/events"
	"github.com/gorun-js/gorun/modules/fs"
	"github.com/gorun-js/gorun/modules/http2"
	"github.com/gorun-js/gorun/modules/legacy"
	"github.com/gorun-js/gorun/modules/net"
	"github.com/gorun-js/gorun/modules/os"
	"github.com/gorun-js/gorun/modules/path"
	"github.com/gorun-js/gorun/modules/perfhooks"
	"github.com/gorun-js/gorun/modules/punycode"
	"github.com/gorun-js/gorun/modules/querystring"
	"github.com/gorun-js/gorun/modules/stringdecoder"
	"github.com/gorun-js/gorun/modules/timers"
	"github.com/gorun-js/gorun/modules/tty"
	"github.com/gorun-js/gorun/modules/url"
	"github.com/gorun-js/gorun/modules/util"
	"github.com/gorun-js/gorun/modules/utilextra"
)

// List returns every built-in module, in the order module.builtinModules
// reports them. The runtime adds `process` (it needs the runtime's own
// state) and `module` (it needs the loader).
func List() []modules.Module {
	var list []modules.Module
	for _, group := range [][]modules.Module{
		errorsmodule.Modules(),
		assert.Modules(),
		{asynchooks.Module()},
		buffer.Modules(),
		{console.Module()},
		diagnosticschannel.Modules(),
		events.Modules(),
		fs.Modules(),
		{http2.Module()},
		legacy.Modules(),
		{os.Module()},
		{net.Module()},
		path.Modules(),
		perfhooks.Modules(),
		{punycode.Module(), querystring.Module(), stringdecoder.Module()},
		timers.Modules(),
		{tty.Module()},
		url.Modules(),
		util.Modules(),
		utilextra.Modules(),
		slotStream(), slotStreamops(), slotZlib(), slotChildprocess(), slotTerminal(), slotExtras(), slotCrypto(), slotNodetest(), slotHTTP(), slotDNS(), slotTLS(), slotDGram(), slotDomain(), slotFetch(),
	} {
		list = append(list, group...)
	}
	return list
}
