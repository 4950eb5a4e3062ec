package http

import (
	"bufio"
	"context"
	"crypto/tls"
	"errors"
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
	"github.com/gorun-js/gorun/modules/buffer"
	tlsmod "github.com/gorun-js/gorun/modules/tls"
)

// clientConn is one client connection, the Go side of an Agent's socket.
// JS writes the request bytes exactly as Node renders them (header block,
// chunk framing), so names keep their case and order; Go's
// http.ReadResponse parses each response. The Agent in JS decides when a
// connection is reused, as Node's does; an idle connection is watched so
// that a server closing it is noticed, and it does not keep the loop
// alive (Node unrefs free sockets).
type clientConn struct {
	s *state
	h *eventloop.Handle
	// js holds the connection's callbacks; ctl is the control object JS
	// holds, on which the response being read sets ondata and onend.
	js, ctl *goja.Object
	q       *opQueue

	mu     sync.Mutex
	conn   *rawConn
	br     *bufio.Reader
	closed bool
	// watching is closed when the idle watcher has stopped.
	watching chan struct{}
	resp     *http.Response
	body     *pump
	// writes counts queued writes whose completion is not yet posted;
	// drained is signalled when it falls to zero.
	writes  atomic.Int32
	drained chan struct{}
	// responses counts the responses read (readResponse), so that a
	// late watch for one of them yields to the next.
	responses int
	// https only: tcp is the dialed connection while TLS handshakes over
	// it; quit is closed by destroy (a verification waiting for JS gives
	// up); secure returns the TLS handle JS reads, made on the loop once
	// (handle).
	tcp      net.Conn
	quit     chan struct{}
	quitOnce sync.Once
	secure   func() goja.Value
	handle   *goja.Object
}

var dialer = &net.Dialer{Timeout: 60 * time.Second, KeepAlive: 30 * time.Second}

// connect dials host:port; see client.js (ClientSocket) for the
// callbacks it calls on o.
func (s *state) connect(o *goja.Object) goja.Value {
	host := o.Get("host").String()
	port := int(o.Get("port").ToInteger())
	network := "tcp"
	switch o.Get("family").ToInteger() {
	case 4:
		network = "tcp4"
	case 6:
		network = "tcp6"
	}
	d := dialer
	if la := o.Get("localAddress"); la != nil && !goja.IsUndefined(la) && !goja.IsNull(la) {
		local := *dialer
		local.LocalAddr = &net.TCPAddr{IP: net.ParseIP(la.String())}
		d = &local
	}
	cc := &clientConn{s: s, h: s.loop.NewHandle(), js: o, q: newOpQueue(), drained: make(chan struct{}, 1)}
	// An https connection (secure.go): TLS over the dialed connection,
	// the server checked by JS inside the handshake (as node's client
	// refuses a server before any request byte goes out).
	var tcfg *tls.Config
	var state atomic.Pointer[tls.ConnectionState]
	if t, ok := o.Get("tls").(*goja.Object); ok {
		var tctx *tlsmod.Context
		tctx, tcfg = clientTLS(t)
		cc.quit = make(chan struct{})
		cc.secure = func() goja.Value {
			if cc.handle == nil {
				cc.handle = tlsmod.Handle(s.vm, state.Load, tctx)
			}
			return cc.handle
		}
		tcfg.VerifyConnection = func(cs tls.ConnectionState) error {
			state.Store(&cs)
			return cc.verify()
		}
	}
	ctl := cc.bind()
	go func() {
		c, err := d.DialContext(context.Background(), network, net.JoinHostPort(host, strconv.Itoa(port)))
		if err != nil {
			cc.h.Post(func() {
				cc.h.Close()
				s.call(o.Get("onerror"), cc.dialError(err, host, port))
			})
			return
		}
		if tcfg != nil {
			cc.mu.Lock()
			if cc.closed {
				cc.mu.Unlock()
				_ = c.Close()
				return
			}
			cc.tcp = c
			cc.mu.Unlock()
			tc := tls.Client(c, tcfg)
			if err := tc.HandshakeContext(context.Background()); err != nil {
				_ = c.Close()
				rejected := errors.Is(err, errRejected)
				cc.h.Post(func() {
					cc.h.Close()
					s.call(o.Get("onerror"), handshakeError(s.vm, err, rejected))
				})
				return
			}
			st := tc.ConnectionState()
			state.Store(&st)
			c = tc
		}
		rc := &rawConn{Conn: c}
		cc.mu.Lock()
		if cc.closed {
			cc.mu.Unlock()
			_ = c.Close()
			return
		}
		cc.conn = rc
		cc.br = bufio.NewReader(rc)
		cc.mu.Unlock()
		cc.h.Post(func() {
			vm := s.vm
			info := vm.NewObject()
			setAddrs(info, c)
			secure := goja.Undefined()
			if cc.secure != nil {
				secure = cc.secure()
			}
			s.call(o.Get("onconnect"), info, secure)
		})
		cc.writeLoop()
	}()
	return ctl
}

// errRejected fails a handshake whose server JS refused.
var errRejected = errors.New("tls: server certificate rejected")

// verify runs inside the handshake: JS checks the server (chain, then
// checkServerIdentity) on the loop while the handshake goroutine waits.
func (cc *clientConn) verify() error {
	ch := make(chan bool, 1)
	posted := cc.h.Post(func() {
		reject := true
		defer func() { ch <- reject }()
		fn, ok := goja.AssertFunction(cc.js.Get("onverify"))
		if !ok {
			reject = false
			return
		}
		v, err := fn(goja.Undefined(), cc.secure())
		reject = err != nil || v.ToBoolean()
	})
	if !posted {
		return errClosed
	}
	select {
	case reject := <-ch:
		if reject {
			return errRejected
		}
		return nil
	case <-cc.quit:
		return errClosed
	}
}

func setAddrs(info *goja.Object, c net.Conn) {
	if ra, ok := c.RemoteAddr().(*net.TCPAddr); ok {
		ip, fam := addrFamily(ra.IP)
		_ = info.Set("remoteAddress", ip)
		_ = info.Set("remoteFamily", fam)
		_ = info.Set("remotePort", ra.Port)
	}
	if la, ok := c.LocalAddr().(*net.TCPAddr); ok {
		ip, _ := addrFamily(la.IP)
		_ = info.Set("localAddress", ip)
		_ = info.Set("localPort", la.Port)
	}
}

// writeLoop writes queued bytes in order; each write's callback runs on
// the loop once the connection has taken the bytes (backpressure).
func (cc *clientConn) writeLoop() {
	for range cc.q.wake {
		for _, o := range cc.q.next() {
			var err error
			if o.kind == opHead {
				cc.readResponse(string(o.headers[0]))
			}
			if len(o.data) > 0 {
				_, err = cc.conn.Write(o.data)
			}
			if done := o.done; done != nil {
				cc.h.Post(func() { done(err) })
			}
			if cc.writes.Add(-1) == 0 {
				select {
				case cc.drained <- struct{}{}:
				default:
				}
			}
		}
		cc.mu.Lock()
		closed := cc.closed
		cc.mu.Unlock()
		if closed {
			return
		}
	}
}

// readResponse starts reading the response to a request of method, once
// the idle watcher (if any) has let go of the connection.
func (cc *clientConn) readResponse(method string) {
	cc.mu.Lock()
	w := cc.watching
	cc.watching = nil
	cc.responses++
	gen := cc.responses
	cc.mu.Unlock()
	if w != nil {
		_ = cc.conn.SetReadDeadline(time.Now())
		<-w
		_ = cc.conn.SetReadDeadline(time.Time{})
	}
	req := &http.Request{Method: method}
	go func() {
		var resp *http.Response
		var err error
		for {
			resp, err = http.ReadResponse(cc.br, req)
			// Interim responses (100 Continue, 103 Early Hints) are
			// skipped; 101 ends HTTP on this connection.
			if err != nil || resp.StatusCode >= 200 || resp.StatusCode == 101 {
				break
			}
			_ = resp.Body.Close()
			cc.info(resp)
		}
		if err != nil {
			cc.h.Post(func() { cc.s.call(cc.js.Get("onerror"), cc.s.vm.ToValue(err.Error())) })
			return
		}
		raw, ok := cc.conn.take(resp.Proto + " " + strconv.Itoa(resp.StatusCode))
		if !ok {
			raw = mapHeaders("", resp.Header)
		}
		pre, ended, perr := readSmall(resp.Body, resp.ContentLength, cc.br.Buffered())
		cc.mu.Lock()
		cc.resp = resp
		if !ended {
			cc.body = newPump(resp.Body)
		}
		cc.mu.Unlock()
		if ended {
			_ = resp.Body.Close()
		}
		cc.awaitWrites()
		cc.h.Post(func() {
			cc.deliver(resp, raw, pre, ended)
			if perr != nil {
				cc.s.call(cc.js.Get("onbodyerror"), cc.s.vm.ToValue(perr.Error()))
			}
		})
		// Watched only once the response is on its way to JS: a server
		// closing right after it must not be reported first ("socket
		// hang up" for a complete response).
		if ended {
			cc.watch(gen)
		}
	}()
}

// awaitWrites lets the completions of the request's writes reach the
// loop before its response does, so 'finish' precedes 'response' as in
// Node. It waits a short while only: a server may answer before reading
// a body it does not want, and the writes may then never complete.
func (cc *clientConn) awaitWrites() {
	if cc.writes.Load() == 0 {
		return
	}
	timeout := time.NewTimer(50 * time.Millisecond)
	defer timeout.Stop()
	for cc.writes.Load() > 0 {
		select {
		case <-cc.drained:
		case <-timeout.C:
			return
		}
	}
}

func (cc *clientConn) deliver(resp *http.Response, raw []string, pre []byte, ended bool) {
	vm := cc.s.vm
	info := vm.NewObject()
	_ = info.Set("statusCode", resp.StatusCode)
	msg := strings.TrimPrefix(resp.Status, strconv.Itoa(resp.StatusCode))
	_ = info.Set("statusMessage", strings.TrimPrefix(msg, " "))
	_ = info.Set("versionMajor", resp.ProtoMajor)
	_ = info.Set("versionMinor", resp.ProtoMinor)
	_ = info.Set("rawHeaders", cc.s.strs(raw))
	_ = info.Set("shouldKeepAlive", !resp.Close)
	setBody(vm, info, pre, ended)
	if !ended {
		cc.startBody(resp)
	}
	cc.s.call(cc.js.Get("onresponse"), info)
}

// startBody reads the response body's first chunk at once, as Node's
// parser pushes data whether or not anyone reads it yet; later chunks
// wait for _read. Once the body has ended the connection is watched, so
// that a server closing it is noticed even while the response sits
// unread.
func (cc *clientConn) startBody(resp *http.Response) {
	s, o := cc.s, cc.ctl
	vm := s.vm
	cc.mu.Lock()
	body := cc.body
	cc.mu.Unlock()
	body.start(func(fn func()) { cc.h.Post(fn) }, func(b []byte) {
		s.call(o.Get("ondata"), vm.ToValue(vm.NewArrayBuffer(b)))
	}, func() {
		cc.mu.Lock()
		if cc.body == body {
			cc.body, cc.resp = nil, nil
		}
		cc.mu.Unlock()
		cc.watch(0)
		s.call(o.Get("onend"), s.strs(mapHeaders("", resp.Trailer)))
	}, func(err error) {
		s.call(cc.js.Get("onbodyerror"), vm.ToValue(err.Error()))
	})
	body.read()
}

// info reports an interim response ('information', and 'continue' for
// 100), which Node emits on the request before the final one.
func (cc *clientConn) info(resp *http.Response) {
	raw, ok := cc.conn.take(resp.Proto + " " + strconv.Itoa(resp.StatusCode))
	if !ok {
		raw = mapHeaders("", resp.Header)
	}
	cc.h.Post(func() {
		vm := cc.s.vm
		o := vm.NewObject()
		_ = o.Set("statusCode", resp.StatusCode)
		_ = o.Set("statusMessage", strings.TrimPrefix(strings.TrimPrefix(resp.Status, strconv.Itoa(resp.StatusCode)), " "))
		_ = o.Set("httpVersionMajor", resp.ProtoMajor)
		_ = o.Set("httpVersionMinor", resp.ProtoMinor)
		_ = o.Set("rawHeaders", cc.s.strs(raw))
		cc.s.call(cc.js.Get("oninfo"), o)
	})
}

// watch notices the server closing an idle connection. gen, if not 0,
// is the response after which the connection is idle: once the next
// request's response is being read, there is nothing to watch.
func (cc *clientConn) watch(gen int) {
	cc.mu.Lock()
	if cc.conn == nil || cc.closed || cc.watching != nil || gen != 0 && gen != cc.responses {
		cc.mu.Unlock()
		return
	}
	done := make(chan struct{})
	cc.watching = done
	br, conn := cc.br, cc.conn
	cc.mu.Unlock()
	go func() {
		defer close(done)
		_, err := br.Peek(1)
		var ne net.Error
		if err != nil && !(errors.As(err, &ne) && ne.Timeout()) {
			cc.h.Post(func() { cc.s.call(cc.js.Get("onclose")) })
			_ = conn.Close()
		}
	}()
}

func (cc *clientConn) destroy() {
	cc.mu.Lock()
	if cc.closed {
		cc.mu.Unlock()
		return
	}
	cc.closed = true
	conn, body, tcp := cc.conn, cc.body, cc.tcp
	cc.mu.Unlock()
	if cc.quit != nil {
		cc.quitOnce.Do(func() { close(cc.quit) })
	}
	if body != nil {
		body.close()
	}
	if conn != nil {
		_ = conn.Close()
	} else if tcp != nil {
		_ = tcp.Close()
	}
	cc.q.close()
	select {
	case cc.q.wake <- struct{}{}:
	default:
	}
	cc.h.Close()
}

// push queues a write for the writer goroutine.
func (cc *clientConn) push(o op) bool {
	cc.writes.Add(1)
	if !cc.q.push(o) {
		cc.writes.Add(-1)
		return false
	}
	return true
}

func (cc *clientConn) bind() *goja.Object {
	s := cc.s
	vm := s.vm
	o := vm.NewObject()
	cc.ctl = o
	done := s.done
	// send(method, head) writes a request's header block and starts
	// reading its response.
	_ = o.Set("send", func(method string, head, cb goja.Value) bool {
		return cc.push(op{kind: opHead, headers: []string{method}, data: buffer.CopyOf(vm, head), done: done(cb)})
	})
	_ = o.Set("write", func(data, cb goja.Value) bool {
		return cc.push(op{kind: opWrite, data: buffer.CopyOf(vm, data), done: done(cb)})
	})
	_ = o.Set("read", func() {
		cc.mu.Lock()
		body := cc.body
		cc.mu.Unlock()
		if body != nil {
			body.read()
		}
	})
	_ = o.Set("idle", func() { cc.watch(0) })
	_ = o.Set("destroy", func() { cc.destroy() })
	_ = o.Set("ref", func() { cc.h.Ref() })
	_ = o.Set("unref", func() { cc.h.Unref() })
	return o
}

// dialError is Node's error for a failed connect: `connect ECONNREFUSED
// 127.0.0.1:80`, or getaddrinfo's ENOTFOUND for an unknown host.
func (cc *clientConn) dialError(err error, host string, port int) goja.Value {
	vm := cc.s.vm
	var dnsErr *net.DNSError
	var opErr *net.OpError
	switch {
	case errors.As(err, &dnsErr):
		e := vm.NewObject()
		_ = e.Set("dns", host)
		_ = e.Set("notFound", dnsErr.IsNotFound)
		return e
	case errors.As(err, &opErr):
		addr := host
		if ta, ok := opErr.Addr.(*net.TCPAddr); ok {
			addr, port = ta.IP.String(), ta.Port
		}
		return nodeerr.HostPort(vm, err, "connect", addr, port, false)
	}
	return vm.ToValue(err.Error())
}
