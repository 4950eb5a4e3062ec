package dgram

import (
	"context"
	"errors"
	"net"
	"net/netip"
	"os"
	"sync"
	"syscall"
	"time"

	"github.com/gorun-js/gorun/eventloop"
)

// stopCheck is how often a watcher looks whether its runtime has ended.
const stopCheck = time.Second

// maxDatagram is the largest datagram read: UDP's 16-bit length bounds
// every payload below it.
const maxDatagram = 64 << 10

// udpSocket is the Go half of one dgram.Socket, libuv's uv_udp_t: no
// socket until bind (so options set before it fail with EBADF, as in
// node), then a watcher goroutine that has the loop drain the socket
// whenever it is readable, and sends tried at once on the loop (node's
// uv_udp_try_send), queued for a later poll phase only when the kernel's
// buffer is full. Its handle keeps the loop alive while it receives,
// unless unref'd, and each pending send holds the loop; no datagram is
// delivered after close.
type udpSocket struct {
	l  *eventloop.Loop
	h  *eventloop.Handle
	v6 bool // a udp6 socket: addresses are parsed as IPv6

	// onMessage and onError run on the loop, for each datagram and each
	// failed receive (which does not stop receiving).
	onMessage func(b []byte, from netip.AddrPort)
	onError   func(err error)

	mu        sync.Mutex
	conn      *net.UDPConn
	rc        syscall.RawConn
	fam6      bool // the bound socket is AF_INET6 (options go to IPPROTO_IPV6)
	receiving bool
	closed    bool
	userRef   bool
	ownFD     int    // a descriptor adopted by open, closed with the socket; -1 if none
	peer      uint16 // the connected peer's port, 0 when not connected
	// readerDone is closed when the watcher goroutine has returned; nil
	// when none was started. drained tells it a drain ran; quit, that
	// the socket closed. rbuf is the drain's buffer (loop only).
	readerDone chan struct{}
	drained    chan struct{}
	quit       chan struct{}
	rbuf       []byte
	pendingErr error

	queue     []sendJob // sends waiting for a flush
	completed []sendJob // sends that left, their completions not run yet
	flushing  bool      // a flush is posted
	waiting   bool      // a goroutine waits for the socket to be writable
	queued    int       // bytes of the sends not completed yet
	inflight  int       // sends not completed yet
}

// sendJob is one datagram whose completion is asynchronous.
type sendJob struct {
	b    []byte
	to   *netip.AddrPort
	done func(error)
	err  error // its result, once sent
}

func newUDP(l *eventloop.Loop, v6 bool) *udpSocket {
	s := &udpSocket{l: l, h: l.NewHandle(), v6: v6, userRef: true, ownFD: -1}
	// An unbound uv_udp_t is inactive: it does not hold the loop.
	s.h.Unref()
	return s
}

// parseIP reads ip as the socket's family, with uv_ip4_addr's and
// uv_ip6_addr's strictness: anything else is EINVAL.
func (s *udpSocket) parseIP(ip string) (netip.Addr, error) {
	a, err := netip.ParseAddr(ip)
	if err != nil || (s.v6 && !a.Is6()) || (!s.v6 && !a.Is4()) {
		return netip.Addr{}, syscall.EINVAL
	}
	return a, nil
}

// bind creates the socket on ip:port. reuse is SO_REUSEADDR, v6only
// IPV6_V6ONLY (udp6 sockets are dual-stack otherwise, as libuv's).
func (s *udpSocket) bind(ip string, port int, reuse, v6only bool) error {
	a, err := s.parseIP(ip)
	if err != nil {
		return err
	}
	if port < 0 || port > 65535 {
		return syscall.EINVAL
	}
	return s.bindAddr(netip.AddrPortFrom(a, uint16(port)), reuse, v6only)
}

func (s *udpSocket) bindAddr(addr netip.AddrPort, reuse, v6only bool) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.closed {
		return syscall.EBADF
	}
	if s.conn != nil {
		return syscall.EINVAL // bind(2) on a bound socket
	}
	fam6 := addr.Addr().Is6()
	network := "udp4"
	if fam6 {
		network = "udp6"
	}
	lc := net.ListenConfig{Control: func(_, _ string, c syscall.RawConn) error {
		var serr error
		err := c.Control(func(fd uintptr) {
			if serr = setBroadcast(int(fd), false); serr != nil {
				return
			}
			if reuse {
				if serr = setReuse(int(fd)); serr != nil {
					return
				}
			}
			if fam6 {
				serr = setV6Only(int(fd), v6only)
			}
		})
		if err != nil {
			return err
		}
		return serr
	}}
	pc, err := lc.ListenPacket(context.Background(), network, addr.String())
	if err != nil {
		return err
	}
	c := pc.(*net.UDPConn)
	rc, err := c.SyscallConn()
	if err != nil {
		_ = c.Close()
		return err
	}
	s.conn, s.rc, s.fam6 = c, rc, fam6
	return nil
}

// open adopts fd, a UDP socket the process has (bind({ fd })); the
// socket owns it from now on, as a libuv handle does.
func (s *udpSocket) open(fd int) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.closed {
		return syscall.EBADF
	}
	if s.conn != nil {
		return syscall.EINVAL
	}
	d, err := dupSocket(fd)
	if err != nil {
		return err
	}
	f := os.NewFile(uintptr(d), "")
	pc, err := net.FilePacketConn(f)
	_ = f.Close()
	if err != nil {
		return err
	}
	c, ok := pc.(*net.UDPConn)
	if !ok {
		_ = pc.Close()
		return syscall.EINVAL
	}
	rc, err := c.SyscallConn()
	if err != nil {
		_ = c.Close()
		return err
	}
	ua, _ := c.LocalAddr().(*net.UDPAddr)
	s.conn, s.rc, s.ownFD = c, rc, fd
	s.fam6 = ua != nil && ua.IP.To4() == nil
	return nil
}

// ensureBound binds an unbound socket to the wildcard address of the
// family of group, as libuv does before a membership change.
func (s *udpSocket) ensureBound(group netip.Addr) error {
	s.mu.Lock()
	bound := s.conn != nil
	s.mu.Unlock()
	if bound {
		return nil
	}
	any := netip.IPv4Unspecified()
	if group.Is6() {
		any = netip.IPv6Unspecified()
	}
	return s.bindAddr(netip.AddrPortFrom(any, 0), true, false)
}

// withFD runs fn on the socket's descriptor; EBADF before bind or after
// close.
func (s *udpSocket) withFD(fn func(fd int, fam6 bool) error) error {
	s.mu.Lock()
	rc, fam6, closed := s.rc, s.fam6, s.closed
	s.mu.Unlock()
	if rc == nil || closed {
		return syscall.EBADF
	}
	var ferr error
	if err := rc.Control(func(fd uintptr) { ferr = fn(int(fd), fam6) }); err != nil {
		return syscall.EBADF
	}
	return ferr
}

// recvStart starts receiving: a watcher goroutine (once) and the
// socket's ref.
func (s *udpSocket) recvStart() error {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.conn == nil || s.closed {
		return syscall.EBADF
	}
	s.receiving = true
	if s.readerDone == nil {
		s.readerDone = make(chan struct{})
		s.drained = make(chan struct{}, 1)
		s.quit = make(chan struct{})
		s.rbuf = make([]byte, maxDatagram)
		go s.watch(s.conn, s.rc, s.readerDone)
	}
	s.updateRefLocked()
	return nil
}

// watch waits, off the loop, for the socket to become readable and then
// has the loop drain it, waiting for that drain before it looks again.
// Reading on the loop, not here, is what gives node's order: a datagram
// sent over loopback is in the receiver's queue when sendto returns, and
// the drain that the sender queues (receivers.sent) reads it in the next
// poll phase, before setImmediate callbacks, as libuv's poll would.
func (s *udpSocket) watch(c *net.UDPConn, rc syscall.RawConn, done chan struct{}) {
	defer close(done)
	_ = c.SetReadDeadline(time.Now().Add(stopCheck))
	for {
		var perr error
		// The peek runs after Go armed the poller, so a datagram arriving
		// after it wakes the wait: none is left unnoticed.
		err := rc.Read(func(fd uintptr) bool {
			ready, e := sysPeek(int(fd))
			perr = e
			return ready
		})
		if errors.Is(err, os.ErrDeadlineExceeded) {
			// A runtime that ends (Close) with the socket open does not
			// close it: the watcher does, so neither the descriptor nor
			// this goroutine outlives the runtime.
			if stopped, _ := s.l.Stopped(); stopped {
				s.close()
				return
			}
			_ = c.SetReadDeadline(time.Now().Add(stopCheck))
			continue
		}
		if err != nil {
			return // closed
		}
		if perr != nil {
			// A pending ICMP error, which the peek consumed.
			s.mu.Lock()
			s.pendingErr = perr
			s.mu.Unlock()
		}
		if !s.h.Post(s.drain) {
			return
		}
		if !s.awaitDrain() {
			return
		}
	}
}

// awaitDrain waits for the drain the watcher posted; false when the
// socket closed meanwhile, or the runtime ended (the drain will never
// run: the socket is closed here).
func (s *udpSocket) awaitDrain() bool {
	t := time.NewTimer(stopCheck)
	defer t.Stop()
	for {
		select {
		case <-s.drained:
			return true
		case <-s.quit:
			return false
		case <-t.C:
			if stopped, _ := s.l.Stopped(); stopped {
				s.close()
				return false
			}
			t.Reset(stopCheck)
		}
	}
}

// drainBatch is how many datagrams one drain reads, libuv's per-poll
// count: other sockets and phases get their turn in between.
const drainBatch = 32

// drain reads what the socket holds, without waiting, and delivers it;
// on the loop.
func (s *udpSocket) drain() {
	defer func() {
		select {
		case s.drained <- struct{}{}:
		default:
		}
	}()
	for i := 0; i < drainBatch; i++ {
		s.mu.Lock()
		if !s.receiving || s.closed {
			s.mu.Unlock()
			return
		}
		perr := s.pendingErr
		s.pendingErr = nil
		s.mu.Unlock()
		if perr != nil {
			// Errors of a connected socket's ICMP replies are reported and
			// receiving goes on, as libuv does.
			s.onError(perr)
			continue
		}
		var n int
		var from netip.AddrPort
		var rerr error
		if err := s.withFD(func(fd int, _ bool) error {
			n, from, rerr = sysRecv(fd, s.rbuf)
			return nil
		}); err != nil {
			return
		}
		if errors.Is(rerr, syscall.EAGAIN) {
			return
		}
		if rerr != nil {
			s.onError(rerr)
			continue
		}
		b := make([]byte, n)
		copy(b, s.rbuf[:n])
		if !s.fam6 {
			from = netip.AddrPortFrom(from.Addr().Unmap(), from.Port())
		}
		s.onMessage(b, from)
	}
}

// updateRefLocked refs the handle while the socket receives and is not
// unref'd (queued sends hold the loop themselves). s.mu is held.
func (s *udpSocket) updateRefLocked() {
	if s.userRef && !s.closed && s.receiving {
		s.h.Ref()
	} else {
		s.h.Unref()
	}
}

func (s *udpSocket) setRef(on bool) {
	s.mu.Lock()
	s.userRef = on
	s.updateRefLocked()
	s.mu.Unlock()
}

func (s *udpSocket) hasRef() bool {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.userRef
}

// send sends b to `to` (the connected peer when nil). It returns sent
// when the datagram left at once (or failed at once, with err), node's
// uv_udp_try_send; else done runs on the loop when it has left. try false
// skips that (node's --test-udp-no-try-send) for uv_udp_send, which
// still sends at once when nothing is pending but completes later.
func (s *udpSocket) send(b []byte, to *netip.AddrPort, try bool, done func(error)) (sent bool, err error) {
	s.mu.Lock()
	busy := s.inflight > 0
	s.mu.Unlock()
	attempted := false
	var aerr error
	if !busy {
		// With sends pending this one waits its turn: it would overtake
		// them.
		aerr = s.withFD(func(fd int, _ bool) error { return sysSend(fd, b, to, s.v6) })
		again := errors.Is(aerr, syscall.EAGAIN)
		if try && !again {
			return true, aerr
		}
		attempted = !again
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.closed || s.conn == nil {
		return true, syscall.EBADF
	}
	j := sendJob{b: append([]byte(nil), b...), to: to, done: done, err: aerr}
	if attempted {
		s.completed = append(s.completed, j)
	} else {
		s.queue = append(s.queue, j)
	}
	s.inflight++
	s.queued += len(b)
	// A pending send request keeps node alive even on an unref'd socket.
	s.l.Ref()
	if !s.flushing && !s.waiting {
		s.flushing = true
		s.l.Post(s.flush)
	}
	return false, nil
}

// flush runs in a poll phase, as libuv's write watcher does: it sends the
// queue in order, then runs the completions of every send that left, in
// one task. A full kernel buffer hands the wait to a goroutine that posts
// the next flush once the socket is writable.
func (s *udpSocket) flush() {
	s.mu.Lock()
	s.flushing = false
	s.mu.Unlock()
	for {
		s.mu.Lock()
		if len(s.queue) == 0 || s.closed {
			s.mu.Unlock()
			break
		}
		j := s.queue[0]
		s.mu.Unlock()
		err := s.withFD(func(fd int, _ bool) error { return sysSend(fd, j.b, j.to, s.v6) })
		s.mu.Lock()
		if errors.Is(err, syscall.EAGAIN) {
			s.waiting = true
			rc := s.rc
			s.mu.Unlock()
			go s.waitWritable(rc)
			break
		}
		j.err = err
		s.queue = s.queue[1:]
		s.completed = append(s.completed, j)
		s.mu.Unlock()
	}
	s.mu.Lock()
	jobs := s.completed
	s.completed = nil
	s.mu.Unlock()
	s.completeNow(jobs)
}

// waitWritable waits, off the loop, until the socket can take a datagram
// and posts a flush (none once closed: close cancels the queue).
func (s *udpSocket) waitWritable(rc syscall.RawConn) {
	// The probe runs after Go armed the poller, so space freed after it
	// wakes the wait.
	err := rc.Write(func(fd uintptr) bool { return sysWritable(int(fd)) })
	s.mu.Lock()
	s.waiting = false
	post := err == nil && !s.closed
	if post {
		s.flushing = true
	}
	s.mu.Unlock()
	if post {
		s.l.Post(s.flush)
	}
}

// completeNow runs completions on the loop: each send leaves the count
// (node counts it until then), drops its loop ref and calls back.
func (s *udpSocket) completeNow(jobs []sendJob) {
	for _, j := range jobs {
		s.l.Unref()
		s.mu.Lock()
		s.inflight--
		s.queued -= len(j.b)
		s.mu.Unlock()
		j.done(j.err)
	}
}

// queueInfo is getSendQueueSize and getSendQueueCount.
func (s *udpSocket) queueInfo() (size, count int) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.queued, s.inflight
}

func (s *udpSocket) connect(ip string, port int) error {
	a, err := s.parseIP(ip)
	if err != nil {
		return err
	}
	to := netip.AddrPortFrom(a, uint16(port))
	err = s.withFD(func(fd int, _ bool) error { return sysConnect(fd, to, s.v6) })
	if err == nil {
		s.mu.Lock()
		s.peer = uint16(port)
		s.mu.Unlock()
	}
	return err
}

func (s *udpSocket) disconnect() error {
	err := s.withFD(func(fd int, _ bool) error { return sysDisconnect(fd) })
	if err == nil {
		s.mu.Lock()
		s.peer = 0
		s.mu.Unlock()
	}
	return err
}

// peerPort is the connected peer's port, 0 when not connected.
func (s *udpSocket) peerPort() uint16 {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.peer
}

func (s *udpSocket) sockname() (a netip.AddrPort, err error) {
	err = s.withFD(func(fd int, _ bool) error {
		a, err = sysSockname(fd)
		return err
	})
	return a, err
}

func (s *udpSocket) peername() (a netip.AddrPort, err error) {
	err = s.withFD(func(fd int, _ bool) error {
		a, err = sysPeername(fd)
		return err
	})
	return a, err
}

// close closes the socket: the watcher returns, queued sends complete
// with ECANCELED, and no datagram or receive error is delivered any more.
func (s *udpSocket) close() {
	s.mu.Lock()
	if s.closed {
		s.mu.Unlock()
		return
	}
	s.closed = true
	s.receiving = false
	c := s.conn
	// Sends not sent yet are cancelled; their callbacks and those of
	// sends that left run after, as libuv's close does.
	jobs := s.completed
	for _, j := range s.queue {
		j.err = syscall.ECANCELED
		jobs = append(jobs, j)
	}
	s.queue, s.completed = nil, nil
	if len(jobs) > 0 {
		s.l.Post(func() { s.completeNow(jobs) })
	}
	if s.quit != nil {
		close(s.quit)
	}
	s.mu.Unlock()
	s.h.Close()
	if c != nil {
		_ = c.Close()
	}
	if s.ownFD >= 0 {
		closeFD(s.ownFD)
	}
}

// errInvalid is libuv's UV_EINVAL for arguments it refuses itself.
var errInvalid error = syscall.EINVAL
