package childprocess

import (
	"bytes"
	"io"
	"net"
	"os"
	"sync"
	"sync/atomic"
	"syscall"

	"github.com/dop251/goja"

	"github.com/gorun-js/gorun/eventloop"
	"github.com/gorun-js/gorun/internal/nodeerr"
	"github.com/gorun-js/gorun/modules"
)

// reader moves what a child writes on one pipe to the loop. It holds its
// own handle until EOF, as libuv's reading pipe keeps the loop alive, and
// stops reading while the JS stream asks it to (backpressure).
type reader struct {
	f      io.ReadCloser
	h      *eventloop.Handle
	mu     sync.Mutex
	cond   *sync.Cond
	paused bool
	done   bool
	// reading is set once the goroutine has begun its first read.
	reading bool
	// unrefd: the handle was released while the pipe was shared and
	// not read (share); reading again takes it back.
	unrefd bool
	// eof is closed once the goroutine has posted its last event.
	eof chan struct{}
	// adoptEnd, when set, may take the end-of-output event to deliver it
	// itself (with the child's exit); it reports whether it did.
	adoptEnd func(end func()) bool
}

func newReader(l *eventloop.Loop, f io.ReadCloser) *reader {
	r := &reader{f: f, h: l.NewHandle(), eof: make(chan struct{})}
	r.cond = sync.NewCond(&r.mu)
	return r
}

// start reads until EOF or close; onData and onEnd run on the loop.
func (r *reader) start(onData func([]byte), onEnd func()) {
	go func() {
		defer close(r.eof)
		buf := make([]byte, 64*1024)
		for {
			r.mu.Lock()
			for r.paused && !r.done {
				r.cond.Wait()
			}
			done := r.done
			r.reading = !done
			r.mu.Unlock()
			if done {
				return
			}
			n, err := r.f.Read(buf)
			if n > 0 {
				data := append([]byte(nil), buf[:n]...)
				r.h.Post(func() { onData(data) })
			}
			if err != nil {
				_ = r.f.Close()
				end := func() {
					r.h.Close()
					onEnd()
				}
				if r.adoptEnd == nil || !r.adoptEnd(end) {
					r.h.Post(end)
				}
				return
			}
		}
	}()
}

func (r *reader) setPaused(p bool) {
	r.mu.Lock()
	r.paused = p
	reref := !p && r.unrefd
	r.unrefd = r.unrefd && !reref
	r.mu.Unlock()
	if reref {
		r.h.Ref()
	}
	r.cond.Broadcast()
}

// share returns a duplicate of the pipe's read end for another child,
// as node passes a pipe handle on: this process keeps its own end, paused
// until JS reads (p1 | p2, and p1's output read here once p2 is gone).
// Until then the reader doesn't keep the loop alive, like libuv's pipe
// that isn't reading. Nil when reading has begun or it isn't a file.
func (r *reader) share() *os.File {
	f, ok := r.f.(*os.File)
	if !ok {
		return nil
	}
	r.mu.Lock()
	if r.reading || r.done {
		r.mu.Unlock()
		return nil
	}
	r.paused = true
	r.mu.Unlock()
	dup := dupOf(f)
	if dup != nil && !r.unrefd {
		r.unrefd = true
		r.h.Unref()
	}
	return dup
}

// dupOf returns a close-on-exec duplicate of f's descriptor, or nil. A
// duplicate shares the open file's flags, and a child must not get a
// non-blocking pipe (cat and head fail with EAGAIN), so f is switched to
// blocking mode first (f.Fd does that); this process's goroutine reading
// or writing f then simply blocks in the syscall.
func dupOf(f *os.File) *os.File {
	nfd, err := syscall.Dup(int(f.Fd()))
	if err != nil {
		return nil
	}
	syscall.CloseOnExec(nfd)
	return os.NewFile(uintptr(nfd), f.Name())
}

// close stops reading early (the JS stream was destroyed).
func (r *reader) close() {
	r.mu.Lock()
	r.done = true
	r.mu.Unlock()
	r.cond.Broadcast()
	r.h.Close()
	_ = r.f.Close()
}

// dupFile returns a duplicate of the pipe's descriptor, or nil when it is
// closed or not a file.
func (w *writer) dupFile() *os.File {
	w.mu.Lock()
	shut := w.shut
	w.mu.Unlock()
	f, ok := w.f.(*os.File)
	if !ok || shut {
		return nil
	}
	return dupOf(f)
}

// writer writes to a child's pipe in order on its own goroutine so the
// loop never blocks; each pending write holds a loop ref until its
// callback has run.
type writer struct {
	l     *eventloop.Loop
	f     io.WriteCloser
	mu    sync.Mutex
	queue []writeJob
	busy  bool
	shut  bool
	// active counts a job between the start of its syscall and the
	// posting of its callback, so a child's 'exit' can wait for it.
	active atomic.Int32
}

type writeJob struct {
	data  []byte
	close bool
	done  func(error)
}

func newWriter(l *eventloop.Loop, f io.WriteCloser) *writer { return &writer{l: l, f: f} }

// write queues data; done runs on the loop with the write's error.
func (w *writer) write(data []byte, done func(error)) { w.push(writeJob{data: data, done: done}) }

// end closes the pipe after the queued writes.
func (w *writer) end(done func(error)) { w.push(writeJob{close: true, done: done}) }

// tryWrite writes what the descriptor takes without blocking when nothing
// is queued, as libuv's uv_try_write does, and queues the rest. An IPC
// message sent just before process.exit is then on the wire already, as
// in node. done still runs later, on the loop.
func (w *writer) tryWrite(data []byte, done func(error)) {
	sc, ok := w.f.(syscall.Conn)
	w.mu.Lock()
	idle := !w.busy && !w.shut && len(w.queue) == 0
	w.mu.Unlock()
	if ok && idle {
		if rc, err := sc.SyscallConn(); err == nil {
			n := 0
			_ = rc.Write(func(fd uintptr) bool {
				for n < len(data) {
					m, err := syscall.Write(int(fd), data[n:])
					if m <= 0 || err != nil {
						break
					}
					n += m
				}
				return true // never wait: the rest goes through the queue
			})
			data = data[n:]
			if len(data) == 0 {
				w.l.Ref()
				w.l.Post(func() {
					w.l.Unref()
					if done != nil {
						done(nil)
					}
				})
				return
			}
		}
	}
	w.write(data, done)
}

func (w *writer) push(j writeJob) {
	w.l.Ref()
	w.mu.Lock()
	if w.shut {
		w.mu.Unlock()
		w.l.Post(func() {
			w.l.Unref()
			if j.done != nil {
				j.done(syscall.EPIPE)
			}
		})
		return
	}
	if j.close {
		w.shut = true
	}
	w.queue = append(w.queue, j)
	start := !w.busy
	w.busy = true
	w.mu.Unlock()
	if start {
		go w.run()
	}
}

func (w *writer) run() {
	for {
		w.mu.Lock()
		if len(w.queue) == 0 {
			w.busy = false
			w.mu.Unlock()
			return
		}
		j := w.queue[0]
		w.queue = w.queue[1:]
		w.active.Add(1)
		w.mu.Unlock()
		var err error
		if j.close {
			err = w.f.Close()
		} else {
			_, err = w.f.Write(j.data)
		}
		w.l.Post(func() {
			w.l.Unref()
			if j.done != nil {
				j.done(err)
			}
		})
		w.active.Add(-1)
	}
}

// destroy closes the pipe at once, dropping nothing already written.
func (w *writer) destroy() {
	w.mu.Lock()
	w.shut = true
	w.mu.Unlock()
	_ = w.f.Close()
}

// errValue is a write's result for JS: 0 or Node's negative errno.
func errValue(err error) int {
	if err == nil {
		return 0
	}
	_, n, _ := nodeerr.Errno(err)
	return n
}

// channel is one end of an IPC channel: newline-delimited JSON, read by a
// goroutine into onMessage, written in order by a writer.
type channel struct {
	conn net.Conn
	r    *reader
	w    *writer
}

// newSocketpair returns the parent's connected end and the child's file.
func newSocketpair() (net.Conn, *os.File, error) {
	fds, err := syscall.Socketpair(syscall.AF_UNIX, syscall.SOCK_STREAM|syscall.SOCK_CLOEXEC, 0)
	if err != nil {
		return nil, nil, err
	}
	conn, err := fileConn(fds[0])
	if err != nil {
		_ = syscall.Close(fds[1])
		return nil, nil, err
	}
	return conn, os.NewFile(uintptr(fds[1]), "ipc"), nil
}

// fileConn wraps fd in a net.Conn (on Go's poller, so Close interrupts a
// blocked read) and releases fd itself.
func fileConn(fd int) (net.Conn, error) {
	f := os.NewFile(uintptr(fd), "ipc")
	defer f.Close()
	return net.FileConn(f)
}

func newChannel(l *eventloop.Loop, conn net.Conn) *channel {
	return &channel{conn: conn, r: newReader(l, conn), w: newWriter(l, conn)}
}

// bind exposes the channel to JS: send(string, cb), close(), ref(),
// unref(); messages arrive as onmessage(line) and the end as onclose().
func (ch *channel) bind(vm *goja.Runtime, l *eventloop.Loop, onMessage, onClose goja.Value) *goja.Object {
	o := vm.NewObject()
	_ = o.Set("send", func(s string, cb goja.Value) {
		ch.w.tryWrite([]byte(s), func(err error) {
			if _, ok := goja.AssertFunction(cb); ok {
				l.Call(cb, goja.Undefined(), []goja.Value{vm.ToValue(errValue(err))})
			}
		})
	})
	_ = o.Set("close", func() {
		ch.w.destroy()
		ch.r.close()
	})
	_ = o.Set("ref", func() { ch.r.h.Ref() })
	_ = o.Set("unref", func() { ch.r.h.Unref() })
	_ = o.Set("hasRef", func() bool { return ch.r.h.HasRef() })
	var partial []byte
	ch.r.start(func(data []byte) {
		// One Post per chunk; split it into lines here, on the loop.
		partial = append(partial, data...)
		for {
			i := bytes.IndexByte(partial, '\n')
			if i < 0 {
				break
			}
			line := string(partial[:i])
			partial = partial[i+1:]
			l.Call(onMessage, goja.Undefined(), []goja.Value{vm.ToValue(line)})
		}
	}, func() {
		l.Call(onClose, goja.Undefined(), nil)
	})
	return o
}

// ipcBinding is the Go half of "internal/child_process/ipc": open(fd,
// onmessage, onclose) adopts the channel a parent passed as fd.
func ipcBinding(c *modules.Context) (*goja.Object, error) {
	vm, l := c.VM, c.Loop
	b := vm.NewObject()
	_ = b.Set("open", func(fd int, onMessage, onClose goja.Value) goja.Value {
		conn, err := fileConn(fd)
		if err != nil {
			panic(nodeerr.System(vm, err, "open", "", ""))
		}
		ch := newChannel(l, conn)
		return ch.bind(vm, l, onMessage, onClose)
	})
	return b, nil
}
