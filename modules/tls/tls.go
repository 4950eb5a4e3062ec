// Package tls is Node's `tls` module on Go's crypto/tls.
//
// As in node, a TLSSocket is a net.Socket whose handle encrypts over
// another stream (node's TLSWrap over a StreamBase): the Go half (conn.go)
// runs crypto/tls over a pipe (pipe.go) whose ciphertext travels through
// the JS transport — a net.Socket from tls.connect or a server's
// connection, or any Duplex passed as `socket`. Certificate checks are
// gorun's (cert.go), so node's verify codes (DEPTH_ZERO_SELF_SIGNED_CERT…),
// `authorized`/`authorizationError` and rejectUnauthorized: false work;
// crypto/tls itself never rejects a peer. The shim (tls.js) builds
// TLSSocket, Server, SecureContext and the helpers.
package tls

import (
	"crypto/tls"
	"crypto/x509"
	_ "embed"
	"errors"
	"io"
	"sort"
	"strings"

	"github.com/dop251/goja"

	"github.com/gorun-js/gorun/eventloop"
	"github.com/gorun-js/gorun/internal/nodeerr"
	"github.com/gorun-js/gorun/modules"
	"github.com/gorun-js/gorun/modules/buffer"
)

//go:embed tls.js
var source string

//go:embed socket.js
var socketSource string

//go:embed server.js
var serverSource string

// shim is tls.js with the TLSSocket and Server halves appended: one
// module scope, split into files by class.
var shim = modules.NewShimFunc("node:tls", func() string {
	return source + "\n" + socketSource + "\n" + serverSource
})

// Module declares `tls`.
func Module() modules.Module {
	return modules.Module{Name: "tls", Shim: shim, Binding: binding}
}

// insecureShim is shared by tls.connect and https' Agent (modules/http):
// node warns once per process about NODE_TLS_REJECT_UNAUTHORIZED=0,
// whichever of them connects first. kSecureStandIn marks https' socket
// stand-ins, which tls.TLSSocket's instanceof accepts.
var insecureShim = modules.NewShim("node:internal/tls/insecure", `'use strict';
exports.kSecureStandIn = Symbol('kSecureStandIn');
let warned = false;
exports.allowUnauthorized = function allowUnauthorized() {
  const allow = process.env.NODE_TLS_REJECT_UNAUTHORIZED === '0';
  if (allow && !warned) {
    warned = true;
    process.emitWarning('Setting the NODE_TLS_REJECT_UNAUTHORIZED environment variable to \'0\' ' +
      'makes TLS connections and HTTPS requests insecure by disabling certificate verification.');
  }
  return allow;
};
`)

// Modules declares `tls` and the internal module it shares with https.
func Modules() []modules.Module {
	return []modules.Module{Module(), {Name: "internal/tls/insecure", Shim: insecureShim}}
}

func binding(c *modules.Context) (*goja.Object, error) {
	vm, l := c.VM, c.Loop
	b := vm.NewObject()
	set := func(name string, fn any) { _ = b.Set(name, fn) }
	set("createContext", func(o *goja.Object) goja.Value {
		sc, err := newSecureContext(contextOptions{
			CA: strs(o.Get("ca")), Certs: strs(o.Get("cert")), Keys: strs(o.Get("key")),
			Passphrase: strs(o.Get("passphrase")),
			MinVersion: o.Get("minVersion").String(), MaxVersion: o.Get("maxVersion").String(),
		})
		if err != nil {
			panic(vm.NewGoError(err))
		}
		return vm.ToValue(sc)
	})
	set("rootCertificates", func() []string { return rootCertificates() })
	set("ciphers", func() []string {
		var out []string
		for _, s := range append(tls.CipherSuites(), tls.InsecureCipherSuites()...) {
			if n, ok := cipherNames[s.ID]; ok {
				out = append(out, strings.ToLower(n))
			}
		}
		sort.Strings(out)
		return out
	})
	// wrap(context, options) returns the handle of one TLS connection;
	// options: isServer, servername, ALPNProtocols, requestCert, SNI.
	set("wrap", func(ctxv goja.Value, o *goja.Object) *goja.Object {
		sc, _ := ctxv.Export().(*secureContext)
		if sc == nil {
			sc = &secureContext{}
		}
		return wrap(vm, l, sc, o)
	})
	return b, nil
}

// strs reads a string or an array of strings (the shim turns Buffers into
// strings first).
func strs(v goja.Value) []string {
	if v == nil || goja.IsUndefined(v) || goja.IsNull(v) {
		return nil
	}
	switch x := v.Export().(type) {
	case string:
		return []string{x}
	case []any:
		var out []string
		for _, e := range x {
			if s, ok := e.(string); ok {
				out = append(out, s)
			}
		}
		return out
	}
	return nil
}

func configFor(sc *secureContext) *tls.Config {
	return &tls.Config{
		Certificates: sc.certs,
		MinVersion:   sc.minVersion,
		MaxVersion:   sc.maxVersion,
		// Every peer is checked by verifyChain after the handshake, so
		// that rejectUnauthorized: false and node's error codes work.
		InsecureSkipVerify: true,
	}
}

func wrap(vm *goja.Runtime, l *eventloop.Loop, sc *secureContext, o *goja.Object) *goja.Object {
	h := vm.NewObject()
	server := truthy(o, "isServer")
	cfg := configFor(sc)
	cfg.NextProtos = strs(o.Get("ALPNProtocols"))
	if sn := o.Get("servername"); sn != nil && !goja.IsUndefined(sn) && !goja.IsNull(sn) {
		cfg.ServerName = sn.String()
	}
	if server && truthy(o, "requestCert") {
		cfg.ClientAuth = tls.RequestClientCert
	}
	p := newPipe()
	c := newConn(l, p, cfg, server)
	call := func(name string, args ...goja.Value) { l.Call(h.Get(name), h, args) }
	active := sc
	if server && truthy(o, "SNI") {
		// SNICallback runs on the loop; the handshake goroutine waits.
		cfg.GetConfigForClient = func(hello *tls.ClientHelloInfo) (*tls.Config, error) {
			// As OpenSSL's servername callback, only a client that
			// sends a name is asked about.
			if hello.ServerName == "" {
				return nil, nil
			}
			type result struct {
				sc  *secureContext
				err error
			}
			ch := make(chan result, 1)
			if !c.h.Post(func() {
				done := func(call goja.FunctionCall) goja.Value {
					if e := call.Argument(0); !goja.IsUndefined(e) && !goja.IsNull(e) {
						ch <- result{err: errors.New(e.String())}
						return goja.Undefined()
					}
					x, _ := call.Argument(1).Export().(*secureContext)
					ch <- result{sc: x}
					return goja.Undefined()
				}
				call("onsni", vm.ToValue(hello.ServerName), vm.ToValue(done))
			}) {
				return nil, errPipeClosed
			}
			select {
			case r := <-ch:
				if r.err != nil {
					return nil, r.err
				}
				if r.sc == nil {
					return nil, nil
				}
				active = r.sc
				nc := cfg.Clone()
				nc.GetConfigForClient = nil
				nc.Certificates = r.sc.certs
				return nc, nil
			case <-p.quit:
				return nil, errPipeClosed
			}
		}
	}
	// The peer is checked inside the handshake, as OpenSSL's verify
	// callback does, so a rejected peer gets an alert rather than a
	// finished handshake: on the client by the shim's onverify (chain,
	// then checkServerIdentity, which may be the user's), on a server
	// with requestCert and rejectUnauthorized by verifyChain alone.
	rejectClients := server && truthy(o, "requestCert") && truthy(o, "rejectUnauthorized")
	cfg.VerifyConnection = func(cs tls.ConnectionState) error {
		c.mu.Lock()
		c.state = &cs
		c.mu.Unlock()
		if server {
			if rejectClients {
				if ve := verifyChain(cs.PeerCertificates, active.roots); ve != nil {
					return errors.New(ve.message)
				}
			}
			return nil
		}
		ch := make(chan bool, 1)
		if !c.h.Post(func() {
			var reject bool
			defer func() { ch <- reject }()
			fn, ok := goja.AssertFunction(h.Get("onverify"))
			if !ok {
				return
			}
			v, err := fn(h)
			reject = err != nil || v.ToBoolean()
		}) {
			return errPipeClosed
		}
		select {
		case reject := <-ch:
			if reject {
				return errRejected
			}
			return nil
		case <-p.quit:
			return errPipeClosed
		}
	}
	p.send = func(data []byte, done func(error)) bool {
		return c.h.Post(func() {
			cb := func(call goja.FunctionCall) goja.Value {
				if e := call.Argument(0); !goja.IsUndefined(e) && !goja.IsNull(e) {
					done(errors.New(e.String()))
				} else {
					done(nil)
				}
				return goja.Undefined()
			}
			call("ontransportwrite", vm.ToValue(vm.NewArrayBuffer(data)), vm.ToValue(cb))
		})
	}
	p.resume = func() { c.h.Post(func() { call("ontransportresume") }) }
	c.onData = func(b []byte) { call("onread", vm.ToValue(vm.NewArrayBuffer(b))) }
	c.onEnd = func() { call("onend") }
	c.onError = func(err error) { call("onerror", vm.ToValue(err.Error())) }
	// Completions pass 0 or a negative errno, as net's handle does: a
	// write that fails because the transport went away is EPIPE.
	doneOf := func(cb goja.Value) func(error) {
		return func(err error) {
			errno := 0
			if err != nil {
				errno = nodeerr.ErrnoOf("EPIPE")
			}
			l.Call(cb, h, []goja.Value{vm.ToValue(errno)})
		}
	}
	set := func(name string, fn any) { _ = h.Set(name, fn) }
	set("feed", func(data goja.Value) bool { return p.feed(buffer.BytesOf(vm, data)) })
	set("feedEnd", p.end)
	// start(cb): cb(null) once the handshake is done, or cb(message,
	// eof) — eof says the transport ended first (node's ECONNRESET).
	set("start", func(cb goja.Value) {
		c.start(func(err error) {
			if err == nil {
				l.Call(cb, h, []goja.Value{goja.Null()})
				return
			}
			// The peer went away, or refused us with an alert (a client
			// rejecting our certificate, a server whose SNICallback or
			// ALPN failed): node reports ECONNRESET for both.
			var alert tls.AlertError
			eof := errors.Is(err, io.EOF) || errors.Is(err, io.ErrUnexpectedEOF) || errors.Is(err, errPipeClosed) ||
				errors.As(err, &alert) || strings.Contains(err.Error(), "remote error")
			l.Call(cb, h, []goja.Value{vm.ToValue(err.Error()), vm.ToValue(eof)})
		})
	})
	set("readStart", c.readStart)
	set("readStop", c.readStop)
	set("write", func(data goja.Value, cb goja.Value) int {
		c.write(append([]byte(nil), buffer.BytesOf(vm, data)...), doneOf(cb))
		return 1
	})
	set("shutdown", func(cb goja.Value) { c.shutdown(doneOf(cb)) })
	set("close", func(reset bool, cb goja.Value) {
		c.close()
		if _, ok := goja.AssertFunction(cb); ok {
			l.Ref()
			l.Post(func() {
				l.Unref()
				l.Call(cb, goja.Undefined(), nil)
			})
		}
	})
	set("ref", func() { c.setRef(true) })
	set("unref", func() { c.setRef(false) })
	set("hasRef", func() bool {
		c.mu.Lock()
		defer c.mu.Unlock()
		return c.userRef
	})
	set("bufferSize", c.pending)
	set("info", func() goja.Value { return goja.Null() })
	// After the handshake: the negotiated state.
	set("protocol", func() goja.Value {
		st := c.tc.ConnectionState()
		if !st.HandshakeComplete {
			return goja.Null()
		}
		return vm.ToValue(versionName(st.Version))
	})
	set("cipher", func() goja.Value {
		st := c.tc.ConnectionState()
		if !st.HandshakeComplete {
			return goja.Null()
		}
		return vm.ToValue(cipherInfo(&st))
	})
	set("alpn", func() goja.Value {
		st := c.tc.ConnectionState()
		if st.NegotiatedProtocol == "" {
			return vm.ToValue(false)
		}
		return vm.ToValue(st.NegotiatedProtocol)
	})
	set("servername", func() goja.Value {
		st := c.tc.ConnectionState()
		if st.ServerName == "" {
			return vm.ToValue(false)
		}
		return vm.ToValue(st.ServerName)
	})
	set("peerCertificates", func() goja.Value {
		var out []any
		for _, pc := range c.peerCertificates() {
			out = append(out, jsCertInfo(vm, pc))
		}
		return vm.ToValue(out)
	})
	set("localCertificate", func() goja.Value {
		certs := active.certs
		if len(certs) == 0 || certs[0].Leaf == nil {
			return goja.Null()
		}
		return vm.ToValue(jsCertInfo(vm, certs[0].Leaf))
	})
	// verify(): null when the peer's chain is trusted, else {code,
	// message}; a server without a client certificate gets node's
	// UNABLE_TO_GET_ISSUER_CERT.
	set("verify", func() goja.Value {
		chain, ve := verifiedChain(c.peerCertificates(), active.roots)
		if ve == nil {
			c.mu.Lock()
			c.verified = chain
			c.mu.Unlock()
			return goja.Null()
		}
		return vm.ToValue(map[string]any{"code": ve.code, "message": ve.message})
	})
	return h
}

// jsCertInfo is certInfo with the DER fields as ArrayBuffers, which the
// shim wraps in Buffers without copying.
func jsCertInfo(vm *goja.Runtime, c *x509.Certificate) map[string]any {
	m := certInfo(c)
	for _, k := range []string{"raw", "pubkey"} {
		if b, ok := m[k].([]byte); ok {
			m[k] = vm.NewArrayBuffer(b)
		}
	}
	return m
}

// errRejected fails a handshake whose peer the shim refused.
var errRejected = errors.New("tls: peer certificate rejected")

// truthy reads a boolean option; absent is false.
func truthy(o *goja.Object, name string) bool {
	v := o.Get(name)
	return v != nil && v.ToBoolean()
}
