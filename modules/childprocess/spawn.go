package childprocess

import (
	"net"
	"os"
	"sync"
	"syscall"
	"time"

	"github.com/dop251/goja"

	"github.com/gorun-js/gorun/modules"
	"github.com/gorun-js/gorun/modules/buffer"
)

// spawnAsync starts the process the shim described in o. It returns
// {error: errno} when the start fails, else a handle object: pid,
// kill(signum) → 0 or errno, ref(), unref(), and per stdio index
// write/end/destroy (the child's input) or readStart/readStop/destroy (its
// output), plus `ipc` when one stdio entry is "ipc". Events call back into
// o.onexit(code, signal), o.ondata(i, ArrayBuffer), o.onend(i),
// o.onmessage(line) and o.onipcclose().
func spawnAsync(c *modules.Context, o *goja.Object) goja.Value {
	vm, l := c.VM, c.Loop
	spec := readCommand(vm, o)
	fail := func(err error) goja.Value {
		r := vm.NewObject()
		_ = r.Set("error", errnoOf(err))
		return r
	}
	cmd, err := spec.build()
	if err != nil {
		return fail(err)
	}

	var (
		childEnds []*os.File // closed in the parent once the child has them
		readers   = map[int]*reader{}
		writers   = map[int]*writer{}
		ipcConn   net.Conn
	)
	cleanup := func() {
		for _, f := range childEnds {
			_ = f.Close()
		}
	}
	for i, s := range spec.stdio {
		switch s.kind {
		case "pipe", "overlapped":
			pr, pw, err := os.Pipe()
			if err != nil {
				cleanup()
				return fail(err)
			}
			if i == 0 {
				placeFile(cmd, i, pr)
				childEnds = append(childEnds, pr)
				writers[i] = newWriter(l, pw)
			} else {
				placeFile(cmd, i, pw)
				childEnds = append(childEnds, pw)
				// Reading starts when JS asks (readStart, a tick after
				// spawn): until then the pipe may still be handed to
				// another child whole (take).
				readers[i] = newReader(l, pr)
				readers[i].paused = true
			}
		case "file":
			if s.file == nil {
				cleanup()
				return fail(syscall.EBADF)
			}
			// The parent's copy closes once the child has it, as node
			// closes the handle it passed.
			placeFile(cmd, i, s.file)
			childEnds = append(childEnds, s.file)
		case "ignore":
			if i < 3 {
				f, err := os.OpenFile(os.DevNull, os.O_RDWR, 0)
				if err != nil {
					cleanup()
					return fail(err)
				}
				placeFile(cmd, i, f)
				childEnds = append(childEnds, f)
			}
		case "inherit", "fd":
			fd := i
			if s.kind == "fd" {
				fd = s.fd
			}
			if fd >= 3 {
				f, err := dupFile(fd)
				if err != nil {
					cleanup()
					return fail(err)
				}
				placeFile(cmd, i, f)
				childEnds = append(childEnds, f)
				break
			}
			// The runtime's own stdio, which need not be the Go process's.
			v := inheritStream(c.Host, fd)
			if f, ok := v.(*os.File); ok {
				placeFile(cmd, i, f)
			} else if i < 3 {
				setStd(cmd, i, v)
			}
		case "ipc":
			conn, f, err := newSocketpair()
			if err != nil {
				cleanup()
				return fail(err)
			}
			placeFile(cmd, i, f)
			childEnds = append(childEnds, f)
			ipcConn = conn
		}
	}

	if err := cmd.Start(); err != nil {
		cleanup()
		for _, r := range readers {
			r.close()
		}
		for _, w := range writers {
			w.destroy()
		}
		if ipcConn != nil {
			_ = ipcConn.Close()
		}
		return fail(err)
	}
	cleanup()

	h := l.NewHandle()
	onexit := o.Get("onexit")
	var ipcCh *channel
	if ipcConn != nil {
		ipcCh = newChannel(l, ipcConn)
	}
	ex := &exitSync{exited: make(chan struct{})}
	for _, r := range readers {
		r.adoptEnd = ex.adopt
	}
	go func() {
		_ = cmd.Wait()
		close(ex.exited)
		// A child's output usually reaches EOF as it exits, and a write it
		// consumed has completed: give those a moment so that 'exit'
		// follows them, in the same macrotask as the ends, the order Node
		// shows in practice. Output held open by a grandchild does not
		// delay 'exit' for long.
		// The IPC channel too: a message sent just before exiting arrives
		// before 'exit' (and 'disconnect' with it), as in node.
		var extra []*reader
		if ipcCh != nil {
			extra = append(extra, ipcCh.r)
		}
		settle(readers, writers, 20*time.Millisecond, extra...)
		ends := ex.flush()
		h.Post(func() {
			for _, end := range ends {
				end()
			}
			h.Close()
			code, sig := exitValues(vm, cmd.ProcessState)
			l.Call(onexit, goja.Undefined(), []goja.Value{code, sig})
		})
	}()

	obj := vm.NewObject()
	_ = obj.Set("pid", cmd.Process.Pid)
	_ = obj.Set("kill", func(sig int) int {
		if err := cmd.Process.Signal(syscall.Signal(sig)); err != nil {
			if err == os.ErrProcessDone {
				return -int(syscall.ESRCH)
			}
			return errnoOf(err)
		}
		return 0
	})
	_ = obj.Set("ref", func() { h.Ref() })
	_ = obj.Set("unref", func() { h.Unref() })
	_ = obj.Set("hasRef", func() bool { return h.HasRef() })

	ondata, onend := o.Get("ondata"), o.Get("onend")
	for i, r := range readers {
		i, r := i, r
		r.start(func(data []byte) {
			l.Call(ondata, goja.Undefined(), []goja.Value{vm.ToValue(i), vm.ToValue(vm.NewArrayBuffer(data))})
		}, func() {
			l.Call(onend, goja.Undefined(), []goja.Value{vm.ToValue(i)})
		})
	}
	callback := func(cb goja.Value) func(error) {
		return func(err error) {
			if _, ok := goja.AssertFunction(cb); ok {
				l.Call(cb, goja.Undefined(), []goja.Value{vm.ToValue(errValue(err))})
			}
		}
	}
	_ = obj.Set("write", func(i int, data goja.Value, cb goja.Value) {
		w := writers[i]
		if w == nil {
			return
		}
		w.write(buffer.CopyOf(vm, data), callback(cb))
	})
	_ = obj.Set("end", func(i int, cb goja.Value) {
		if w := writers[i]; w != nil {
			w.end(callback(cb))
		}
	})
	_ = obj.Set("readStart", func(i int) {
		if r := readers[i]; r != nil {
			r.setPaused(false)
		}
	})
	// take gives a copy of the read end of pipe i to another child's
	// stdio, before anything was read from it; null once reading began.
	_ = obj.Set("take", func(i int) goja.Value {
		r := readers[i]
		if r == nil {
			return goja.Null()
		}
		f := r.share()
		if f == nil {
			return goja.Null()
		}
		return vm.ToValue(f)
	})
	// share returns a copy of the write end of pipe i (the child's
	// input) for another child's output; this process keeps writing.
	_ = obj.Set("share", func(i int) goja.Value {
		w := writers[i]
		if w == nil {
			return goja.Null()
		}
		f := w.dupFile()
		if f == nil {
			return goja.Null()
		}
		return vm.ToValue(f)
	})
	_ = obj.Set("readStop", func(i int) {
		if r := readers[i]; r != nil {
			r.setPaused(true)
		}
	})
	_ = obj.Set("destroy", func(i int) {
		if r := readers[i]; r != nil {
			r.close()
		}
		if w := writers[i]; w != nil {
			w.destroy()
		}
	})
	if ipcCh != nil {
		_ = obj.Set("ipc", ipcCh.bind(vm, l, o.Get("onmessage"), o.Get("onipcclose")))
	}
	return obj
}

// settle waits, at most d in all, for readers to reach EOF and writers to
// report their last completed job.
func settle(readers map[int]*reader, writers map[int]*writer, d time.Duration, extra ...*reader) {
	deadline := time.NewTimer(d)
	defer deadline.Stop()
	all := extra
	for _, r := range readers {
		all = append(all, r)
	}
	for _, r := range all {
		select {
		case <-r.eof:
		case <-deadline.C:
			return
		}
	}
	tick := time.NewTicker(time.Millisecond)
	defer tick.Stop()
	for _, w := range writers {
		for w.active.Load() > 0 {
			select {
			case <-tick.C:
			case <-deadline.C:
				return
			}
		}
	}
}

// exitSync lets the end of a child's output that arrives as the child
// exits be delivered together with 'exit', as libuv delivers both in one
// loop iteration.
type exitSync struct {
	exited  chan struct{}
	mu      sync.Mutex
	flushed bool
	ends    []func()
}

// adopt is a reader's adoptEnd: it waits briefly for the child to exit
// and then takes the end event, unless 'exit' has already been posted.
func (e *exitSync) adopt(end func()) bool {
	t := time.NewTimer(20 * time.Millisecond)
	defer t.Stop()
	select {
	case <-e.exited:
	case <-t.C:
		return false
	}
	e.mu.Lock()
	defer e.mu.Unlock()
	if e.flushed {
		return false
	}
	e.ends = append(e.ends, end)
	return true
}

// flush returns the adopted end events; later ones post on their own.
func (e *exitSync) flush() []func() {
	e.mu.Lock()
	defer e.mu.Unlock()
	e.flushed = true
	return e.ends
}
