package http

import (
	"context"
	"crypto/tls"
	"errors"
	"io"
	"net"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/dop251/goja"

	tlsmod "github.com/gorun-js/gorun/modules/tls"
)

// HTTPS: node's https.Server is a tls.Server whose secure connections
// feed the HTTP parser, and its Agent dials with tls.connect. Here Go's
// net/http serves and the client reads responses, so TLS runs in Go on
// those connections with crypto/tls, configured from the JS
// SecureContext and checked by modules/tls (node's verify codes). The
// connection state reaches JS as a handle that TLSSocket.prototype's
// getters read (tlsmod.Handle).

// tlsServer is what listen's `tls` option asks for.
type tlsServer struct {
	ctx              *tlsmod.Context
	cfg              *tls.Config
	handshakeTimeout time.Duration
}

// verifyFailure fails a handshake whose peer was refused; the server
// reports it on 'tlsClientError' with node's code.
type verifyFailure struct{ *tlsmod.VerifyError }

func (v verifyFailure) Error() string { return v.Message }

// tlsServerOf reads listen's `tls` option: context (a SecureContext's Go
// half), requestCert, rejectUnauthorized, ALPNProtocols,
// handshakeTimeout and SNICallback(servername, cb(err, ctx)).
func (sv *server) tlsServerOf(o *goja.Object) *tlsServer {
	ctx := tlsmod.ContextOf(o.Get("context"))
	cfg := ctx.Config()
	cfg.NextProtos = strsOf(o.Get("ALPNProtocols"))
	ts := &tlsServer{ctx: ctx, cfg: cfg}
	if v := o.Get("handshakeTimeout"); v != nil && !goja.IsUndefined(v) {
		ts.handshakeTimeout = time.Duration(v.ToInteger()) * time.Millisecond
	}
	requestCert := truthy(o, "requestCert")
	if requestCert {
		cfg.ClientAuth = tls.RequestClientCert
		if truthy(o, "rejectUnauthorized") {
			// Checked inside the handshake, as OpenSSL's verify callback
			// does: a refused client gets an alert.
			cfg.VerifyConnection = func(cs tls.ConnectionState) error {
				if _, ve := ctx.Verify(cs.PeerCertificates); ve != nil {
					return verifyFailure{ve}
				}
				return nil
			}
		}
	}
	if sni, ok := goja.AssertFunction(o.Get("SNICallback")); ok {
		cfg.GetConfigForClient = sv.sniConfig(sni, cfg)
	}
	return ts
}

// sniConfig runs the SNICallback on the loop while the handshake
// goroutine waits for the context it picks.
func (sv *server) sniConfig(fn goja.Callable, base *tls.Config) func(*tls.ClientHelloInfo) (*tls.Config, error) {
	vm := sv.s.vm
	return func(hello *tls.ClientHelloInfo) (*tls.Config, error) {
		// As OpenSSL's servername callback, only a client that sends a
		// name is asked about.
		if hello.ServerName == "" {
			return nil, nil
		}
		type result struct {
			ctx *tlsmod.Context
			err error
		}
		ch := make(chan result, 1)
		sv.post(func() {
			var once sync.Once
			done := func(call goja.FunctionCall) goja.Value {
				once.Do(func() {
					if e := call.Argument(0); !goja.IsUndefined(e) && !goja.IsNull(e) {
						ch <- result{err: errors.New(e.String())}
						return
					}
					var ctx *tlsmod.Context
					if c, ok := call.Argument(1).(*goja.Object); ok {
						ctx = tlsmod.ContextOf(c.Get("context"))
					}
					ch <- result{ctx: ctx}
				})
				return goja.Undefined()
			}
			if _, err := fn(goja.Undefined(), vm.ToValue(hello.ServerName), vm.ToValue(done)); err != nil {
				once.Do(func() { ch <- result{err: err} })
			}
		})
		select {
		case r := <-ch:
			if r.err != nil || r.ctx == nil {
				return nil, r.err
			}
			nc := base.Clone()
			nc.GetConfigForClient = nil
			nc.Certificates = r.ctx.Config().Certificates
			return nc, nil
		case <-hello.Context().Done():
			return nil, hello.Context().Err()
		}
	}
}

// tlsListener hands Go's http.Server only connections whose handshake is
// done, as node's https.Server parses HTTP only after
// 'secureConnection'; each handshake runs on its own goroutine, so a slow
// client holds up no other. Failures are reported to JS
// ('tlsClientError').
type tlsListener struct {
	net.Listener
	sv    *server
	ts    *tlsServer
	conns chan net.Conn
	done  chan struct{}
	once  sync.Once
}

func newTLSListener(ln net.Listener, sv *server, ts *tlsServer) *tlsListener {
	l := &tlsListener{Listener: ln, sv: sv, ts: ts, conns: make(chan net.Conn), done: make(chan struct{})}
	go l.acceptLoop()
	return l
}

func (l *tlsListener) acceptLoop() {
	for {
		c, err := l.Listener.Accept()
		if err != nil {
			var ne net.Error
			if errors.As(err, &ne) && ne.Timeout() {
				continue
			}
			_ = l.Close()
			return
		}
		go l.handshake(c)
	}
}

func (l *tlsListener) handshake(c net.Conn) {
	tc := tls.Server(c, l.ts.cfg)
	if l.ts.handshakeTimeout > 0 {
		_ = c.SetDeadline(time.Now().Add(l.ts.handshakeTimeout))
	}
	err := tc.HandshakeContext(context.Background())
	_ = c.SetDeadline(time.Time{})
	if err != nil {
		_ = c.Close()
		l.sv.clientError(err, c)
		return
	}
	select {
	case l.conns <- tc:
	case <-l.done:
		_ = tc.Close()
	}
}

// Accept returns the next connection whose handshake succeeded.
func (l *tlsListener) Accept() (net.Conn, error) {
	select {
	case c := <-l.conns:
		return c, nil
	case <-l.done:
		return nil, net.ErrClosed
	}
}

// Close stops accepting; handshakes under way end by themselves.
func (l *tlsListener) Close() error {
	var err error
	l.once.Do(func() {
		close(l.done)
		err = l.Listener.Close()
	})
	return err
}

// clientError reports a failed handshake as node's tlsClientError:
// onclienterror(kind, message, code, info) with kind "timeout" (the
// client took longer than handshakeTimeout), "eof" (it went away: node's
// ECONNRESET "socket hang up"), "verify" (its certificate was refused:
// code is node's) or "ssl".
func (sv *server) clientError(err error, c net.Conn) {
	kind, code := "ssl", ""
	var ne net.Error
	var vf verifyFailure
	switch {
	case errors.As(err, &vf):
		kind, code = "verify", vf.Code
	case errors.As(err, &ne) && ne.Timeout():
		kind = "timeout"
	case errors.Is(err, io.EOF) || errors.Is(err, io.ErrUnexpectedEOF) || errors.Is(err, net.ErrClosed) ||
		strings.Contains(err.Error(), "connection reset"):
		kind = "eof"
	}
	msg := err.Error()
	if vf.VerifyError != nil {
		msg = vf.Message
	}
	ra, _ := c.RemoteAddr().(*net.TCPAddr)
	la, _ := c.LocalAddr().(*net.TCPAddr)
	sv.post(func() {
		vm := sv.s.vm
		info := vm.NewObject()
		if ra != nil && la != nil {
			rip, family := sv.peerAddr(ra.IP)
			lip, _ := sv.peerAddr(la.IP)
			_ = info.Set("remoteAddress", rip)
			_ = info.Set("remoteFamily", family)
			_ = info.Set("remotePort", ra.Port)
			_ = info.Set("localAddress", lip)
			_ = info.Set("localPort", la.Port)
		}
		sv.s.call(sv.onClientError, vm.ToValue(kind), vm.ToValue(msg), vm.ToValue(code), info)
	})
}

// tlsOf is the TLS connection under a server connection, if any.
func tlsOf(c net.Conn) *tls.Conn {
	if rc, ok := c.(*rawConn); ok {
		c = rc.Conn
	}
	tc, _ := c.(*tls.Conn)
	return tc
}

// clientTLS is what connect's `tls` option asks for: context, servername.
func clientTLS(o *goja.Object) (*tlsmod.Context, *tls.Config) {
	ctx := tlsmod.ContextOf(o.Get("context"))
	cfg := ctx.Config()
	if sn := o.Get("servername"); sn != nil && !goja.IsUndefined(sn) && !goja.IsNull(sn) {
		cfg.ServerName = sn.String()
	}
	cfg.NextProtos = strsOf(o.Get("ALPNProtocols"))
	return ctx, cfg
}

// handshakeError is the value JS turns into node's error for a client
// handshake that failed: {tls: message, eof, rejected}. eof: the server
// went away (node's ECONNRESET "Client network socket disconnected
// before secure TLS connection was established"); rejected: JS refused
// the server (its verify error is the one to report).
func handshakeError(vm *goja.Runtime, err error, rejected bool) goja.Value {
	var alert tls.AlertError
	eof := errors.Is(err, io.EOF) || errors.Is(err, io.ErrUnexpectedEOF) || errors.As(err, &alert) ||
		strings.Contains(err.Error(), "remote error") || strings.Contains(err.Error(), "connection reset")
	o := vm.NewObject()
	_ = o.Set("tls", err.Error())
	_ = o.Set("eof", eof)
	_ = o.Set("rejected", rejected)
	return o
}

// strsOf reads a string array option.
func strsOf(v goja.Value) []string {
	o, ok := v.(*goja.Object)
	if !ok {
		return nil
	}
	n := int(o.Get("length").ToInteger())
	out := make([]string, 0, n)
	for i := 0; i < n; i++ {
		out = append(out, o.Get(strconv.Itoa(i)).String())
	}
	return out
}

// truthy reads a boolean option; absent is false.
func truthy(o *goja.Object, name string) bool {
	v := o.Get(name)
	return v != nil && v.ToBoolean()
}
