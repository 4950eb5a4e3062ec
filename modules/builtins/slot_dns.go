package builtins

import (
	"github.com/gorun-js/gorun/modules"
	"github.com/gorun-js/gorun/modules/dns"
)

// slotDNS lists the built-ins of this slot.
func slotDNS() []modules.Module { return dns.Modules() }
