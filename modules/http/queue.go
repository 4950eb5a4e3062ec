package http

import (
	"io"
	"net/http"
	"sync"

	"github.com/dop251/goja"
)

// opQueue carries the loop's orders (write this, end) to the goroutine
// that owns a message's Go side. Pushing never blocks the loop.
type opQueue struct {
	mu     sync.Mutex
	items  []op
	closed bool
	wake   chan struct{}
}

// op is one order; done runs on the loop with its outcome.
type op struct {
	kind    opKind
	status  int
	headers []string
	data    []byte
	done    func(error)
}

type opKind int

const (
	opHead opKind = iota
	opWrite
	opFlush
	opEnd
)

func newOpQueue() *opQueue { return &opQueue{wake: make(chan struct{}, 1)} }

// push queues o; it reports false when the owner is gone.
func (q *opQueue) push(o op) bool {
	q.mu.Lock()
	if q.closed {
		q.mu.Unlock()
		return false
	}
	q.items = append(q.items, o)
	q.mu.Unlock()
	select {
	case q.wake <- struct{}{}:
	default:
	}
	return true
}

// next returns the queued orders, or nil when there are none yet.
func (q *opQueue) next() []op {
	q.mu.Lock()
	defer q.mu.Unlock()
	items := q.items
	q.items = nil
	return items
}

// close refuses further orders and returns those never run.
func (q *opQueue) close() []op {
	q.mu.Lock()
	defer q.mu.Unlock()
	q.closed = true
	items := q.items
	q.items = nil
	return items
}

// pump reads a body one chunk per request from the loop, so a paused
// stream in JS stops reading from the socket.
type pump struct {
	r    io.Reader
	want chan struct{}
	stop chan struct{}
	once sync.Once
	// started is touched only on the loop.
	started bool
}

func newPump(r io.Reader) *pump {
	return &pump{r: r, want: make(chan struct{}, 1), stop: make(chan struct{})}
}

// start runs the reader goroutine; onData, onEnd and onErr are posted to
// the loop with post (the owner holds a loop ref meanwhile). onEnd or onErr runs
// once, last.
func (p *pump) start(post func(func()), onData func([]byte), onEnd func(), onErr func(error)) {
	go func() {
		buf := make([]byte, 64<<10)
		for {
			select {
			case <-p.want:
			case <-p.stop:
				return
			}
			n, err := p.r.Read(buf)
			if n > 0 {
				data := append([]byte(nil), buf[:n]...)
				post(func() { onData(data) })
			}
			if err == io.EOF {
				post(onEnd)
				return
			}
			if err != nil {
				post(func() { onErr(err) })
				return
			}
			if n == 0 {
				// nothing read and no error: ask again without waiting
				select {
				case p.want <- struct{}{}:
				default:
				}
			}
		}
	}()
}

// read asks for one more chunk.
func (p *pump) read() {
	select {
	case p.want <- struct{}{}:
	default:
	}
}

// close stops the reader.
func (p *pump) close() { p.once.Do(func() { close(p.stop) }) }

// smallBody is the largest body read whole before its message is
// delivered: one post instead of a chunk, an end and a read request
// crossing between the loop and the reader for every small message.
const smallBody = 64 << 10

// readSmall reads a body that is empty, or whose length is known, small
// and already received (buffered bytes, from the caller's reader): a
// read that could wait on the peer would hold back the message, which
// Node delivers at its headers. ended reports that the body is complete;
// when it is not, the caller streams it (err, if set, is what the read
// failed with, after the bytes in data).
func readSmall(body io.ReadCloser, length int64, buffered int) (data []byte, ended bool, err error) {
	if body == http.NoBody || length == 0 {
		return nil, true, nil
	}
	if length < 0 || length > smallBody || length > int64(buffered) {
		return nil, false, nil
	}
	data, err = io.ReadAll(body)
	return data, err == nil, err
}

// setBody gives a message's info object the body read with it.
func setBody(vm *goja.Runtime, info *goja.Object, data []byte, ended bool) {
	if len(data) > 0 {
		_ = info.Set("body", vm.NewArrayBuffer(data))
	}
	_ = info.Set("ended", ended)
}
