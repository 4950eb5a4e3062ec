package net

import (
	"errors"
	"net"
	"os"
	"strconv"
	"syscall"
	"time"

	"github.com/dop251/goja"

	"github.com/gorun-js/gorun/eventloop"
	"github.com/gorun-js/gorun/internal/nodeerr"
	"github.com/gorun-js/gorun/modules"
	"github.com/gorun-js/gorun/modules/buffer"
)

// bindSockets adds the socket primitives to the binding: newSocket() and
// listen(…) return handle objects whose events call the handle's own
// onread/onend/onerror/onconnection properties, as libuv's wraps do, so
// the shim can attach a handle to the JS object that owns it. Host names
// are resolved by dns.lookup, in JS, as node does.
func bindSockets(c *modules.Context, b *goja.Object) {
	vm, l := c.VM, c.Loop
	_ = b.Set("newSocket", func() *goja.Object {
		return socketObject(vm, l, newSocket(l), false)
	})
	// listen(network, address, port) returns a listening handle or the
	// negative errno the shim makes node's error of (`listen EADDRINUSE:
	// address already in use :::80`).
	// Binding a local address does not block, so it happens at once and
	// address() is right after listen() returns, as in node.
	// chmod gives a Unix socket's file the modes of listen()'s
	// readableAll/writableAll; it returns 0 or a negative errno.
	_ = b.Set("chmod", func(path string, mode uint32) int {
		fi, err := os.Stat(path)
		if err == nil {
			err = os.Chmod(path, fi.Mode().Perm()|os.FileMode(mode))
		}
		return errnoOf(err)
	})
	_ = b.Set("listenFd", func(fd int) goja.Value { return listenFd(vm, l, fd) })
	_ = b.Set("openFd", func(fd int) goja.Value { return openFd(vm, l, fd) })
	_ = b.Set("listen", func(network, address string, port int) goja.Value {
		where := address
		if network != "unix" {
			where = net.JoinHostPort(address, strconv.Itoa(port))
		}
		ln, err := net.Listen(network, where)
		if err != nil {
			return vm.ToValue(errnoOf(err))
		}
		return listenerObject(vm, l, &listener{h: l.NewHandle(), ln: ln})
	})
}

// listenerObject exposes a listener: address(), close(cb), ref(),
// unref(), hasRef(); each accepted connection calls
// this.onconnection(0, socketHandle), libuv's (status, handle).
func listenerObject(vm *goja.Runtime, l *eventloop.Loop, ln *listener) *goja.Object {
	o := vm.NewObject()
	if _, unix := ln.ln.Addr().(*net.UnixAddr); unix {
		ln.h.Describe("PipeWrap", o, nil)
	} else {
		ln.h.Describe("TCPServerWrap", o, nil)
	}
	v6 := false
	if ta, ok := ln.ln.Addr().(*net.TCPAddr); ok {
		v6 = ta.IP.To4() == nil
	}
	_ = o.Set("address", func() goja.Value {
		switch a := ln.ln.Addr().(type) {
		case *net.TCPAddr:
			addr, family := formatIP(a.IP, a.Zone, v6)
			return vm.ToValue(map[string]any{"address": addr, "family": family, "port": a.Port})
		case *net.UnixAddr:
			return vm.ToValue(a.Name)
		}
		return goja.Null()
	})
	_ = o.Set("close", func(cb goja.Value) {
		ln.close()
		afterClose(l, cb)
	})
	fdGetter(vm, o, func() any { return ln.ln })
	_ = o.Set("ref", func() { ln.h.Ref() })
	_ = o.Set("unref", func() { ln.h.Unref() })
	_ = o.Set("hasRef", func() bool { return ln.h.HasRef() })
	ln.serve(func(c net.Conn) {
		s := newSocket(l)
		s.attach(c)
		l.Call(o.Get("onconnection"), o, []goja.Value{vm.ToValue(0), socketObject(vm, l, s, v6)})
	}, func(err error) {
		l.Call(o.Get("onerror"), o, []goja.Value{vm.ToValue(errnoOf(err))})
	})
	return o
}

// afterClose calls cb on the loop in a later macrotask, as libuv's close
// callbacks run after the current one; the ref keeps the loop until then.
func afterClose(l *eventloop.Loop, cb goja.Value) {
	if _, ok := goja.AssertFunction(cb); !ok {
		return
	}
	l.Ref()
	l.Post(func() {
		l.Unref()
		l.Call(cb, goja.Undefined(), nil)
	})
}

// socketObject exposes a socket to the shim. v6 says the socket is an
// IPv6 one, whose IPv4 peers read as ::ffff:a.b.c.d, as in node.
func socketObject(vm *goja.Runtime, l *eventloop.Loop, s *socket, v6 bool) *goja.Object {
	o := vm.NewObject()
	s.h.Describe(s.wrapName(), o, s.hasRef)
	call := func(name string, args ...goja.Value) { l.Call(o.Get(name), o, args) }
	s.onData = func(b []byte) { call("onread", vm.ToValue(vm.NewArrayBuffer(b))) }
	s.onEnd = func() { call("onend") }
	s.onError = func(err error) { call("onerror", vm.ToValue(errnoOf(err))) }
	// Completions pass 0 or node's negative errno; the shim builds the
	// error (ErrnoException), as node's stream_base does.
	doneOf := func(cb goja.Value) func(error) {
		return func(err error) { l.Call(cb, o, []goja.Value{vm.ToValue(errnoOf(err))}) }
	}
	set := func(name string, fn any) { _ = o.Set(name, fn) }
	// connect(network, [host, port]…, localAddress, localPort, cb): the
	// candidates are tried in order; cb(errno, address, port) names the
	// last one tried for node's `connect ECONNREFUSED 127.0.0.1:1`.
	set("connect", func(network string, targets [][]any, localAddr string, localPort int, cb goja.Value) {
		addrs := make([]string, len(targets))
		for i, t := range targets {
			host, _ := t[0].(string)
			if network == "unix" {
				addrs[i] = host
			} else {
				addrs[i] = net.JoinHostPort(host, strconv.FormatInt(toInt(t[1]), 10))
			}
		}
		if network == "unix" {
			s.h.Describe("PipeWrap", o, s.hasRef)
		}
		var local net.Addr
		if localAddr != "" || localPort != 0 {
			local = &net.TCPAddr{IP: net.ParseIP(localAddr), Port: localPort}
		}
		s.dial(network, addrs, local, func(addr string, err error) {
			if err != nil {
				host, port := addr, 0
				if network != "unix" {
					h, p, _ := net.SplitHostPort(addr)
					host = h
					port, _ = strconv.Atoi(p)
				}
				l.Call(cb, o, []goja.Value{vm.ToValue(errnoOf(err)), vm.ToValue(host), vm.ToValue(port)})
				return
			}
			if ta, ok := s.conn().LocalAddr().(*net.TCPAddr); ok {
				v6 = ta.IP.To4() == nil
			}
			l.Call(cb, o, []goja.Value{vm.ToValue(0)})
		})
	})
	fdGetter(vm, o, func() any { return s.conn() })
	set("readStart", s.readStart)
	set("readStop", s.readStop)
	// write(data, cb) returns 0 when the kernel took everything at once
	// (cb is not called: the shim completes the write synchronously, as
	// node does after uv_try_write), a negative errno for an immediate
	// failure, or 1 when the rest was queued and cb(errno) will follow.
	set("write", func(data goja.Value, cb goja.Value) int {
		b := buffer.BytesOf(vm, data)
		n, err := s.tryWrite(b)
		if err != nil {
			return errnoOf(err)
		}
		if n == len(b) && n > 0 {
			return 0
		}
		s.write(append([]byte(nil), b[n:]...), doneOf(cb))
		return 1
	})
	set("shutdown", func(cb goja.Value) { s.shutdown(doneOf(cb)) })
	set("close", func(reset bool, cb goja.Value) {
		s.close(reset)
		afterClose(l, cb)
	})
	set("ref", func() { s.setRef(true) })
	set("unref", func() { s.setRef(false) })
	set("hasRef", s.hasRef)
	set("setNoDelay", s.setNoDelay)
	// setKeepAlive(enable, initialDelaySeconds), libuv's units.
	set("setKeepAlive", func(on bool, secs int64) { s.setKeepAlive(on, time.Duration(secs)*time.Second) })
	set("bufferSize", s.pending)
	// info returns the endpoints once connected: {localAddress,
	// localPort, localFamily, remoteAddress, remotePort, remoteFamily}.
	set("info", func() goja.Value {
		c := s.conn()
		if c == nil {
			return goja.Null()
		}
		out := map[string]any{}
		put := func(prefix string, a net.Addr) {
			switch a := a.(type) {
			case *net.TCPAddr:
				addr, family := formatIP(a.IP, a.Zone, v6)
				out[prefix+"Address"], out[prefix+"Port"], out[prefix+"Family"] = addr, a.Port, family
			case *net.UnixAddr:
				// An unbound peer's name reads "@" in Go; node has none.
				if a.Name != "" && a.Name != "@" {
					out[prefix+"Address"] = a.Name
				}
			}
		}
		put("local", c.LocalAddr())
		put("remote", c.RemoteAddr())
		return vm.ToValue(out)
	})
	return o
}

// fdGetter gives a handle node's `fd` property: the descriptor of what
// of() returns, or -1 when there is none (not connected, closed).
func fdGetter(vm *goja.Runtime, o *goja.Object, of func() any) {
	get := vm.ToValue(func() int {
		sc, ok := of().(syscall.Conn)
		if !ok {
			return -1
		}
		rc, err := sc.SyscallConn()
		if err != nil {
			return -1
		}
		fd := -1
		if rc.Control(func(u uintptr) { fd = int(u) }) != nil {
			return -1
		}
		return fd
	})
	_ = o.DefineAccessorProperty("fd", get, nil, goja.FLAG_TRUE, goja.FLAG_TRUE)
}

// errnoOf is err as node's negative errno (0 for nil). A closed
// connection reads as EBADF, as a libuv call on a closed handle does.
func errnoOf(err error) int {
	if err == nil {
		return 0
	}
	if errors.Is(err, errNotConnected) {
		return nodeerr.ErrnoOf("ENOTCONN")
	}
	if errors.Is(err, net.ErrClosed) {
		return nodeerr.ErrnoOf("EBADF")
	}
	_, n, _ := nodeerr.Errno(err)
	return n
}

func toInt(v any) int64 {
	switch n := v.(type) {
	case int64:
		return n
	case float64:
		return int64(n)
	case int:
		return int64(n)
	}
	return 0
}

// formatIP writes an address as node does: an IPv4 peer of an IPv6
// socket is ::ffff:a.b.c.d (family IPv6); zones follow a '%'.
func formatIP(ip net.IP, zone string, v6 bool) (string, string) {
	if ip4 := ip.To4(); ip4 != nil {
		if v6 {
			return "::ffff:" + ip4.String(), "IPv6"
		}
		return ip4.String(), "IPv4"
	}
	s := ip.String()
	if zone != "" {
		s += "%" + zone
	}
	return s, "IPv6"
}
