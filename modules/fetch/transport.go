package fetch

import (
	"bufio"
	"compress/flate"
	"compress/gzip"
	"compress/zlib"
	"context"
	"crypto/tls"
	"errors"
	"io"
	"net"
	"net/http"
	"net/url"
	"strings"
	"sync"
	"time"

	"github.com/andybalholm/brotli"
	"github.com/dop251/goja"

	"github.com/gorun-js/gorun/eventloop"
	"github.com/gorun-js/gorun/internal/nodeerr"
	"github.com/gorun-js/gorun/modules/buffer"
)

type state struct {
	vm   *goja.Runtime
	loop *eventloop.Loop
}

// The transports are shared by every runtime of the process: Go's
// Transport pools connections per host, the job undici's global
// dispatcher does. Compression is decoded here, as undici does, not by
// net/http (which would hide Content-Encoding); proxies from the
// environment are ignored, as node 20's fetch ignores them. insecure
// serves NODE_TLS_REJECT_UNAUTHORIZED=0.
var (
	transport = newTransport(false)
	insecure  = newTransport(true)
)

var dialer = &net.Dialer{Timeout: 10 * time.Second, KeepAlive: 30 * time.Second}

func newTransport(skipVerify bool) *http.Transport {
	return &http.Transport{
		DialContext: dialer.DialContext,
		DialTLSContext: func(ctx context.Context, network, addr string) (net.Conn, error) {
			return dialTLS(ctx, network, addr, skipVerify)
		},
		DisableCompression: true,
		// undici's headersTimeout.
		ResponseHeaderTimeout: 300 * time.Second,
		MaxIdleConnsPerHost:   16,
		IdleConnTimeout:       4 * time.Second,
	}
}

// dialTLS verifies the server as node's tls does, so that a refused
// certificate fails with node's verify code (DEPTH_ZERO_SELF_SIGNED_CERT…)
// and a wrong host with ERR_TLS_CERT_ALTNAME_INVALID.
func dialTLS(ctx context.Context, network, addr string, skipVerify bool) (net.Conn, error) {
	host, _, err := net.SplitHostPort(addr)
	if err != nil {
		return nil, err
	}
	raw, err := dialer.DialContext(ctx, network, addr)
	if err != nil {
		return nil, err
	}
	cfg := &tls.Config{
		ServerName:         host,
		InsecureSkipVerify: true,
		NextProtos:         []string{"http/1.1"},
		VerifyConnection: func(cs tls.ConnectionState) error {
			if skipVerify {
				return nil
			}
			if err := verifyChain(cs.PeerCertificates); err != nil {
				return err
			}
			return checkHost(cs.PeerCertificates[0], host)
		},
	}
	if net.ParseIP(host) != nil {
		cfg.ServerName = ""
	}
	conn := tls.Client(raw, cfg)
	if err := conn.HandshakeContext(ctx); err != nil {
		_ = raw.Close()
		return nil, err
	}
	return conn, nil
}

// undici follows at most 20 redirects (fetch spec, "HTTP-redirect fetch").
const maxRedirects = 20

var (
	errUnexpectedRedirect = errors.New("unexpected redirect")
	errRedirectCount      = errors.New("redirect count exceeded")
	errStreamRedirect     = errors.New("")
)

// exchange is one fetch in flight: the request until its head arrives,
// then the response body, read one chunk per JS pull so that a body
// nobody reads is never buffered (backpressure is the stream's demand).
type exchange struct {
	s      *state
	h      *eventloop.Handle
	cancel context.CancelFunc
	// pw feeds a streamed request body (a ReadableStream sent as body).
	pw *io.PipeWriter

	mu   sync.Mutex
	body io.ReadCloser
	done bool
	// pending is a read error held back while its bytes are delivered.
	pending error
}

// request starts a fetch described by o (see fetch.js, httpFetch) and
// returns the control object JS drives it with.
func (s *state) request(o *goja.Object) goja.Value {
	vm := s.vm
	onhead := o.Get("onhead")
	onerror := o.Get("onerror")
	method := o.Get("method").String()
	target := o.Get("url").String()
	redirect := o.Get("redirect").String()

	ctx, cancel := context.WithCancel(context.Background())
	x := &exchange{s: s, h: s.loop.NewHandle(), cancel: cancel}
	ctl := vm.NewObject()
	_ = ctl.Set("abort", x.abort)
	_ = ctl.Set("read", x.read)
	_ = ctl.Set("write", x.write)

	var body io.Reader
	length := int64(0)
	if bv := o.Get("body"); bv != nil && !goja.IsUndefined(bv) && !goja.IsNull(bv) {
		data := buffer.CopyOf(vm, bv)
		body, length = strings.NewReader(string(data)), int64(len(data))
	}
	if o.Get("stream").ToBoolean() {
		pr, pw := io.Pipe()
		x.pw = pw
		body, length = pr, -1
	}
	req, err := http.NewRequestWithContext(ctx, method, target, body)
	if err != nil {
		x.h.Close()
		x.fail(onerror, err)
		return ctl
	}
	req.ContentLength = length
	if length == 0 && body == nil && (method == "POST" || method == "PUT") {
		// undici sends content-length: 0 for an empty POST or PUT.
		req.ContentLength = 0
		req.Body = http.NoBody
	}
	if hv, ok := o.Get("headers").(*goja.Object); ok {
		var pairs [][2]string
		_ = vm.ExportTo(hv, &pairs)
		for _, p := range pairs {
			name := p[0]
			switch strings.ToLower(name) {
			case "host":
				req.Host = p[1]
				continue
			case "content-length", "transfer-encoding":
				// net/http frames the body itself.
				continue
			case "user-agent", "accept-encoding", "connection":
				// net/http looks these up by canonical key.
				name = http.CanonicalHeaderKey(name)
			}
			req.Header[name] = append(req.Header[name], p[1])
		}
	}
	rt := transport
	if o.Get("insecure").ToBoolean() {
		rt = insecure
	}
	client := &http.Client{Transport: rt, CheckRedirect: func(r *http.Request, via []*http.Request) error {
		switch redirect {
		case "manual":
			return http.ErrUseLastResponse
		case "error":
			return errUnexpectedRedirect
		}
		if len(via) > maxRedirects {
			return errRedirectCount
		}
		// undici sends no Referer (node has no referrer client); Go
		// adds the previous URL.
		if _, own := via[0].Header["referer"]; !own {
			r.Header.Del("Referer")
		}
		if r.Method != via[0].Method {
			// A POST turned into a GET loses its body's headers
			// (fetch spec, HTTP-redirect fetch step 12).
			for _, name := range []string{"content-type", "content-encoding", "content-language", "content-location", "Content-Type"} {
				delete(r.Header, name)
			}
		}
		return nil
	}}
	go func() {
		resp, err := client.Do(req)
		if err != nil {
			x.h.Post(func() {
				x.h.Close()
				x.fail(onerror, err)
			})
			return
		}
		if x.pw != nil && redirect == "follow" && (resp.StatusCode == 307 || resp.StatusCode == 308) && resp.Header.Get("Location") != "" {
			// A streamed body can't be sent again: the fetch spec's
			// HTTP-redirect fetch fails with a bare network error.
			_ = resp.Body.Close()
			x.h.Post(func() {
				x.h.Close()
				x.fail(onerror, errStreamRedirect)
			})
			return
		}
		decoded := decode(resp, method)
		x.mu.Lock()
		x.body = decoded
		x.mu.Unlock()
		if !x.h.Post(func() { x.head(onhead, resp) }) {
			_ = resp.Body.Close()
		}
	}()
	return ctl
}

// head hands the response's status line and headers to JS; the body
// stays in Go until JS reads it.
func (x *exchange) head(onhead goja.Value, resp *http.Response) {
	vm := x.s.vm
	var flat []any
	names := make([]string, 0, len(resp.Header))
	for k := range resp.Header {
		names = append(names, k)
	}
	if len(resp.TransferEncoding) > 0 {
		flat = append(flat, "transfer-encoding", strings.Join(resp.TransferEncoding, ", "))
	}
	for _, k := range names {
		for _, v := range resp.Header[k] {
			flat = append(flat, strings.ToLower(k), v)
		}
	}
	statusText := resp.Status
	if i := strings.IndexByte(statusText, ' '); i >= 0 {
		statusText = statusText[i+1:]
	} else {
		statusText = ""
	}
	redirected := resp.Request != nil && resp.Request.Response != nil
	final := resp.Request.URL.String()
	// Until JS asks for body bytes, the exchange no longer holds the
	// loop: a response nobody reads must not keep the process alive.
	x.h.Unref()
	x.s.loop.Call(onhead, goja.Undefined(), []goja.Value{
		vm.ToValue(resp.StatusCode), vm.ToValue(statusText), vm.NewArray(flat...),
		vm.ToValue(final), vm.ToValue(redirected),
	})
}

// read pulls the next chunk of the body and calls cb(chunk) with an
// ArrayBuffer, cb(null) at the end, or cb(undefined, error). A read that
// returns bytes and an error delivers the bytes now and the error next.
func (x *exchange) read(cb goja.Value) {
	x.mu.Lock()
	body, done, pending := x.body, x.done, x.pending
	x.pending = nil
	x.mu.Unlock()
	if pending != nil {
		x.finish()
		x.s.loop.Call(cb, goja.Undefined(), []goja.Value{goja.Undefined(), x.s.cause(pending)})
		return
	}
	if done || body == nil {
		x.s.loop.Call(cb, goja.Undefined(), []goja.Value{goja.Null()})
		return
	}
	x.h.Ref()
	go func() {
		buf := make([]byte, 64*1024)
		n, err := body.Read(buf)
		for n == 0 && err == nil {
			n, err = body.Read(buf)
		}
		x.h.Post(func() {
			vm := x.s.vm
			if n > 0 {
				x.h.Unref()
				if err != nil && err != io.EOF {
					x.mu.Lock()
					x.pending = err
					x.mu.Unlock()
				}
				x.s.loop.Call(cb, goja.Undefined(), []goja.Value{vm.ToValue(vm.NewArrayBuffer(buf[:n]))})
				return
			}
			x.finish()
			if err == io.EOF {
				x.s.loop.Call(cb, goja.Undefined(), []goja.Value{goja.Null()})
				return
			}
			x.s.loop.Call(cb, goja.Undefined(), []goja.Value{goja.Undefined(), x.s.cause(err)})
		})
	}()
}

// write feeds one chunk of a streamed request body; cb runs once the
// transport has taken it, which is the request side's backpressure. A
// null chunk ends the body.
func (x *exchange) write(chunk goja.Value, cb goja.Value) {
	if x.pw == nil {
		return
	}
	if goja.IsNull(chunk) || goja.IsUndefined(chunk) {
		_ = x.pw.Close()
		return
	}
	data := buffer.CopyOf(x.s.vm, chunk)
	go func() {
		_, err := x.pw.Write(data)
		x.h.Post(func() {
			if err != nil {
				x.s.loop.Call(cb, goja.Undefined(), []goja.Value{x.s.cause(err)})
				return
			}
			x.s.loop.Call(cb, goja.Undefined(), nil)
		})
	}()
}

// finish closes the body and releases the loop.
func (x *exchange) finish() {
	x.mu.Lock()
	body := x.body
	x.done = true
	x.mu.Unlock()
	if body != nil {
		_ = body.Close()
	}
	x.h.Close()
}

// abort cancels the Go request (connection, redirects, body) at any
// stage; JS has already settled the promise or errored the stream.
func (x *exchange) abort() {
	x.cancel()
	if x.pw != nil {
		_ = x.pw.CloseWithError(context.Canceled)
	}
	x.finish()
}

func (x *exchange) fail(onerror goja.Value, err error) {
	x.s.loop.Call(onerror, goja.Undefined(), []goja.Value{x.s.cause(err)})
}

// cause is the JS error undici would give as `cause` of its
// `TypeError: fetch failed`: node's system errors for the socket and
// resolver, plain Errors with undici's messages for the rest.
func (s *state) cause(err error) goja.Value {
	vm := s.vm
	plain := func(msg, code string) goja.Value {
		e, _ := vm.New(vm.GlobalObject().Get("Error"), vm.ToValue(msg))
		if code != "" {
			_ = e.Set("code", code)
		}
		return e
	}
	var dnsErr *net.DNSError
	var opErr *net.OpError
	var verr *verifyError
	switch {
	case errors.Is(err, errUnexpectedRedirect):
		return plain(errUnexpectedRedirect.Error(), "")
	case errors.Is(err, errRedirectCount):
		return plain(errRedirectCount.Error(), "")
	case errors.Is(err, errStreamRedirect):
		return plain("", "")
	case errors.As(err, &dnsErr):
		// node names EAI_NONAME ENOTFOUND and keeps its errno.
		code, errno := "ENOTFOUND", nodeerr.ErrnoOf("EAI_NONAME")
		if dnsErr.IsTemporary {
			code, errno = "EAI_AGAIN", nodeerr.ErrnoOf("EAI_AGAIN")
		}
		e := plain("getaddrinfo "+code+" "+dnsErr.Name, "")
		_ = e.(*goja.Object).Set("errno", errno)
		_ = e.(*goja.Object).Set("code", code)
		_ = e.(*goja.Object).Set("syscall", "getaddrinfo")
		_ = e.(*goja.Object).Set("hostname", dnsErr.Name)
		return e
	case errors.As(err, &verr):
		return plain(verr.message, verr.code)
	case errors.As(err, &opErr) && opErr.Op == "dial" && opErr.Timeout():
		addr := ""
		if opErr.Addr != nil {
			addr = opErr.Addr.String()
		}
		e := plain("Connect Timeout Error (attempted address: "+addr+", timeout: 10000ms)", "UND_ERR_CONNECT_TIMEOUT")
		_ = e.(*goja.Object).Set("name", "ConnectTimeoutError")
		return e
	case strings.Contains(err.Error(), "timeout awaiting response headers"):
		// net/http has no typed error for its ResponseHeaderTimeout.
		e := plain("Headers Timeout Error", "UND_ERR_HEADERS_TIMEOUT")
		_ = e.(*goja.Object).Set("name", "HeadersTimeoutError")
		return e
	case errors.As(err, &opErr) && opErr.Op == "dial":
		addr, port := "", 0
		if ta, ok := opErr.Addr.(*net.TCPAddr); ok {
			addr, port = ta.IP.String(), ta.Port
		}
		return nodeerr.HostPort(vm, err, "connect", addr, port, false)
	case errors.Is(err, io.ErrUnexpectedEOF), errors.Is(err, io.EOF):
		e := plain("other side closed", "UND_ERR_SOCKET")
		_ = e.(*goja.Object).Set("name", "SocketError")
		return e
	}
	var uerr *url.Error
	if errors.As(err, &uerr) {
		err = uerr.Err
	}
	return plain(err.Error(), "")
}

// decode undoes the response's Content-Encoding as undici does: codings
// are undone last first, and an unknown one leaves the body as sent.
// HEAD responses and null-body statuses are never decoded.
func decode(resp *http.Response, method string) io.ReadCloser {
	ce := resp.Header.Get("Content-Encoding")
	if ce == "" || method == "HEAD" || method == "CONNECT" {
		return resp.Body
	}
	switch resp.StatusCode {
	case 101, 204, 205, 304:
		return resp.Body
	}
	codings := strings.Split(ce, ",")
	for i := range codings {
		codings[i] = strings.ToLower(strings.TrimSpace(codings[i]))
		switch codings[i] {
		case "gzip", "x-gzip", "deflate", "br":
		default:
			return resp.Body
		}
	}
	var r io.Reader = resp.Body
	for i := len(codings) - 1; i >= 0; i-- {
		r = &lazyDecoder{src: r, coding: codings[i]}
	}
	return struct {
		io.Reader
		io.Closer
	}{r, resp.Body}
}

// lazyDecoder opens its decompressor on first Read, on the worker
// goroutine: gzip.NewReader reads the header, which may block.
type lazyDecoder struct {
	src    io.Reader
	coding string
	r      io.Reader
	err    error
}

func (d *lazyDecoder) Read(p []byte) (int, error) {
	if d.r == nil && d.err == nil {
		switch d.coding {
		case "gzip", "x-gzip":
			d.r, d.err = gzip.NewReader(d.src)
		case "br":
			d.r = brotli.NewReader(d.src)
		case "deflate":
			// undici accepts zlib-wrapped and raw deflate: a zlib
			// stream's first byte names method 8 in its low nibble.
			br := bufio.NewReader(d.src)
			first, err := br.Peek(1)
			switch {
			case err != nil:
				d.err = err
			case first[0]&0x0f == 8:
				d.r, d.err = zlib.NewReader(br)
			default:
				d.r = flate.NewReader(br)
			}
		}
	}
	if d.err != nil {
		return 0, d.err
	}
	return d.r.Read(p)
}
