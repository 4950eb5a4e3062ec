// Package net is Node's `net` module: TCP and Unix-domain sockets and
// servers on Go's net package, and the IP address checks.
//
// The Go half (socket.go, bind.go) owns connections: a reader goroutine
// per socket posts data to the loop and parks while the JS stream is full
// (readStop), a writer goroutine writes in order and posts each
// completion, and an accept goroutine per server posts connections. Every
// socket and server holds an eventloop.Handle from creation to close, so
// it keeps the process alive unless unref'd, and nothing is delivered
// after close; fd.go adopts descriptors (listen({ fd }), Socket({ fd })).
// The shim (net.js, socket.js, connect.js, server.js) builds Node's
// Socket (a stream.Duplex) and Server (an EventEmitter) as function
// constructors, as node's are, so packages may subclass or call them;
// connect.js holds node's happy eyeballs. BlockList and SocketAddress
// parse and match addresses in Go (blocklist.go) behind node's classes
// (blocklist.js).
package net

import (
	_ "embed"
	"net/netip"

	"github.com/dop251/goja"

	"github.com/gorun-js/gorun/modules"
)

//go:embed net.js
var source string

//go:embed socket.js
var socketSource string

//go:embed server.js
var serverSource string

//go:embed connect.js
var connectSource string

//go:embed blocklist.js
var blocklistSource string

//go:embed exports.js
var exportsSource string

// shim is net.js with the Socket, Server and BlockList parts and the
// exports appended: one module scope, split into files by class.
var shim = modules.NewShimFunc("node:net", func() string {
	return source + "\n" + socketSource + "\n" + connectSource + "\n" + serverSource + "\n" + blocklistSource + "\n" + exportsSource
})

// Module declares `net`.
func Module() modules.Module {
	return modules.Module{Name: "net", Shim: shim, Binding: binding}
}

func binding(c *modules.Context) (*goja.Object, error) {
	vm := c.VM
	b := vm.NewObject()
	_ = b.Set("ipFamily", func(call goja.FunctionCall) goja.Value {
		s, ok := call.Argument(0).Export().(string)
		if !ok {
			return vm.ToValue(0)
		}
		return vm.ToValue(IPFamily(s))
	})
	bindSockets(c, b)
	bindBlockList(vm, b)
	return b, nil
}

// IPFamily returns 4 or 6 when s is an IPv4 or IPv6 address as Node's
// net.isIP accepts it (dotted decimal without leading zeros; IPv6 with an
// optional zone of letters, digits, '-', '.' and ':'), else 0.
func IPFamily(s string) int {
	a, err := netip.ParseAddr(s)
	if err != nil {
		return 0
	}
	if a.Is4() {
		return 4
	}
	// node accepts a zone of [0-9a-zA-Z-.:] only (internal/net's IPv6Reg).
	for _, r := range a.Zone() {
		if !(r >= '0' && r <= '9' || r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r == '-' || r == '.' || r == ':') {
			return 0
		}
	}
	return 6
}
