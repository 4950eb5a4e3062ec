// Package net is the part of Node's `net` module that needs no sockets:
// the IP address checks (isIP, isIPv4, isIPv6), which packages such as
// Express load `net` for. Sockets, servers, BlockList and SocketAddress
// are not implemented yet: their constructors and factories throw
// ERR_NOT_IMPLEMENTED (see README.md). HTTP does not need them: `http`
// builds on Go's net/http directly.
package net

import (
	_ "embed"
	"net/netip"

	"github.com/dop251/goja"

	"github.com/gorun-js/gorun/modules"
)

//go:embed net.js
var source string

var shim = modules.NewShim("node:net", source)

// Module declares `net`.
func Module() modules.Module {
	return modules.Module{Name: "net", Shim: shim, Binding: binding}
}

func binding(c *modules.Context) (*goja.Object, error) {
	b := c.VM.NewObject()
	_ = b.Set("ipFamily", func(call goja.FunctionCall) goja.Value {
		s, ok := call.Argument(0).Export().(string)
		if !ok {
			return c.VM.ToValue(0)
		}
		return c.VM.ToValue(IPFamily(s))
	})
	return b, nil
}

// IPFamily returns 4 or 6 when s is an IPv4 or IPv6 address as Node's
// net.isIP accepts it (dotted decimal without leading zeros; IPv6 with an
// optional zone, which must not be empty), else 0.
func IPFamily(s string) int {
	a, err := netip.ParseAddr(s)
	if err != nil {
		return 0
	}
	if a.Is4() {
		return 4
	}
	return 6
}
