package builtins

import (
	"github.com/gorun-js/gorun/modules"
	"github.com/gorun-js/gorun/modules/https"
	"github.com/gorun-js/gorun/modules/tls"
)

// slotTLS lists the built-ins of this slot: tls and https.
func slotTLS() []modules.Module { return append(tls.Modules(), https.Module()) }
