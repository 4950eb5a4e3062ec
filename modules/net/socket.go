package net

import (
	"context"
	"errors"
	"io"
	"net"
	"sync"
	"syscall"
	"time"

	"github.com/gorun-js/gorun/eventloop"
)

// readSize is the size of one read, libuv's 64 KiB.
const readSize = 64 << 10

// socket is the Go half of one net.Socket: a connection (or a dial in
// progress) whose reads are posted to the loop by one goroutine, paused
// while the JS stream's buffer is full, and whose writes run in order on
// another goroutine. Its handle keeps the loop alive from creation to
// close, as an open libuv TCP handle does, unless unref'd. Every callback
// runs on the loop; none runs after close.
type socket struct {
	h *eventloop.Handle
	l *eventloop.Loop

	// Events, run on the loop. onEnd and onError end reading; the socket
	// stays open (half-open) until close.
	onData  func([]byte)
	onEnd   func()
	onError func(error)

	mu      sync.Mutex
	cond    *sync.Cond
	c       net.Conn
	reading bool // readStart was called and readStop wasn't since
	started bool // the reader goroutine runs
	closed  bool
	cancel  context.CancelFunc // aborts a dial in progress
	// quit is closed by close; a reader waiting for the loop stops.
	quit chan struct{}

	queue []writeJob
	busy  bool
	shut  bool

	// As a libuv TCP handle, the socket keeps the loop alive only while
	// it is active (connecting, reading, or with writes in flight) and
	// not unref'd: a paused, idle connection lets the process end.
	userRef  bool
	dialing  bool
	inflight int

	// ownFd, when not 0, is the descriptor new Socket({ fd }) was given:
	// the socket owns it and closes it on close, as node's handle does.
	ownFd int
}

// wrapName is the socket's name in process.getActiveResourcesInfo: node's
// TCPSocketWrap, or PipeWrap for a Unix socket or other descriptor.
func (s *socket) wrapName() string {
	if c := s.conn(); c != nil {
		if _, tcp := c.LocalAddr().(*net.TCPAddr); !tcp {
			return "PipeWrap"
		}
	}
	return "TCPSocketWrap"
}

type writeJob struct {
	data     []byte
	shutdown bool
	done     func(error)
}

func newSocket(l *eventloop.Loop) *socket {
	s := &socket{l: l, h: l.NewHandle(), userRef: true, quit: make(chan struct{})}
	s.cond = sync.NewCond(&s.mu)
	s.h.Unref()
	return s
}

// dial connects to each address in turn (as node does without
// autoSelectFamily) and calls done on the loop with the connection's
// error; done is dropped if the socket is closed meanwhile. local, when
// set, is the address to bind before connecting.
func (s *socket) dial(network string, addrs []string, local net.Addr, done func(addr string, err error)) {
	ctx, cancel := context.WithCancel(context.Background())
	s.mu.Lock()
	if s.closed {
		s.mu.Unlock()
		cancel()
		return
	}
	s.cancel = cancel
	s.dialing = true
	s.updateRefLocked()
	s.mu.Unlock()
	go func() {
		defer cancel()
		d := net.Dialer{LocalAddr: local}
		var err error
		var addr string
		for _, addr = range addrs {
			var c net.Conn
			c, err = d.DialContext(ctx, network, addr)
			if err == nil {
				if !s.attach(c) {
					_ = c.Close()
					return
				}
				break
			}
			if ctx.Err() != nil {
				return
			}
		}
		// Post before dropping the ref: a queued event keeps the loop
		// running, an idle gap between the two would not.
		s.h.Post(func() { done(addr, err) })
		s.mu.Lock()
		s.dialing = false
		s.updateRefLocked()
		s.mu.Unlock()
	}()
}

// updateRefLocked refs the handle while the socket is active and the
// user hasn't unref'd it. s.mu is held.
func (s *socket) updateRefLocked() {
	active := s.dialing || s.inflight > 0 || (s.reading && s.c != nil)
	if s.userRef && active && !s.closed {
		s.h.Ref()
	} else {
		s.h.Unref()
	}
}

// setRef is the user's ref()/unref().
func (s *socket) setRef(ref bool) {
	s.mu.Lock()
	s.userRef = ref
	s.updateRefLocked()
	s.mu.Unlock()
}

func (s *socket) hasRef() bool {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.userRef
}

// attach makes c the socket's connection; false if the socket is closed.
func (s *socket) attach(c net.Conn) bool {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.closed {
		return false
	}
	s.c = c
	if s.reading && !s.started {
		s.startLocked()
	}
	s.updateRefLocked()
	return true
}

// conn returns the connection, nil before connect.
func (s *socket) conn() net.Conn {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.c
}

// readStart resumes (or begins) reading; readStop pauses it after the read
// in progress, which is how the JS stream pushes back.
func (s *socket) readStart() {
	s.mu.Lock()
	s.reading = true
	if s.c != nil && !s.started && !s.closed {
		s.startLocked()
	}
	s.updateRefLocked()
	s.mu.Unlock()
	s.cond.Broadcast()
}

func (s *socket) readStop() {
	s.mu.Lock()
	s.reading = false
	s.updateRefLocked()
	s.mu.Unlock()
}

func (s *socket) startLocked() {
	s.started = true
	c := s.c
	go s.readLoop(c)
}

func (s *socket) readLoop(c net.Conn) {
	buf := make([]byte, readSize)
	for {
		s.mu.Lock()
		for !s.reading && !s.closed {
			s.cond.Wait()
		}
		closed := s.closed
		s.mu.Unlock()
		if closed {
			return
		}
		n, err := c.Read(buf)
		if n > 0 {
			// One chunk in flight: the next read waits until the loop
			// has delivered this one, as libuv reads only from the loop.
			// A busy loop then leaves data in the kernel, so the peer's
			// writes see a full socket (backpressure), and readStop
			// takes effect before the next read.
			data := append([]byte(nil), buf[:n]...)
			ack := make(chan struct{})
			s.h.Post(func() {
				defer close(ack)
				s.onData(data)
			})
			select {
			case <-ack:
			case <-s.quit:
				return
			}
		}
		if err != nil {
			if errors.Is(err, io.EOF) {
				s.h.Post(s.onEnd)
			} else if !errors.Is(err, net.ErrClosed) {
				s.h.Post(func() { s.onError(err) })
			}
			// Reading is over: the socket is no longer active for it.
			s.mu.Lock()
			s.reading = false
			s.updateRefLocked()
			s.mu.Unlock()
			return
		}
	}
}

// write queues data; done runs on the loop once the kernel took it all.
func (s *socket) write(data []byte, done func(error)) {
	s.push(writeJob{data: data, done: done})
}

// tryWrite writes what the kernel takes at once, without blocking, when
// no write is queued, as libuv's uv_try_write does; it reports whether
// all of data went. Node completes such writes synchronously, so a
// writer loop runs until the socket buffer is full, not until the
// stream's highWaterMark. Call on the loop; data is not retained.
func (s *socket) tryWrite(data []byte) (int, error) {
	s.mu.Lock()
	idle := !s.busy && !s.shut && !s.closed && s.c != nil
	c := s.c
	s.mu.Unlock()
	if !idle {
		return 0, nil
	}
	sc, ok := c.(syscall.Conn)
	if !ok {
		return 0, nil
	}
	rc, err := sc.SyscallConn()
	if err != nil {
		return 0, nil
	}
	n := 0
	var werr error
	_ = rc.Write(func(fd uintptr) bool {
		for n < len(data) {
			m, err := syscall.Write(int(fd), data[n:])
			if err == syscall.EINTR {
				continue
			}
			if err != nil {
				if err != syscall.EAGAIN {
					werr = err
				}
				break
			}
			if m <= 0 {
				break
			}
			n += m
		}
		return true // never wait here: the rest goes through the queue
	})
	return n, werr
}

// shutdown half-closes the connection after the queued writes (FIN).
func (s *socket) shutdown(done func(error)) { s.push(writeJob{shutdown: true, done: done}) }

func (s *socket) push(j writeJob) {
	s.mu.Lock()
	if s.closed || s.shut || s.c == nil {
		err := net.ErrClosed
		if s.c == nil && !s.closed {
			err = errNotConnected
		}
		s.mu.Unlock()
		// The handle may be closed (JS closed it under the stream, as
		// node's tests do): the failure is still reported, as libuv
		// reports EBADF for a write on a closed handle.
		s.l.Ref()
		s.l.Post(func() {
			s.l.Unref()
			j.done(err)
		})
		return
	}
	if j.shutdown {
		s.shut = true
		if !s.busy {
			// Nothing to write first: shut down from the loop, as libuv
			// does, so the FIN leaves as this completion runs and the
			// peer's 'end' cannot overtake it.
			c := s.c
			s.mu.Unlock()
			s.h.Post(func() {
				var err error
				if cw, ok := c.(interface{ CloseWrite() error }); ok {
					err = cw.CloseWrite()
				}
				j.done(err)
			})
			return
		}
	}
	s.inflight++
	s.updateRefLocked()
	s.queue = append(s.queue, j)
	start := !s.busy
	s.busy = true
	c := s.c
	s.mu.Unlock()
	if start {
		go s.writeLoop(c)
	}
}

var errNotConnected = errors.New("socket is not connected")

func (s *socket) writeLoop(c net.Conn) {
	for {
		s.mu.Lock()
		if len(s.queue) == 0 || s.closed {
			s.busy = false
			s.queue = nil
			s.mu.Unlock()
			return
		}
		j := s.queue[0]
		s.queue = s.queue[1:]
		s.mu.Unlock()
		var err error
		if j.shutdown {
			if cw, ok := c.(interface{ CloseWrite() error }); ok {
				err = cw.CloseWrite()
			}
		} else {
			_, err = c.Write(j.data)
		}
		s.h.Post(func() { j.done(err) })
		s.mu.Lock()
		s.inflight--
		s.updateRefLocked()
		s.mu.Unlock()
	}
}

// pending reports how many writes are queued (for bufferSize).
func (s *socket) pending() int {
	s.mu.Lock()
	defer s.mu.Unlock()
	n := 0
	for _, j := range s.queue {
		n += len(j.data)
	}
	return n
}

// close ends everything at once: the dial, reads, queued writes, the
// handle. With reset, the peer gets RST instead of FIN (SO_LINGER 0).
func (s *socket) close(reset bool) {
	s.mu.Lock()
	if s.closed {
		s.mu.Unlock()
		return
	}
	s.closed = true
	close(s.quit)
	c, cancel := s.c, s.cancel
	s.queue = nil
	s.mu.Unlock()
	s.cond.Broadcast()
	if cancel != nil {
		cancel()
	}
	if c != nil {
		if tc, ok := c.(*net.TCPConn); ok && reset {
			_ = tc.SetLinger(0)
		}
		_ = c.Close()
	}
	if s.ownFd != 0 {
		_ = syscall.Close(s.ownFd)
	}
	s.h.Close()
}

// setNoDelay and setKeepAlive apply to TCP connections only; both are
// remembered by the shim and re-applied on connect.
func (s *socket) setNoDelay(on bool) {
	if tc, ok := s.conn().(*net.TCPConn); ok {
		_ = tc.SetNoDelay(on)
	}
}

func (s *socket) setKeepAlive(on bool, delay time.Duration) {
	if tc, ok := s.conn().(*net.TCPConn); ok {
		_ = tc.SetKeepAlive(on)
		if on && delay > 0 {
			_ = tc.SetKeepAlivePeriod(delay)
		}
	}
}

// listener accepts connections on its own goroutine and posts each to the
// loop; its handle keeps the loop alive while it listens.
type listener struct {
	h  *eventloop.Handle
	ln net.Listener

	// pending holds connections accepted but not yet handed to JS, so
	// that close() can close those the loop will never deliver.
	mu      sync.Mutex
	pending map[net.Conn]struct{}
	closed  bool

	// fd is the descriptor listen({ fd }) was given (ownsFd), which the
	// server owns and closes with the listener.
	fd     int
	ownsFd bool
}

// serve posts every accepted connection to onConn until close; an accept
// error other than closing goes to onError and stops accepting.
func (ln *listener) serve(onConn func(net.Conn), onError func(error)) {
	go func() {
		for {
			c, err := ln.ln.Accept()
			if err != nil {
				if !errors.Is(err, net.ErrClosed) {
					ln.h.Post(func() { onError(err) })
				}
				return
			}
			ln.mu.Lock()
			if ln.closed {
				ln.mu.Unlock()
				_ = c.Close()
				return
			}
			if ln.pending == nil {
				ln.pending = map[net.Conn]struct{}{}
			}
			ln.pending[c] = struct{}{}
			ln.mu.Unlock()
			ln.h.Post(func() {
				ln.mu.Lock()
				delete(ln.pending, c)
				ln.mu.Unlock()
				onConn(c)
			})
		}
	}()
}

func (ln *listener) close() {
	ln.mu.Lock()
	if ln.closed {
		// Twice would close a descriptor number someone reused.
		ln.mu.Unlock()
		return
	}
	ln.closed = true
	for c := range ln.pending {
		_ = c.Close()
	}
	ln.pending = nil
	ln.mu.Unlock()
	_ = ln.ln.Close()
	if ln.ownsFd {
		_ = syscall.Close(ln.fd)
	}
	ln.h.Close()
}
