// Package tty is Node's `tty` module: https://nodejs.org/api/tty.html.
// isatty is complete; ReadStream and WriteStream are the terminal
// classes on Readable and Writable (no net.Socket underneath yet), over
// the descriptor primitives of internal/process/stdio: WriteStream writes
// synchronously to its fd, as process.stdout does.
package tty

import (
	_ "embed"
	"os"

	"github.com/dop251/goja"
	"golang.org/x/term"

	"github.com/gorun-js/gorun/internal/nodeerr"
	"github.com/gorun-js/gorun/modules"
)

//go:embed tty.js
var source string

var shim = modules.NewShim("node:tty", source)

// Module declares `tty`.
func Module() modules.Module {
	return modules.Module{Name: "tty", Shim: shim, Binding: binding}
}

// stdio returns the runtime's own stream for fds 0-2: an embedded
// runtime's stdio need not be the process's.
func stdio(h *modules.Host, fd int) (any, bool) {
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

// osFd is the descriptor behind fd for this runtime, or -1 when the
// runtime's stream for it is not a file.
func osFd(h *modules.Host, fd int) int {
	if s, ok := stdio(h, fd); ok {
		if f, ok := s.(*os.File); ok {
			return int(f.Fd())
		}
		return -1
	}
	return fd
}

// usable reports what libuv's uv_tty_init accepts: terminals, pipes and
// sockets; files, other devices and bad descriptors are EINVAL. A
// runtime stream that is not a file is a pipe to its host.
func usable(h *modules.Host, fd int) bool {
	real := osFd(h, fd)
	if real < 0 {
		return true
	}
	return term.IsTerminal(real) || isPipeOrSocket(real)
}

// rawStates remembers each fd's mode before raw mode, to restore it.
type rawStates map[int]*termState

func binding(c *modules.Context) (*goja.Object, error) {
	vm, h := c.VM, c.Host
	raw := rawStates{}
	b := vm.NewObject()
	set := func(name string, fn any) { _ = b.Set(name, fn) }

	set("isatty", func(fd int) bool {
		real := osFd(h, fd)
		return real >= 0 && term.IsTerminal(real)
	})
	// init checks fd as uv_tty_init would; on failure it fills ctx for
	// ERR_TTY_INIT_FAILED.
	set("init", func(fd int, ctx *goja.Object) bool {
		if usable(h, fd) {
			return true
		}
		code, errno, msg := nodeerr.Errno(errInvalid)
		_ = ctx.Set("errno", errno)
		_ = ctx.Set("code", code)
		_ = ctx.Set("message", msg)
		_ = ctx.Set("syscall", "uv_tty_init")
		return false
	})
	set("windowSize", func(fd int) goja.Value {
		real := osFd(h, fd)
		if real < 0 {
			return goja.Undefined()
		}
		w, ht, err := term.GetSize(real)
		if err != nil {
			return goja.Undefined()
		}
		return vm.ToValue([]int{w, ht})
	})
	// setRawMode returns an error for the stream's 'error' event, or
	// undefined.
	set("setRawMode", func(fd int, on bool) goja.Value {
		if err := setRaw(raw, osFd(h, fd), on); err != nil {
			return nodeerr.System(vm, err, "setRawMode", "", "")
		}
		return goja.Undefined()
	})
	return b, nil
}

func setRaw(raw rawStates, fd int, on bool) error {
	if fd < 0 {
		return errNotTTY
	}
	if on {
		if _, done := raw[fd]; done {
			return nil
		}
		old, err := makeRaw(fd)
		if err != nil {
			return err
		}
		raw[fd] = old
		return nil
	}
	old, ok := raw[fd]
	if !ok {
		if !term.IsTerminal(fd) {
			return errNotTTY
		}
		return nil
	}
	delete(raw, fd)
	return restore(fd, old)
}
