// Package http is Node's `http` module on Go's net/http. The server is
// Go's http.Server; the client writes the bytes Node would send on its own
// connections and reads responses with http.ReadResponse. This package
// bridges both to the loop, and the shim (http.js, outgoing.js,
// incoming.js, server.js, agent.js, client.js) builds Node's classes —
// Server, IncomingMessage, OutgoingMessage, ServerResponse, ClientRequest
// and Agent — as ordinary JS classes on `stream` and `events`, so that
// frameworks which replace their prototypes (Express) work.
//
// Threads: Go's server runs each request's handler on its own goroutine;
// the handler posts the request to the loop and then executes the writes
// that JS queues for it (writeHead, write, end) in order, posting each
// completion back. A client connection has a writer goroutine for the
// request bytes and a reader for each response. Bodies are read as
// Node's parser reads them: chunks are pushed while the message's buffer
// has room, and a full buffer stops reading the socket until _read
// (backpressure). Every request in flight holds a loop ref, as does a
// listening server (unless unref()ed) and a busy client connection; idle
// keep-alive connections hold none.
//
// Go's header maps lose the order and case of header names, which Node
// reports in rawHeaders; a thin net.Conn wrapper (rawconn.go) keeps the
// bytes of each header block so the names arrive as sent.
//
// https (modules/https) uses the same server and client with crypto/tls
// on their connections (secure.go): handshakes happen before Go's server
// sees a connection and before a client writes a request, and the
// connection's TLS state reaches JS through modules/tls's Handle.
package http

import (
	_ "embed"
	"strconv"
	"strings"

	"github.com/dop251/goja"

	"github.com/gorun-js/gorun/eventloop"
	"github.com/gorun-js/gorun/modules"
)

//go:embed http.js
var httpSource string

//go:embed outgoing.js
var outgoingSource string

//go:embed incoming.js
var incomingSource string

//go:embed server.js
var serverSource string

//go:embed agent.js
var agentSource string

//go:embed client.js
var clientSource string

//go:embed secure.js
var secureSource string

//go:embed public.js
var publicSource string

var (
	internalShim = modules.NewShimFunc("node:http", func() string {
		return strings.Join([]string{httpSource, outgoingSource, incomingSource, serverSource, agentSource, secureSource, clientSource}, "\n")
	})
	publicShim = modules.NewShim("node:http", publicSource)
)

// legacy are Node's `_http_*` modules: public, undocumented views of the
// http internals that older packages still require.
var legacy = []struct{ name, src string }{
	{"_http_agent", `const h = require('internal/http');
module.exports = { Agent: h.Agent, globalAgent: h.getGlobalAgent() };`},
	{"_http_client", `module.exports = { ClientRequest: require('internal/http').ClientRequest };`},
	{"_http_common", `const h = require('internal/http');
module.exports = {
  _checkInvalidHeaderChar: h.checkInvalidHeaderChar, _checkIsHttpToken: h.checkIsHttpToken,
  chunkExpression: h.chunkExpression, continueExpression: h.continueExpression, CRLF: '\r\n',
  methods: h.METHODS, kIncomingMessage: h.kIncomingMessage,
};`},
	{"_http_incoming", `const h = require('internal/http');
module.exports = { IncomingMessage: h.IncomingMessage, readStart: h.readStart, readStop: h.readStop };`},
	{"_http_outgoing", `const h = require('internal/http');
module.exports = {
  kHighWaterMark: h.kHighWaterMark, kUniqueHeaders: h.kUniqueHeaders,
  validateHeaderName: h.validateHeaderName, validateHeaderValue: h.validateHeaderValue,
  OutgoingMessage: h.OutgoingMessage,
};`},
	{"_http_server", `const h = require('internal/http');
module.exports = {
  STATUS_CODES: h.STATUS_CODES, Server: h.Server, ServerResponse: h.ServerResponse,
  _connectionListener: h.connectionListener, kServerResponse: h.kServerResponse,
  kConnectionsCheckingInterval: h.kConnectionsCheckingInterval,
};`},
}

// Modules declares `http`, the legacy `_http_*` modules and the internal
// module they share.
func Modules() []modules.Module {
	list := []modules.Module{
		{Name: "internal/http", Shim: internalShim, Binding: binding},
		{Name: "http", Shim: publicShim},
	}
	for _, l := range legacy {
		list = append(list, modules.Module{Name: l.name, Shim: modules.NewShim("node:"+l.name, "'use strict';\n"+l.src)})
	}
	return list
}

// state is one runtime's HTTP bridge.
type state struct {
	vm   *goja.Runtime
	loop *eventloop.Loop
}

func binding(c *modules.Context) (*goja.Object, error) {
	s := &state{vm: c.VM, loop: c.Loop}
	b := c.VM.NewObject()
	_ = b.Set("listen", s.listen)
	_ = b.Set("connect", s.connect)

	return b, nil
}

// call runs a JS callback from a posted completion; an exception it throws
// is reported as uncaught, as an event listener's would be in Node.
func (s *state) call(fn goja.Value, args ...goja.Value) {
	if _, ok := goja.AssertFunction(fn); ok {
		s.loop.Call(fn, goja.Undefined(), args)
	}
}

// done returns a completion that calls cb on the loop with the error's
// message, or with no argument on success.
func (s *state) done(cb goja.Value) func(error) {
	return func(err error) {
		if err != nil {
			s.call(cb, s.vm.ToValue(err.Error()))
		} else {
			s.call(cb)
		}
	}
}

// strs returns header text as a JS array, decoding each byte as one
// latin1 character, as Node's parser does.
func (s *state) strs(list []string) goja.Value {
	out := make([]any, len(list))
	for i, v := range list {
		out[i] = fromLatin1(v)
	}
	return s.vm.NewArray(out...)
}

// pairs reads a flat JS array [name, value, name, value…] of header
// lines, as the shim sends them.
func pairs(v goja.Value) []string {
	o, ok := v.(*goja.Object)
	if !ok {
		return nil
	}
	n := int(o.Get("length").ToInteger())
	out := make([]string, n)
	for i := 0; i < n; i++ {
		out[i] = latin1(o.Get(strconv.Itoa(i)).String())
	}
	return out
}

func fromLatin1(s string) string {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			r := make([]rune, len(s))
			for j := 0; j < len(s); j++ {
				r[j] = rune(s[j])
			}
			return string(r)
		}
	}
	return s
}

// latin1 encodes s as Node writes header text: one byte per UTF-16 unit
// (its low byte), so "é" goes out as 0xE9, not as UTF-8.
func latin1(s string) string {
	ascii := true
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			ascii = false
			break
		}
	}
	if ascii {
		return s
	}
	b := make([]byte, 0, len(s))
	for _, r := range s {
		if r > 0xFFFF {
			// a surrogate pair: two units, written as their low bytes
			r -= 0x10000
			b = append(b, byte(0xD800+(r>>10)), byte(0xDC00+(r&0x3FF)))
			continue
		}
		b = append(b, byte(r))
	}
	return string(b)
}
