package tls

import (
	"crypto/tls"
	"crypto/x509"
	"sync"

	"github.com/dop251/goja"
)

// Context is the Go half of a JS SecureContext (the `context` property of
// what tls.createSecureContext returns), for modules that run crypto/tls
// on their own connections: https serves and dials through modules/http,
// whose HTTP runs on Go's net/http rather than on a TLSSocket.
type Context struct{ sc *secureContext }

// ContextOf returns the Context behind a SecureContext's `context`
// value; nil when v is not one (an empty context is valid for clients:
// no certificate, the system's roots).
func ContextOf(v goja.Value) *Context {
	if v == nil || goja.IsUndefined(v) || goja.IsNull(v) {
		return nil
	}
	sc, _ := v.Export().(*secureContext)
	if sc == nil {
		return nil
	}
	return &Context{sc: sc}
}

// Config returns crypto/tls settings with the context's certificates and
// protocol range. crypto/tls verifies no peer (InsecureSkipVerify): the
// caller checks the chain with Verify, so that node's verify codes and
// rejectUnauthorized: false work as they do for TLSSocket.
func (c *Context) Config() *tls.Config {
	if c == nil {
		return configFor(&secureContext{})
	}
	return configFor(c.sc)
}

// VerifyError is an OpenSSL verify result as node reports it: Code is
// X509_V_ERR_* without its prefix (DEPTH_ZERO_SELF_SIGNED_CERT…) and
// Message node's text for it ("self-signed certificate").
type VerifyError struct{ Code, Message string }

// Verify checks a peer's chain (leaf first) against the context's CA, or
// the system's roots when it has none, without the host name (node checks
// that afterwards with checkServerIdentity). It returns the chain up to
// the trusted root, or why it is not trusted.
func (c *Context) Verify(chain []*x509.Certificate) ([]*x509.Certificate, *VerifyError) {
	var roots *x509.CertPool
	if c != nil {
		roots = c.sc.roots
	}
	verified, ve := verifiedChain(chain, roots)
	if ve != nil {
		return nil, &VerifyError{Code: ve.code, Message: ve.message}
	}
	return verified, nil
}

// Handle returns, for a crypto/tls connection, the methods a TLSSocket's
// handle offers the shim's getters (protocol, cipher, alpn, servername,
// peerCertificates, localCertificate, verify), so that another module's
// socket can borrow TLSSocket.prototype's getPeerCertificate,
// getProtocol, getCipher… as they are. state reads the connection's
// state when asked: inside the handshake (VerifyConnection) it is what
// crypto/tls passed there, since tls.Conn.ConnectionState would wait for
// the handshake to finish. ctx is the context the connection was made
// with (its CA verifies the peer).
func Handle(vm *goja.Runtime, state func() *tls.ConnectionState, ctx *Context) *goja.Object {
	if ctx == nil {
		ctx = &Context{sc: &secureContext{}}
	}
	h := vm.NewObject()
	set := func(name string, fn any) { _ = h.Set(name, fn) }
	var mu sync.Mutex
	var verified []*x509.Certificate
	set("protocol", func() goja.Value {
		st := state()
		if st == nil || st.Version == 0 {
			return goja.Null()
		}
		return vm.ToValue(versionName(st.Version))
	})
	set("cipher", func() goja.Value {
		st := state()
		if st == nil || st.CipherSuite == 0 {
			return goja.Null()
		}
		return vm.ToValue(cipherInfo(st))
	})
	set("alpn", func() goja.Value {
		st := state()
		if st == nil || st.NegotiatedProtocol == "" {
			return vm.ToValue(false)
		}
		return vm.ToValue(st.NegotiatedProtocol)
	})
	set("servername", func() goja.Value {
		st := state()
		if st == nil || st.ServerName == "" {
			return vm.ToValue(false)
		}
		return vm.ToValue(st.ServerName)
	})
	set("peerCertificates", func() goja.Value {
		mu.Lock()
		list := verified
		mu.Unlock()
		if st := state(); list == nil && st != nil {
			list = st.PeerCertificates
		}
		out := make([]any, 0, len(list))
		for _, pc := range list {
			out = append(out, jsCertInfo(vm, pc))
		}
		return vm.ToValue(out)
	})
	set("localCertificate", func() goja.Value {
		certs := ctx.sc.certs
		if len(certs) == 0 || certs[0].Leaf == nil {
			return goja.Null()
		}
		return vm.ToValue(jsCertInfo(vm, certs[0].Leaf))
	})
	// verify(): null when the peer's chain is trusted, else {code,
	// message}, as the TLSSocket handle's.
	set("verify", func() goja.Value {
		var peer []*x509.Certificate
		if st := state(); st != nil {
			peer = st.PeerCertificates
		}
		chain, ve := ctx.Verify(peer)
		if ve != nil {
			return vm.ToValue(map[string]any{"code": ve.Code, "message": ve.Message})
		}
		mu.Lock()
		verified = chain
		mu.Unlock()
		return goja.Null()
	})
	return h
}
