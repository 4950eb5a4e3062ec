package http

import (
	"context"
	"crypto/tls"
	"errors"
	"io"
	"log"
	"net"
	"net/http"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/dop251/goja"

	"github.com/gorun-js/gorun/eventloop"
	"github.com/gorun-js/gorun/internal/nodeerr"
	tlsmod "github.com/gorun-js/gorun/modules/tls"
)

// server is one listening http.Server. Its handle keeps the loop alive
// while it listens (unless unref()ed); each request in flight holds a
// loop ref of its own, so close() lets running requests finish, as in
// Node.
type server struct {
	s *state
	h *eventloop.Handle
	// ev delivers the server's events in the async context of listen()
	// (as Node's requests run in their server's); it holds no ref.
	ev  *eventloop.Handle
	ln  net.Listener
	srv *http.Server
	// JS callbacks, set at listen: onconnection(id, remoteAddress,
	// remotePort, localAddress, localPort, family), onrequest(exchange),
	// onconnclose(id), onclose().
	onConn, onRequest, onConnClose, onClose goja.Value
	// tls is set for an https server (secure.go); onClientError reports
	// its failed handshakes.
	tls           *tlsServer
	onClientError goja.Value

	mu     sync.Mutex
	conns  map[net.Conn]*connInfo
	nextID int64
	closed bool
	// reported is set once 'close' has been posted.
	reported bool
	closing  *eventloop.Handle
}

type connInfo struct {
	id   int64
	idle bool
	// endWhenIdle: socket.end() was called mid-response; the connection
	// closes once that response is out, as a flushed net.Socket#end does.
	endWhenIdle bool
}

type connKey struct{}

var errClosed = errors.New("connection closed")

// listen opens a listener as net.Server#listen would and serves HTTP on
// it. It returns the server's control object, or Node's error (for
// example EADDRINUSE) as a value for the shim to emit.
func (s *state) listen(o *goja.Object) goja.Value {
	vm := s.vm
	host := o.Get("host").String()
	port := int(o.Get("port").ToInteger())
	ln, err := net.Listen("tcp", net.JoinHostPort(host, strconv.Itoa(port)))
	if err != nil {
		addr := host
		if addr == "" {
			addr = "::"
		}
		return nodeerr.HostPort(vm, err, "listen", addr, port, true)
	}
	ms := func(name string) time.Duration {
		v := o.Get(name)
		if v == nil || goja.IsUndefined(v) {
			return 0
		}
		return time.Duration(v.ToInteger()) * time.Millisecond
	}
	sv := &server{
		s: s, h: s.loop.NewHandle(), ev: s.loop.NewHandle(), ln: ln, conns: map[net.Conn]*connInfo{},
		onConn: o.Get("onconnection"), onRequest: o.Get("onrequest"),
		onConnClose: o.Get("onconnclose"), onClose: o.Get("onclose"),
	}
	sv.ev.Unref()
	sv.srv = &http.Server{
		Handler:           sv,
		ReadHeaderTimeout: ms("headersTimeout"),
		IdleTimeout:       ms("keepAliveTimeout"),
		MaxHeaderBytes:    int(o.Get("maxHeaderSize").ToInteger()),
		ConnContext: func(ctx context.Context, c net.Conn) context.Context {
			return context.WithValue(ctx, connKey{}, c)
		},
		ConnState: sv.connState,
		// Go logs accept and handler errors; Node reports them as events
		// or not at all.
		ErrorLog:    log.New(io.Discard, "", 0),
		ReadTimeout: ms("requestTimeout"),
	}
	var served net.Listener = ln
	if t, ok := o.Get("tls").(*goja.Object); ok {
		sv.tls = sv.tlsServerOf(t)
		sv.onClientError = o.Get("onclienterror")
		served = newTLSListener(ln, sv, sv.tls)
	}
	go func() { _ = sv.srv.Serve(recordingListener{served}) }()

	ctl := vm.NewObject()
	_ = ctl.Set("address", func() goja.Value {
		a, _ := ln.Addr().(*net.TCPAddr)
		if a == nil {
			return goja.Null()
		}
		r := vm.NewObject()
		ip, family := addrFamily(a.IP)
		_ = r.Set("address", ip)
		_ = r.Set("family", family)
		_ = r.Set("port", a.Port)
		return r
	})
	_ = ctl.Set("close", sv.close)
	_ = ctl.Set("ref", func() { sv.h.Ref() })
	_ = ctl.Set("unref", func() { sv.h.Unref() })
	_ = ctl.Set("closeAllConnections", func() { sv.closeConns(false) })
	_ = ctl.Set("closeIdleConnections", func() { sv.closeConns(true) })
	_ = ctl.Set("closeConnection", func(id int64) { sv.closeConn(id) })
	_ = ctl.Set("endConnection", func(id int64) { sv.endConn(id) })
	return ctl
}

// addrFamily formats an IP as Node's address() does.
func addrFamily(ip net.IP) (string, string) {
	if ip == nil || ip.IsUnspecified() && ip.To4() == nil {
		return "::", "IPv6"
	}
	if v4 := ip.To4(); v4 != nil && !strings.Contains(ip.String(), ":") {
		return v4.String(), "IPv4"
	}
	return ip.String(), "IPv6"
}

// post delivers a server event on the loop. Every event is delivered,
// even one that arrives after the server's last connection closed.
func (sv *server) post(fn func()) {
	if !sv.ev.Post(fn) {
		sv.s.loop.Post(fn)
	}
}

func (sv *server) connState(c net.Conn, st http.ConnState) {
	switch st {
	case http.StateNew:
		sv.mu.Lock()
		sv.nextID++
		id := sv.nextID
		// A connection that has not sent a request yet is not idle:
		// node's closeIdleConnections (and close()) leave it open.
		sv.conns[c] = &connInfo{id: id}
		sv.mu.Unlock()
		ra, _ := c.RemoteAddr().(*net.TCPAddr)
		la, _ := c.LocalAddr().(*net.TCPAddr)
		tc := tlsOf(c)
		sv.post(func() {
			vm := sv.s.vm
			rip, family := sv.peerAddr(ra.IP)
			lip, _ := sv.peerAddr(la.IP)
			// An https connection carries its TLS state (secure.go).
			secure := goja.Undefined()
			if tc != nil && sv.tls != nil {
				st := tc.ConnectionState()
				secure = tlsmod.Handle(vm, func() *tls.ConnectionState { return &st }, sv.tls.ctx)
			}
			sv.s.call(sv.onConn, vm.ToValue(id), vm.ToValue(rip), vm.ToValue(ra.Port),
				vm.ToValue(lip), vm.ToValue(la.Port), vm.ToValue(family), secure)
		})
	case http.StateActive, http.StateIdle:
		sv.mu.Lock()
		if ci := sv.conns[c]; ci != nil {
			ci.idle = st == http.StateIdle
		}
		closing := st == http.StateIdle && (sv.closed || sv.conns[c] != nil && sv.conns[c].endWhenIdle)
		sv.mu.Unlock()
		if closing {
			_ = c.Close()
		}
	case http.StateClosed, http.StateHijacked:
		sv.mu.Lock()
		ci := sv.conns[c]
		delete(sv.conns, c)
		sv.mu.Unlock()
		if ci != nil {
			sv.post(func() { sv.s.call(sv.onConnClose, sv.s.vm.ToValue(ci.id)) })
		}
		sv.maybeDone()
	}
}

// peerAddr formats a connection's address as Node does: on a dual-stack
// listener (bound to ::) IPv4 peers read as IPv4-mapped IPv6.
func (sv *server) peerAddr(ip net.IP) (string, string) {
	if la, ok := sv.ln.Addr().(*net.TCPAddr); ok && la.IP.IsUnspecified() && la.IP.To4() == nil {
		if v4 := ip.To4(); v4 != nil {
			return "::ffff:" + v4.String(), "IPv6"
		}
	}
	return addrFamily(ip)
}

func (sv *server) connID(c net.Conn) int64 {
	sv.mu.Lock()
	defer sv.mu.Unlock()
	if ci := sv.conns[c]; ci != nil {
		return ci.id
	}
	return 0
}

// close stops accepting and closes idle connections (Node >= 19 does);
// 'close' is reported once the connections still serving a request have
// finished it. Go's Shutdown is not used: it would answer the requests
// in flight with "Connection: close", which Node does not.
func (sv *server) close() {
	sv.mu.Lock()
	if sv.closed {
		sv.mu.Unlock()
		return
	}
	sv.closed = true
	// 'close' is reported in the context close() was called in, as
	// Node's is; it keeps the loop alive only if the server did.
	sv.closing = sv.s.loop.NewHandle()
	if !sv.h.HasRef() {
		sv.closing.Unref()
	}
	sv.h.Close()
	sv.mu.Unlock()
	_ = sv.ln.Close()
	sv.closeConns(true)
	sv.maybeDone()
}

// maybeDone reports 'close' once the server is closed and no connection
// is left.
func (sv *server) maybeDone() {
	sv.mu.Lock()
	done := sv.closed && len(sv.conns) == 0 && !sv.reported
	if done {
		sv.reported = true
	}
	sv.mu.Unlock()
	if done {
		sv.closing.Post(func() {
			sv.closing.Close()
			sv.ev.Close()
			sv.s.call(sv.onClose)
		})
	}
}

// connByID finds a connection by the id JS knows it by; sv.mu is held.
func (sv *server) connByID(id int64) (net.Conn, *connInfo) {
	for c, ci := range sv.conns {
		if ci.id == id {
			return c, ci
		}
	}
	return nil, nil
}

// closeConn is socket.destroy(): the connection closes now.
func (sv *server) closeConn(id int64) {
	sv.mu.Lock()
	conn, _ := sv.connByID(id)
	sv.mu.Unlock()
	if conn != nil {
		_ = conn.Close()
	}
}

// endConn is socket.end(): the connection closes once the response in
// progress, if any, is out.
func (sv *server) endConn(id int64) {
	sv.mu.Lock()
	conn, ci := sv.connByID(id)
	if ci != nil && !ci.idle {
		ci.endWhenIdle = true
		conn = nil
	}
	sv.mu.Unlock()
	if conn != nil {
		_ = conn.Close()
	}
}

func (sv *server) closeConns(idleOnly bool) {
	sv.mu.Lock()
	var list []net.Conn
	for c, ci := range sv.conns {
		if !idleOnly || ci.idle {
			list = append(list, c)
		}
	}
	sv.mu.Unlock()
	for _, c := range list {
		_ = c.Close()
	}
}

// ServeHTTP hands one request to the loop and then runs, in order, the
// writes JS queues for its response, until end.
func (sv *server) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	l := sv.s.loop
	rc := http.NewResponseController(w)
	// Node reads a request body and writes the response at the same time
	// (echo servers, uploads with early replies).
	_ = rc.EnableFullDuplex()
	conn, _ := r.Context().Value(connKey{}).(net.Conn)
	var raw []string
	ok := false
	if rconn, isRaw := conn.(*rawConn); isRaw {
		raw, ok = rconn.take(r.Method + " " + r.RequestURI + " " + r.Proto)
	}
	if !ok {
		raw = mapHeaders(r.Host, r.Header)
	}
	ex := &exchange{
		sv: sv, w: w, r: r, rc: rc, raw: raw, q: newOpQueue(),
		connID: sv.connID(conn), body: newPump(r.Body), conn: conn,
	}
	// A request without a body is complete at once. (Go's buffered
	// reader is out of reach, so a body, however small, is streamed: it
	// may not have arrived yet.)
	if len(r.TransferEncoding) == 0 {
		ex.pre, ex.ended, _ = readSmall(r.Body, r.ContentLength, 0)
	}
	l.Ref()
	sv.post(func() { sv.deliver(ex) })
	ex.run()
}

// exchange is one request and its response, server side.
type exchange struct {
	sv     *server
	w      http.ResponseWriter
	r      *http.Request
	rc     *http.ResponseController
	raw    []string
	q      *opQueue
	connID int64
	body   *pump
	conn   net.Conn
	js     *goja.Object
	// pre and ended: the body when it was read with the request.
	pre   []byte
	ended bool
	// finished is set once the response has ended: Go then owns what is
	// left of the request body (it drains it for keep-alive), so a read
	// failing after that is the body's end, not an error.
	finished atomic.Bool
}

func (ex *exchange) run() {
	sv := ex.sv
	l := sv.s.loop
	ctx := ex.r.Context()
	aborted := false
loop:
	for {
		select {
		case <-ex.q.wake:
			for _, o := range ex.q.next() {
				err := ex.do(o)
				done := o.done
				if o.kind == opEnd {
					ex.finished.Store(true)
					left := ex.q.close()
					sv.post(func() {
						if done != nil {
							done(err)
						}
						fail(left)
					})
					break loop
				}
				if done != nil {
					sv.post(func() { done(err) })
				}
			}
		case <-ctx.Done():
			aborted = true
			left := ex.q.close()
			sv.post(func() { fail(left) })
			break loop
		}
	}
	ex.body.close()
	sv.post(func() {
		l.Unref()
		if aborted && ex.js != nil {
			ex.sv.s.call(ex.js.Get("onabort"))
		}
	})
}

// fail reports orders that can no longer run.
func fail(ops []op) {
	for _, o := range ops {
		if o.done != nil {
			o.done(errClosed)
		}
	}
}

// canonical keys are the header names Go itself reads when it frames a
// message; every other name is written exactly as JS spelled it.
var canonical = map[string]string{
	"content-length":    "Content-Length",
	"transfer-encoding": "Transfer-Encoding",
	"connection":        "Connection",
	"content-type":      "Content-Type",
	"date":              "Date",
	"trailer":           "Trailer",
	"host":              "Host",
}

func headerKey(name string) string {
	if k, ok := canonical[strings.ToLower(name)]; ok {
		return k
	}
	return name
}

func (ex *exchange) do(o op) error {
	switch o.kind {
	case opHead:
		h := ex.w.Header()
		for i := 0; i+1 < len(o.headers); i += 2 {
			k := headerKey(o.headers[i])
			h[k] = append(h[k], o.headers[i+1])
		}
		// The shim decides Date and Content-Type, as Node does; Go would
		// add its own.
		for _, k := range []string{"Date", "Content-Type"} {
			if _, ok := h[k]; !ok {
				h[k] = nil
			}
		}
		ex.w.WriteHeader(o.status)
		return nil
	case opWrite:
		if len(o.data) > 0 {
			if _, err := ex.w.Write(o.data); err != nil && !errors.Is(err, http.ErrBodyNotAllowed) {
				return err
			}
		}
		return ignoreNotAllowed(ex.rc.Flush())
	case opFlush:
		return ignoreNotAllowed(ex.rc.Flush())
	case opEnd:
		if len(o.data) > 0 {
			if _, err := ex.w.Write(o.data); err != nil && !errors.Is(err, http.ErrBodyNotAllowed) {
				return err
			}
		}
		h := ex.w.Header()
		for i := 0; i+1 < len(o.headers); i += 2 {
			k := http.TrailerPrefix + o.headers[i]
			h[k] = append(h[k], o.headers[i+1])
		}
	}
	return nil
}

func ignoreNotAllowed(err error) error {
	if errors.Is(err, http.ErrBodyNotAllowed) {
		return nil
	}
	return err
}

// deliver builds the exchange's JS object and passes it to onrequest.
func (sv *server) deliver(ex *exchange) {
	vm := sv.s.vm
	r := ex.r
	o := vm.NewObject()
	_ = o.Set("method", r.Method)
	_ = o.Set("url", fromLatin1(r.RequestURI))
	_ = o.Set("versionMajor", r.ProtoMajor)
	_ = o.Set("versionMinor", r.ProtoMinor)
	_ = o.Set("rawHeaders", sv.s.strs(ex.raw))
	_ = o.Set("connection", ex.connID)
	setBody(vm, o, ex.pre, ex.ended)
	ex.pre = nil
	ex.bind(o)
	sv.s.call(sv.onRequest, o)
}
