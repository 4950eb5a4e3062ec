package builtins

import (
	"github.com/gorun-js/gorun/modules"
	"github.com/gorun-js/gorun/modules/os"
	"github.com/gorun-js/gorun/modules/path"
	"github.com/gorun-js/gorun/modules/punycode"
	"github.com/gorun-js/gorun/modules/querystring"
	"github.com/gorun-js/gorun/modules/tty"
)

// slotPath lists the modules of the path work in progress: path,
// querystring, punycode, os and tty.
func slotPath() []modules.Module {
	var list []modules.Module
	list = append(list, path.Modules()...)
	list = append(list, querystring.Module())
	list = append(list, punycode.Module())
	list = append(list, os.Module())
	list = append(list, tty.Module())
	return list
}
