package dns

import (
	"context"
	"encoding/binary"
	"errors"
	"io"
	"math/rand/v2"
	"net"
	"net/netip"
	"os"
	"strings"
	"sync"
	"time"

	"golang.org/x/net/dns/dnsmessage"
)

// c-ares's status names, which node passes through as the error code of
// a failed query (dns.NODATA === 'ENODATA' …).
const (
	codeNoData    = "ENODATA"
	codeFormErr   = "EFORMERR"
	codeServFail  = "ESERVFAIL"
	codeNotFound  = "ENOTFOUND"
	codeNotImp    = "ENOTIMP"
	codeRefused   = "EREFUSED"
	codeBadResp   = "EBADRESP"
	codeConnRef   = "ECONNREFUSED"
	codeTimeout   = "ETIMEOUT"
	codeCancelled = "ECANCELLED"
	codeBadName   = "EBADNAME"
)

// Record types c-ares resolves that dnsmessage has no parser for.
const (
	typeNAPTR dnsmessage.Type = 35
	typeCAA   dnsmessage.Type = 257
)

// server is one name server: c-ares keeps an address and a port.
type server struct {
	ip   netip.Addr
	port int
}

// channel is a c-ares channel: a server list, per-try timeout and retry
// count, a local address to send from, and the queries in flight so that
// cancel can end them. Resolver objects each own one. Go's net.Resolver
// is not used for queries: it gives no TTLs, no SOA/CAA/NAPTR/ANY, folds
// NODATA into NXDOMAIN and applies search domains, all unlike c-ares.
type channel struct {
	mu       sync.Mutex
	servers  []server
	timeout  time.Duration
	tries    int
	local4   netip.Addr
	local6   netip.Addr
	inflight map[*context.CancelFunc]struct{}
}

func newChannel(timeout time.Duration, tries int) *channel {
	return &channel{servers: systemServers(), timeout: timeout, tries: tries, inflight: map[*context.CancelFunc]struct{}{}}
}

// systemServers reads /etc/resolv.conf as c-ares does at channel creation;
// with no name server listed c-ares falls back to 127.0.0.1.
func systemServers() []server {
	var out []server
	if b, err := os.ReadFile("/etc/resolv.conf"); err == nil {
		for _, line := range strings.Split(string(b), "\n") {
			f := strings.Fields(line)
			if len(f) >= 2 && f[0] == "nameserver" {
				if a, err := netip.ParseAddr(f[1]); err == nil {
					out = append(out, server{ip: a, port: 53})
				}
			}
		}
	}
	if len(out) == 0 {
		out = []server{{ip: netip.AddrFrom4([4]byte{127, 0, 0, 1}), port: 53}}
	}
	return out
}

func (c *channel) snapshot() ([]server, time.Duration, int, netip.Addr, netip.Addr) {
	c.mu.Lock()
	defer c.mu.Unlock()
	return append([]server(nil), c.servers...), c.timeout, c.tries, c.local4, c.local6
}

// begin registers a query so cancel reaches it; end is deferred by it.
func (c *channel) begin() (context.Context, func()) {
	ctx, cancel := context.WithCancel(context.Background())
	c.mu.Lock()
	c.inflight[&cancel] = struct{}{}
	c.mu.Unlock()
	return ctx, func() {
		c.mu.Lock()
		delete(c.inflight, &cancel)
		c.mu.Unlock()
		cancel()
	}
}

// cancel ends every query in flight with ECANCELLED (ares_cancel).
func (c *channel) cancel() {
	c.mu.Lock()
	defer c.mu.Unlock()
	for f := range c.inflight {
		(*f)()
	}
}

// query asks the servers for name's records of type t, trying each server
// in turn, tries rounds, with TCP when a UDP answer is truncated (as
// c-ares). It returns the answer or a c-ares code.
func (c *channel) query(ctx context.Context, name string, t dnsmessage.Type) (*dnsmessage.Message, string) {
	servers, timeout, tries, l4, l6 := c.snapshot()
	if len(servers) == 0 {
		return nil, codeConnRef
	}
	fq := name
	if !strings.HasSuffix(fq, ".") {
		fq += "."
	}
	qname, err := dnsmessage.NewName(fq)
	if err != nil {
		return nil, codeBadName
	}
	id := uint16(rand.Uint32())
	b := dnsmessage.NewBuilder(nil, dnsmessage.Header{ID: id, RecursionDesired: true})
	_ = b.StartQuestions()
	_ = b.Question(dnsmessage.Question{Name: qname, Type: t, Class: dnsmessage.ClassINET})
	req, err := b.Finish()
	if err != nil {
		return nil, codeBadName
	}
	last := codeTimeout
	for try := 0; try < tries; try++ {
		for _, s := range servers {
			if ctx.Err() != nil {
				return nil, codeCancelled
			}
			local := l4
			if s.ip.Is6() && !s.ip.Is4In6() {
				local = l6
			}
			msg, code := exchange(ctx, s, local, req, id, timeout)
			if ctx.Err() != nil {
				return nil, codeCancelled
			}
			switch code {
			case "":
				return msg, ""
			case codeServFail, codeRefused, codeNotImp, codeFormErr, codeConnRef, codeTimeout, codeBadResp:
				// c-ares moves on to the next server for these.
				last = code
				continue
			default:
				return nil, code
			}
		}
	}
	return nil, last
}

// exchange sends one query to one server and reads its answer.
func exchange(ctx context.Context, s server, local netip.Addr, req []byte, id uint16, timeout time.Duration) (*dnsmessage.Message, string) {
	addr := netip.AddrPortFrom(s.ip, uint16(s.port))
	d := net.Dialer{Timeout: timeout}
	if local.IsValid() {
		d.LocalAddr = &net.UDPAddr{IP: local.AsSlice()}
	}
	ctx, cancel := context.WithTimeout(ctx, timeout)
	defer cancel()
	conn, err := d.DialContext(ctx, "udp", addr.String())
	if err != nil {
		return nil, codeConnRef
	}
	defer conn.Close()
	stop := context.AfterFunc(ctx, func() { _ = conn.SetDeadline(time.Now()) })
	defer stop()
	_ = conn.SetDeadline(time.Now().Add(timeout))
	if _, err := conn.Write(req); err != nil {
		return nil, netCode(err)
	}
	buf := make([]byte, 65535)
	var msg dnsmessage.Message
	for {
		n, err := conn.Read(buf)
		if err != nil {
			return nil, netCode(err)
		}
		if err := msg.Unpack(buf[:n]); err != nil || msg.ID != id || !msg.Response {
			continue // a stray or forged datagram: keep waiting
		}
		break
	}
	if msg.Truncated {
		m, code := exchangeTCP(ctx, s, local, req, id, timeout)
		if code != "" {
			return nil, code
		}
		msg = *m
	}
	return &msg, rcodeCode(msg.RCode)
}

func exchangeTCP(ctx context.Context, s server, local netip.Addr, req []byte, id uint16, timeout time.Duration) (*dnsmessage.Message, string) {
	d := net.Dialer{Timeout: timeout}
	if local.IsValid() {
		d.LocalAddr = &net.TCPAddr{IP: local.AsSlice()}
	}
	conn, err := d.DialContext(ctx, "tcp", netip.AddrPortFrom(s.ip, uint16(s.port)).String())
	if err != nil {
		return nil, netCode(err)
	}
	defer conn.Close()
	stop := context.AfterFunc(ctx, func() { _ = conn.SetDeadline(time.Now()) })
	defer stop()
	_ = conn.SetDeadline(time.Now().Add(timeout))
	framed := binary.BigEndian.AppendUint16(nil, uint16(len(req)))
	if _, err := conn.Write(append(framed, req...)); err != nil {
		return nil, netCode(err)
	}
	var hdr [2]byte
	if _, err := io.ReadFull(conn, hdr[:]); err != nil {
		return nil, netCode(err)
	}
	body := make([]byte, binary.BigEndian.Uint16(hdr[:]))
	if _, err := io.ReadFull(conn, body); err != nil {
		return nil, netCode(err)
	}
	var msg dnsmessage.Message
	if err := msg.Unpack(body); err != nil || msg.ID != id {
		return nil, codeBadResp
	}
	return &msg, ""
}

func netCode(err error) string {
	var ne net.Error
	if errors.As(err, &ne) && ne.Timeout() {
		return codeTimeout
	}
	if errors.Is(err, io.EOF) || errors.Is(err, io.ErrUnexpectedEOF) {
		return codeBadResp
	}
	return codeConnRef
}

// rcodeCode maps a response code to c-ares's status, as ares_query does.
func rcodeCode(rc dnsmessage.RCode) string {
	switch rc {
	case dnsmessage.RCodeSuccess:
		return ""
	case dnsmessage.RCodeNameError:
		return codeNotFound
	case dnsmessage.RCodeServerFailure:
		return codeServFail
	case dnsmessage.RCodeNotImplemented:
		return codeNotImp
	case dnsmessage.RCodeRefused:
		return codeRefused
	case dnsmessage.RCodeFormatError:
		return codeFormErr
	}
	return codeBadResp
}
