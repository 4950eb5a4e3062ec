package process

import (
	"bytes"
	_ "embed"
	"errors"
	"io"
	"os"
	"os/signal"
	"sync"
	"syscall"

	"github.com/dop251/goja"
	"golang.org/x/sys/unix"
	"golang.org/x/term"

	"github.com/gorun-js/gorun/eventloop"
	"github.com/gorun-js/gorun/internal/nodeerr"
	"github.com/gorun-js/gorun/modules"
	"github.com/gorun-js/gorun/modules/buffer"
)

//go:embed stdio.js
var stdioSource string

//go:embed sync_write_stream.js
var syncWriteStreamSource string

var (
	stdioShim           = modules.NewShim("node:internal/process/stdio", stdioSource)
	syncWriteStreamShim = modules.NewShim("node:internal/fs/sync_write_stream", syncWriteStreamSource)
)

// StdioModules declares the internal modules behind process.stdin,
// process.stdout and process.stderr: "internal/process/stdio" (the
// streams and the fd primitives tty shares) and
// "internal/fs/sync_write_stream" (node's SyncWriteStream).
func StdioModules() []modules.Module {
	return []modules.Module{
		{Name: "internal/process/stdio", Shim: stdioShim, Binding: stdioBinding},
		{Name: "internal/fs/sync_write_stream", Shim: syncWriteStreamShim},
	}
}

// readChunk is how much one read of an input takes, as libuv's 64 KiB.
const readChunk = 64 * 1024

// stdioOf returns the runtime's own stream for fds 0-2: an embedded
// runtime's stdio need not be the process's.
func stdioOf(h *modules.Host, fd int) (any, bool) {
	if h == nil {
		return nil, false
	}
	switch fd {
	case 0:
		return h.Stdin, h.Stdin != nil
	case 1:
		return h.Stdout, h.Stdout != nil
	case 2:
		return h.Stderr, h.Stderr != nil
	}
	return nil, false
}

// handleType is libuv's uv_guess_handle for fd as this runtime sees it:
// a runtime stream that is not a file is a pipe to its host.
func handleType(h *modules.Host, fd int) string {
	real := fd
	if s, ok := stdioOf(h, fd); ok {
		f, isFile := s.(*os.File)
		if !isFile {
			return "PIPE"
		}
		real = int(f.Fd())
	} else if fd <= 2 {
		return "UNKNOWN"
	}
	var st unix.Stat_t
	if unix.Fstat(real, &st) != nil {
		return "UNKNOWN"
	}
	switch st.Mode & unix.S_IFMT {
	case unix.S_IFREG:
		return "FILE"
	case unix.S_IFCHR:
		if term.IsTerminal(real) {
			return "TTY"
		}
		return "FILE"
	case unix.S_IFIFO:
		return "PIPE"
	case unix.S_IFSOCK:
		return "PIPE"
	}
	return "UNKNOWN"
}

// writeFd writes all of p to fd synchronously, as node's stdio writes to
// files, pipes and terminals are on Linux.
func writeFd(h *modules.Host, fd int, p []byte) error {
	if s, ok := stdioOf(h, fd); ok {
		w, ok := s.(io.Writer)
		if !ok {
			return syscall.EBADF
		}
		_, err := w.Write(p)
		return err
	}
	for len(p) > 0 {
		n, err := unix.Write(fd, p)
		if errors.Is(err, unix.EINTR) {
			continue
		}
		if err != nil {
			return err
		}
		p = p[n:]
	}
	return nil
}

var sigpipeOnce sync.Once

// CatchSIGPIPE makes a write to a closed pipe on fd 1 or 2 fail with EPIPE
// instead of killing the process, as node (which ignores SIGPIPE) does.
// Go kills a program on SIGPIPE from fds 1-2 unless the signal is
// notified; notifying (rather than ignoring) keeps child processes'
// default disposition.
func CatchSIGPIPE() {
	sigpipeOnce.Do(func() {
		ch := make(chan os.Signal, 1)
		signal.Notify(ch, syscall.SIGPIPE)
		go func() {
			for range ch {
			}
		}()
	})
}

// fdReader reads one input on a goroutine, one chunk per request, and
// delivers each chunk on the loop. Its handle keeps the loop alive only
// while a read is requested and the stream wants data (not paused), so a
// paused stdin lets the program end although a read may be blocked.
type fdReader struct {
	c         *modules.Context
	r         io.Reader
	handle    *eventloop.Handle
	requests  chan struct{}
	pending   bool
	refWanted bool
	done      bool
}

// rawFd reads a descriptor that is not one of the runtime's stdio streams
// without an *os.File, whose finalizer would close it.
type rawFd int

func (f rawFd) Read(p []byte) (int, error) {
	for {
		n, err := unix.Read(int(f), p)
		if errors.Is(err, unix.EINTR) {
			continue
		}
		if err != nil {
			return 0, err
		}
		if n == 0 {
			return 0, io.EOF
		}
		return n, nil
	}
}

func (r *fdReader) updateRef() {
	if r.handle == nil {
		return
	}
	if r.pending && r.refWanted {
		r.handle.Ref()
	} else {
		r.handle.Unref()
	}
}

// read asks for the next chunk; cb(errno, arrayBuffer|null) runs on the
// loop (errno 0 and null at the end of input).
func (r *fdReader) read(cb goja.Value) {
	if r.done || r.pending {
		return
	}
	if r.handle == nil {
		r.handle = r.c.Loop.NewHandle()
		r.requests = make(chan struct{}, 1)
		go r.run(cb)
	}
	r.pending = true
	r.updateRef()
	r.requests <- struct{}{}
}

func (r *fdReader) run(cb goja.Value) {
	vm := r.c.VM
	buf := make([]byte, readChunk)
	for range r.requests {
		n, err := r.r.Read(buf)
		var chunk []byte
		if n > 0 {
			chunk = bytes.Clone(buf[:n])
		}
		end := err != nil
		r.handle.Post(func() {
			r.pending = false
			if chunk != nil {
				r.updateRef()
				r.c.Loop.Call(cb, goja.Undefined(), []goja.Value{vm.ToValue(0), vm.ToValue(vm.NewArrayBuffer(chunk))})
				if !end {
					return
				}
			}
			if !end {
				// An empty read: the stream asks again.
				r.updateRef()
				r.c.Loop.Call(cb, goja.Undefined(), []goja.Value{vm.ToValue(0), vm.ToValue(vm.NewArrayBuffer(nil))})
				return
			}
			r.done = true
			r.handle.Close()
			errno := 0
			if !errors.Is(err, io.EOF) {
				_, errno, _ = nodeerr.Errno(err)
			}
			// null is the end of input.
			r.c.Loop.Call(cb, goja.Undefined(), []goja.Value{vm.ToValue(errno), goja.Null()})
		})
		if end {
			return
		}
	}
}

func stdioBinding(c *modules.Context) (*goja.Object, error) {
	vm, h := c.VM, c.Host
	b := vm.NewObject()
	set := func(name string, v any) { _ = b.Set(name, v) }
	readers := map[int]*fdReader{}

	if h != nil {
		if f, ok := h.Stdout.(*os.File); ok && f.Fd() <= 2 {
			CatchSIGPIPE()
		} else if f, ok := h.Stderr.(*os.File); ok && f.Fd() <= 2 {
			CatchSIGPIPE()
		}
	}

	set("handleType", func(fd int) string { return handleType(h, fd) })
	// claim marks fd as owned by a JS stream: the global console stops
	// writing to it directly (modules.Host.StdioClaimed).
	set("claim", func(fd int) {
		if h != nil && fd >= 0 && fd <= 2 {
			h.StdioClaimed[fd] = true
		}
	})
	// write writes a string or bytes to fd at once; it returns 0 or a
	// negative errno for the stream to report in its own style.
	set("write", func(fd int, data goja.Value) int {
		var p []byte
		if goja.IsString(data) {
			p = []byte(data.String())
		} else {
			p = buffer.BytesOf(vm, data)
		}
		if err := writeFd(h, fd, p); err != nil {
			_, errno, _ := nodeerr.Errno(err)
			return errno
		}
		return 0
	})
	reader := func(fd int) *fdReader {
		r, ok := readers[fd]
		if !ok {
			r = &fdReader{c: c, refWanted: true}
			if s, isStdio := stdioOf(h, fd); isStdio {
				if rd, isReader := s.(io.Reader); isReader {
					r.r = rd
				} else {
					r.r = rawFd(-1)
				}
			} else {
				r.r = rawFd(fd)
			}
			readers[fd] = r
		}
		return r
	}
	set("read", func(fd int, cb goja.Value) { reader(fd).read(cb) })
	// setReading tells whether the stream wants data: a paused stream's
	// pending read holds no ref.
	set("setReading", func(fd int, on bool) {
		r := reader(fd)
		r.refWanted = on
		r.updateRef()
	})
	return b, nil
}
