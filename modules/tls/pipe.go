package tls

import (
	"errors"
	"net"
	"sync"
	"time"
)

// pipeHighWater is how much ciphertext the pipe buffers before the
// transport is paused: one libuv read, as node's TLSWrap holds at most
// one encrypted chunk ahead of OpenSSL.
const pipeHighWater = 64 << 10

var errPipeClosed = errors.New("tls: transport closed")

// pipe is the net.Conn crypto/tls runs over: a JS stream (usually a
// net.Socket) is the real transport, as in node, where a TLSSocket wraps
// any Duplex. Ciphertext from the transport's 'data' is fed in on the
// loop; what crypto/tls writes is handed to the loop and the writer waits
// until the transport's write callback fires, so a slow transport pushes
// back on the TLS writer.
type pipe struct {
	mu     sync.Mutex
	cond   *sync.Cond
	buf    []byte
	eof    bool
	closed bool
	quit   chan struct{}

	// send posts one chunk to the transport; done runs once it is
	// written (or failed). resume asks the transport to read again once
	// the buffer drained below pipeHighWater.
	send   func(p []byte, done func(error)) bool
	resume func()
	paused bool
}

func newPipe() *pipe {
	p := &pipe{quit: make(chan struct{})}
	p.cond = sync.NewCond(&p.mu)
	return p
}

// feed appends ciphertext from the transport; false asks the caller to
// pause the transport (the buffer is full).
func (p *pipe) feed(b []byte) bool {
	p.mu.Lock()
	p.buf = append(p.buf, b...)
	full := len(p.buf) >= pipeHighWater
	if full {
		p.paused = true
	}
	p.mu.Unlock()
	p.cond.Broadcast()
	return !full
}

// end records the transport's EOF.
func (p *pipe) end() {
	p.mu.Lock()
	p.eof = true
	p.mu.Unlock()
	p.cond.Broadcast()
}

// Read implements net.Conn for crypto/tls.
func (p *pipe) Read(b []byte) (int, error) {
	p.mu.Lock()
	for len(p.buf) == 0 && !p.eof && !p.closed {
		p.cond.Wait()
	}
	if p.closed {
		p.mu.Unlock()
		return 0, errPipeClosed
	}
	if len(p.buf) == 0 {
		p.mu.Unlock()
		return 0, errEOF
	}
	n := copy(b, p.buf)
	p.buf = p.buf[n:]
	wake := p.paused && len(p.buf) < pipeHighWater/2
	if wake {
		p.paused = false
	}
	p.mu.Unlock()
	if wake && p.resume != nil {
		p.resume()
	}
	return n, nil
}

// Write implements net.Conn for crypto/tls: it blocks until the transport
// took the chunk. It must never run on the loop goroutine.
func (p *pipe) Write(b []byte) (int, error) {
	p.mu.Lock()
	closed := p.closed
	p.mu.Unlock()
	if closed {
		return 0, errPipeClosed
	}
	ack := make(chan error, 1)
	data := append([]byte(nil), b...)
	if !p.send(data, func(err error) { ack <- err }) {
		return 0, errPipeClosed
	}
	select {
	case err := <-ack:
		if err != nil {
			return 0, err
		}
		return len(b), nil
	case <-p.quit:
		return 0, errPipeClosed
	}
}

// Close implements net.Conn: pending reads and writes fail at once.
func (p *pipe) Close() error {
	p.mu.Lock()
	if !p.closed {
		p.closed = true
		close(p.quit)
	}
	p.mu.Unlock()
	p.cond.Broadcast()
	return nil
}

type pipeAddr struct{}

func (pipeAddr) Network() string { return "pipe" }
func (pipeAddr) String() string  { return "pipe" }

// LocalAddr implements net.Conn; the JS transport knows the real one.
func (p *pipe) LocalAddr() net.Addr { return pipeAddr{} }

// RemoteAddr implements net.Conn; the JS transport knows the real one.
func (p *pipe) RemoteAddr() net.Addr { return pipeAddr{} }

// Deadlines are the JS socket's business (setTimeout), not the pipe's.
func (p *pipe) SetDeadline(time.Time) error      { return nil }
func (p *pipe) SetReadDeadline(time.Time) error  { return nil }
func (p *pipe) SetWriteDeadline(time.Time) error { return nil }
