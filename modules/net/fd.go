package net

import (
	"net"
	"os"
	"syscall"

	"github.com/dop251/goja"
	"golang.org/x/term"

	"github.com/gorun-js/gorun/eventloop"
	"github.com/gorun-js/gorun/internal/nodeerr"
)

// listenFd is server.listen({ fd }): it listens on a socket the process
// already has. As in node (whose handle then owns the descriptor), fd is
// closed when the server closes. Anything but a socket fails as libuv
// does: a pipe cannot listen (ENOTSOCK), other files are not handles node
// can listen on (EINVAL). It returns the listener object or a negative
// errno.
func listenFd(vm *goja.Runtime, l *eventloop.Loop, fd int) goja.Value {
	var st syscall.Stat_t
	if err := syscall.Fstat(fd, &st); err != nil {
		return vm.ToValue(errnoOf(err))
	}
	switch st.Mode & syscall.S_IFMT {
	case syscall.S_IFSOCK:
	case syscall.S_IFIFO:
		return vm.ToValue(nodeerr.ErrnoOf("ENOTSOCK"))
	default:
		return vm.ToValue(nodeerr.ErrnoOf("EINVAL"))
	}
	// A bound socket that is not listening yet starts here; for one that
	// listens already this only sets the backlog again.
	if err := syscall.Listen(fd, 511); err != nil {
		return vm.ToValue(errnoOf(err))
	}
	// Go's listener gets a duplicate, so the caller's descriptor is never
	// closed behind its back by a finalizer, only by the server's close.
	dup, err := syscall.Dup(fd)
	if err != nil {
		return vm.ToValue(errnoOf(err))
	}
	f := os.NewFile(uintptr(dup), "")
	ln, err := net.FileListener(f)
	_ = f.Close()
	if err != nil {
		return vm.ToValue(errnoOf(err))
	}
	return listenerObject(vm, l, &listener{h: l.NewHandle(), ln: ln, fd: fd, ownsFd: true})
}

// fdType is node's guessHandleType for a descriptor: TCP for stream
// sockets other than Unix ones, PIPE for FIFOs and Unix sockets, UDP,
// TTY, FILE or UNKNOWN.
func fdType(fd int) string {
	var st syscall.Stat_t
	if err := syscall.Fstat(fd, &st); err != nil {
		return "UNKNOWN"
	}
	switch st.Mode & syscall.S_IFMT {
	case syscall.S_IFIFO:
		return "PIPE"
	case syscall.S_IFREG:
		return "FILE"
	case syscall.S_IFCHR:
		if term.IsTerminal(fd) {
			return "TTY"
		}
		return "FILE"
	case syscall.S_IFSOCK:
		sa, err := syscall.Getsockname(fd)
		if err != nil {
			return "UNKNOWN"
		}
		typ, err := syscall.GetsockoptInt(fd, syscall.SOL_SOCKET, syscall.SO_TYPE)
		if err != nil {
			return "UNKNOWN"
		}
		switch sa.(type) {
		case *syscall.SockaddrUnix:
			return "PIPE"
		case *syscall.SockaddrInet4, *syscall.SockaddrInet6:
			if typ == syscall.SOCK_DGRAM {
				return "UDP"
			}
			return "TCP"
		}
	}
	return "UNKNOWN"
}

// openFd is new net.Socket({ fd }): a socket over a descriptor the
// process has, a connected socket or a pipe. It returns the socket object,
// or the handle type node refuses (the shim throws ERR_INVALID_FD_TYPE),
// or a negative errno.
func openFd(vm *goja.Runtime, l *eventloop.Loop, fd int) goja.Value {
	typ := fdType(fd)
	if typ != "TCP" && typ != "PIPE" {
		return vm.ToValue(typ)
	}
	// Go works on a duplicate (its finalizers would otherwise close the
	// caller's descriptor); the socket owns fd and closes it too.
	dup, err := syscall.Dup(fd)
	if err != nil {
		return vm.ToValue(errnoOf(err))
	}
	// Non-blocking, as libuv makes it, so the poller drives it and a
	// try-write never blocks the loop.
	_ = syscall.SetNonblock(dup, true)
	f := os.NewFile(uintptr(dup), "")
	var c net.Conn
	if st := (syscall.Stat_t{}); syscall.Fstat(fd, &st) == nil && st.Mode&syscall.S_IFMT == syscall.S_IFSOCK {
		c, err = net.FileConn(f)
		_ = f.Close()
		if err != nil {
			return vm.ToValue(errnoOf(err))
		}
	} else {
		c = fileConn{f}
	}
	s := newSocket(l)
	s.attach(c)
	if fd > 2 {
		// stdio stays open for the rest of the process, as node's
		// stdio handles do.
		s.ownFd = fd
	}
	return socketObject(vm, l, s, false)
}

// fileConn is a pipe's descriptor as a connection: reads and writes go
// through the poller, and it has no addresses.
type fileConn struct{ *os.File }

func (fileConn) LocalAddr() net.Addr  { return nil }
func (fileConn) RemoteAddr() net.Addr { return nil }
