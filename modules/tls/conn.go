package tls

import (
	"context"
	"crypto/tls"
	"crypto/x509"
	"errors"
	"io"
	"net"
	"sync"

	"github.com/gorun-js/gorun/eventloop"
)

var errEOF = io.EOF

// readSize is one decrypted chunk, at most a TLS record's worth times
// four; node delivers record-sized chunks too.
const readSize = 64 << 10

// conn is the Go half of a TLSSocket: crypto/tls over a pipe to the JS
// transport. As modules/net's socket, one goroutine reads (parked while
// the JS stream is full), another writes in order, and every completion
// reaches JS through the handle on the loop. The handle keeps the loop
// alive while the connection is active (handshaking, reading, writing)
// and not unref'd.
type conn struct {
	h  *eventloop.Handle
	p  *pipe
	tc *tls.Conn

	onData  func([]byte)
	onEnd   func()
	onError func(error)

	mu        sync.Mutex
	cond      *sync.Cond
	ready     bool // handshake done: reads may start
	reading   bool
	started   bool
	closed    bool
	userRef   bool
	handshake bool
	inflight  int
	queue     []writeJob
	// state is what VerifyConnection saw: the peer's certificates are
	// readable from the loop while the handshake goroutine holds
	// crypto/tls's handshake lock.
	state *tls.ConnectionState
	// verified is the chain to the trusted root once verify succeeded.
	verified []*x509.Certificate
	busy     bool
	shut     bool
}

type writeJob struct {
	data     []byte
	shutdown bool
	done     func(error)
}

func newConn(l *eventloop.Loop, p *pipe, cfg *tls.Config, server bool) *conn {
	c := &conn{h: l.NewHandle(), p: p, userRef: true}
	c.cond = sync.NewCond(&c.mu)
	c.h.Unref()
	if server {
		c.tc = tls.Server(p, cfg)
	} else {
		c.tc = tls.Client(p, cfg)
	}
	return c
}

func (c *conn) updateRefLocked() {
	active := c.handshake || c.inflight > 0 || (c.reading && c.ready)
	if c.userRef && active && !c.closed {
		c.h.Ref()
	} else {
		c.h.Unref()
	}
}

func (c *conn) setRef(on bool) {
	c.mu.Lock()
	c.userRef = on
	c.updateRefLocked()
	c.mu.Unlock()
}

// start runs the handshake on its own goroutine; done runs on the loop.
func (c *conn) start(done func(error)) {
	c.mu.Lock()
	c.handshake = true
	c.updateRefLocked()
	c.mu.Unlock()
	go func() {
		err := c.tc.HandshakeContext(context.Background())
		c.h.Post(func() {
			c.mu.Lock()
			c.handshake = false
			if err == nil {
				c.ready = true
				if c.reading && !c.started && !c.closed {
					c.startLocked()
				}
			}
			c.updateRefLocked()
			c.mu.Unlock()
			done(err)
		})
	}()
}

func (c *conn) readStart() {
	c.mu.Lock()
	c.reading = true
	if c.ready && !c.started && !c.closed {
		c.startLocked()
	}
	c.updateRefLocked()
	c.mu.Unlock()
	c.cond.Broadcast()
}

func (c *conn) readStop() {
	c.mu.Lock()
	c.reading = false
	c.updateRefLocked()
	c.mu.Unlock()
}

func (c *conn) startLocked() {
	c.started = true
	go c.readLoop()
}

func (c *conn) readLoop() {
	buf := make([]byte, readSize)
	for {
		c.mu.Lock()
		for !c.reading && !c.closed {
			c.cond.Wait()
		}
		closed := c.closed
		c.mu.Unlock()
		if closed {
			return
		}
		n, err := c.tc.Read(buf)
		if n > 0 {
			data := append([]byte(nil), buf[:n]...)
			ack := make(chan struct{})
			if !c.h.Post(func() {
				defer close(ack)
				c.onData(data)
			}) {
				return
			}
			select {
			case <-ack:
			case <-c.p.quit:
				return
			}
		}
		if err != nil {
			if errors.Is(err, io.EOF) || errors.Is(err, io.ErrUnexpectedEOF) {
				c.h.Post(c.onEnd)
			} else if !errors.Is(err, errPipeClosed) && !errors.Is(err, net.ErrClosed) {
				c.h.Post(func() { c.onError(err) })
			}
			c.mu.Lock()
			c.reading = false
			c.updateRefLocked()
			c.mu.Unlock()
			return
		}
	}
}

// write queues cleartext; done runs on the loop once the transport took
// the records.
func (c *conn) write(data []byte, done func(error)) { c.push(writeJob{data: data, done: done}) }

// shutdown sends close_notify after the queued writes; the shim then ends
// the transport.
func (c *conn) shutdown(done func(error)) { c.push(writeJob{shutdown: true, done: done}) }

func (c *conn) push(j writeJob) {
	c.mu.Lock()
	if c.closed || c.shut {
		c.mu.Unlock()
		c.h.Post(func() { j.done(net.ErrClosed) })
		return
	}
	if j.shutdown {
		c.shut = true
	}
	c.inflight++
	c.updateRefLocked()
	c.queue = append(c.queue, j)
	start := !c.busy
	c.busy = true
	c.mu.Unlock()
	if start {
		go c.writeLoop()
	}
}

func (c *conn) writeLoop() {
	for {
		c.mu.Lock()
		if len(c.queue) == 0 || c.closed {
			c.busy = false
			c.queue = nil
			c.mu.Unlock()
			return
		}
		j := c.queue[0]
		c.queue = c.queue[1:]
		c.mu.Unlock()
		var err error
		if j.shutdown {
			err = c.tc.CloseWrite()
		} else {
			_, err = c.tc.Write(j.data)
		}
		c.h.Post(func() { j.done(err) })
		c.mu.Lock()
		c.inflight--
		c.updateRefLocked()
		c.mu.Unlock()
	}
}

// pending is the cleartext queued for writing (bufferSize).
func (c *conn) pending() int {
	c.mu.Lock()
	defer c.mu.Unlock()
	n := 0
	for _, j := range c.queue {
		n += len(j.data)
	}
	return n
}

// close stops everything: the pipe fails pending reads and writes, the
// handle drops its ref, nothing is delivered afterwards.
func (c *conn) close() {
	c.mu.Lock()
	if c.closed {
		c.mu.Unlock()
		return
	}
	c.closed = true
	c.queue = nil
	c.mu.Unlock()
	c.cond.Broadcast()
	_ = c.p.Close()
	c.h.Close()
}

// peerCertificates is the peer's chain, leaf first.
func (c *conn) peerCertificates() []*x509.Certificate {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.verified != nil {
		return c.verified
	}
	if c.state == nil {
		return nil
	}
	return c.state.PeerCertificates
}
