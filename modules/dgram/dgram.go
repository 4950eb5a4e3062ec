// Package dgram is Node's `dgram` module: UDP sockets on Go's net package
// and raw socket options (golang.org/x/sys/unix) where Go has no API.
//
// The Go half (udp.go) is libuv's uv_udp_t: a socket made by bind, a
// watcher goroutine per bound socket that waits for readability on Go's
// poller and has the loop drain the socket (reading on the loop is what
// keeps node's order between 'message', send callbacks and immediates),
// sends tried at once on the loop as uv_udp_try_send does (so a send's
// callback follows on the next tick, as in node) and queued for a later
// poll phase only when the kernel's buffer is full, and an
// eventloop.Handle that holds the loop while the socket receives, unless
// unref'd. The shim (dgram.js) is node's Socket, an EventEmitter built as
// a function constructor, with node's argument checks, bind/send queueing
// and host resolution through dns.lookup (or the socket's lookup option).
// Socket options, connect and the non-blocking I/O are Linux's
// (sys_linux.go); elsewhere they fail with ENOSYS.
package dgram

import (
	_ "embed"
	"net/netip"
	"strconv"

	"github.com/dop251/goja"

	"github.com/gorun-js/gorun/eventloop"
	"github.com/gorun-js/gorun/internal/nodeerr"
	"github.com/gorun-js/gorun/modules"
	"github.com/gorun-js/gorun/modules/buffer"
	nodenet "github.com/gorun-js/gorun/modules/net"
)

//go:embed dgram.js
var source string

//go:embed internal.js
var internalSource string

var (
	shim         = modules.NewShim("node:dgram", source)
	internalShim = modules.NewShim("node:internal/dgram", internalSource)
)

// Module declares `dgram`; it needs Internal's module too.
func Module() modules.Module {
	return modules.Module{Name: "dgram", Shim: shim}
}

// Internal declares `internal/dgram`, which holds the Go binding: the
// handle side that node keeps there too (its tests read kStateSymbol).
func Internal() modules.Module {
	return modules.Module{Name: "internal/dgram", Shim: internalShim, Binding: binding}
}

// Modules declares the package's built-ins.
func Modules() []modules.Module { return []modules.Module{Module(), Internal()} }

func binding(c *modules.Context) (*goja.Object, error) {
	vm := c.VM
	b := vm.NewObject()
	rs := &receivers{l: c.Loop}
	// newUDP(v6) returns a handle object, node's UDP wrap; see
	// handleObject.
	_ = b.Set("newUDP", func(v6 bool) *goja.Object {
		return handleObject(c, rs, newUDP(c.Loop, v6))
	})
	_ = b.Set("guessHandleType", handleType)
	// ipFamily is 4 or 6 for an IP address as dns.lookup recognises one
	// (net.isIP), else 0.
	_ = b.Set("ipFamily", func(call goja.FunctionCall) goja.Value {
		return vm.ToValue(nodenet.IPFamily(call.Argument(0).String()))
	})
	return b, nil
}

// receivers are a runtime's receiving sockets, in the order they started
// (loop goroutine only). After a datagram leaves for port p, the
// receivers bound to p are drained in the next poll phase: one sent to a
// socket of this runtime over loopback is already queued there, and
// node's poll would see it before the check phase, whatever the watcher
// goroutines are doing.
type receivers struct {
	l       *eventloop.Loop
	list    []*udpSocket
	ports   []uint16 // local port of each of list
	pending []*udpSocket
}

func (r *receivers) add(s *udpSocket) {
	for _, x := range r.list {
		if x == s {
			return
		}
	}
	a, _ := s.sockname()
	r.list = append(r.list, s)
	r.ports = append(r.ports, a.Port())
}

func (r *receivers) remove(s *udpSocket) {
	for i, x := range r.list {
		if x == s {
			r.list = append(r.list[:i], r.list[i+1:]...)
			r.ports = append(r.ports[:i], r.ports[i+1:]...)
			return
		}
	}
}

// sent queues the drain of the receivers on port (once per batch of
// sends).
func (r *receivers) sent(port uint16) {
	for i, s := range r.list {
		if r.ports[i] != port {
			continue
		}
		queued := false
		for _, x := range r.pending {
			queued = queued || x == s
		}
		if queued {
			continue
		}
		if len(r.pending) == 0 {
			r.l.Post(r.drain)
		}
		r.pending = append(r.pending, s)
	}
}

func (r *receivers) drain() {
	list := r.pending
	r.pending = nil
	for _, s := range list {
		s.drain()
	}
}

// errnoOf is err as node's negative errno, 0 for nil.
func errnoOf(err error) int {
	if err == nil {
		return 0
	}
	_, n, _ := nodeerr.Errno(err)
	return n
}

// fillAddr writes a into out as node's {address, family, port}.
func fillAddr(out *goja.Object, a netip.AddrPort) {
	family := "IPv4"
	if a.Addr().Is6() {
		family = "IPv6"
	}
	_ = out.Set("address", a.Addr().String())
	_ = out.Set("family", family)
	_ = out.Set("port", int(a.Port()))
}

// handleObject exposes s with libuv-style results: methods return 0 or a
// negative errno, which the shim turns into node's errors (the syscall
// names are the shim's). Datagrams call this.onmessage(nread, buffer,
// rinfo), receive errors this.onmessage(errno), as node's UDPWrap does.
func handleObject(c *modules.Context, rs *receivers, s *udpSocket) *goja.Object {
	vm, l := c.VM, c.Loop
	o := vm.NewObject()
	// Methods are not enumerable, as a prototype's are: util.inspect
	// shows a handle as node shows its UDP wrap.
	set := func(name string, fn any) {
		_ = o.DefineDataProperty(name, vm.ToValue(fn), goja.FLAG_TRUE, goja.FLAG_TRUE, goja.FLAG_FALSE)
	}
	s.onMessage = func(data []byte, from netip.AddrPort) {
		rinfo := vm.NewObject()
		fillAddr(rinfo, from)
		_ = rinfo.Set("size", len(data))
		l.Call(o.Get("onmessage"), o, []goja.Value{vm.ToValue(len(data)), vm.ToValue(vm.NewArrayBuffer(data)), rinfo})
	}
	s.onError = func(err error) {
		l.Call(o.Get("onmessage"), o, []goja.Value{vm.ToValue(errnoOf(err))})
	}
	set("bind", func(ip string, port int, reuse, v6only bool) int {
		return errnoOf(s.bind(ip, port, reuse, v6only))
	})
	set("open", func(fd int) int { return errnoOf(s.open(fd)) })
	set("recvStart", func() int {
		err := s.recvStart()
		if err == nil {
			rs.add(s)
		}
		return errnoOf(err)
	})
	// send(list, port, ip, cb, queue): port 0 sends to the connected
	// peer; queue skips the immediate attempt (--test-udp-no-try-send). It
	// returns the datagram's length + 1 when it left at once (node's
	// "synchronous finish"), a negative errno when it failed at once, or
	// 0 when it was queued: cb(errno, sent) follows, if cb is a function.
	set("send", func(call goja.FunctionCall) goja.Value {
		// Called per datagram: a plain native function spares goja's
		// reflective argument conversion.
		var data []byte
		listObj := call.Argument(0).ToObject(vm)
		count := int(listObj.Get("length").ToInteger())
		if count == 1 {
			data = buffer.BytesOf(vm, listObj.Get("0"))
		} else {
			for i := 0; i < count; i++ {
				data = append(data, buffer.BytesOf(vm, listObj.Get(strconv.Itoa(i)))...)
			}
		}
		port := uint16(call.Argument(1).ToInteger())
		cb := call.Argument(3)
		queue := call.Argument(4).ToBoolean()
		var to *netip.AddrPort
		if port != 0 {
			a, err := s.parseIP(call.Argument(2).String())
			if err != nil {
				return vm.ToValue(errnoOf(err))
			}
			ap := netip.AddrPortFrom(a, port)
			to = &ap
		} else {
			port = s.peerPort()
		}
		n := len(data)
		sent, err := s.send(data, to, !queue, func(err error) {
			if _, ok := goja.AssertFunction(cb); ok {
				l.Call(cb, o, []goja.Value{vm.ToValue(errnoOf(err)), vm.ToValue(n)})
			}
		})
		switch {
		case err != nil:
			return vm.ToValue(errnoOf(err))
		case sent:
			rs.sent(port)
			return vm.ToValue(n + 1)
		}
		return vm.ToValue(0)
	})
	set("connect", func(ip string, port int) int { return errnoOf(s.connect(ip, port)) })
	set("disconnect", func() int { return errnoOf(s.disconnect()) })
	set("getsockname", func(out *goja.Object) int {
		a, err := s.sockname()
		if err == nil {
			fillAddr(out, a)
		}
		return errnoOf(err)
	})
	set("getpeername", func(out *goja.Object) int {
		a, err := s.peername()
		if err == nil {
			fillAddr(out, a)
		}
		return errnoOf(err)
	})
	// setTTL and setMulticastTTL check their ranges before the socket,
	// as uv_udp_set_ttl does.
	set("setTTL", func(ttl int) int {
		if ttl < 1 || ttl > 255 {
			return errnoOf(errInvalid)
		}
		return errnoOf(s.withFD(func(fd int, v6 bool) error { return setTTL(fd, v6, ttl) }))
	})
	set("setMulticastTTL", func(ttl int) int {
		if ttl < 0 || ttl > 255 {
			return errnoOf(errInvalid)
		}
		return errnoOf(s.withFD(func(fd int, v6 bool) error { return setMulticastTTL(fd, v6, ttl) }))
	})
	set("setMulticastLoopback", func(on bool) int {
		v := 0
		if on {
			v = 1
		}
		return errnoOf(s.withFD(func(fd int, v6 bool) error { return setMulticastLoop(fd, v6, v) }))
	})
	set("setBroadcast", func(on bool) int {
		return errnoOf(s.withFD(func(fd int, _ bool) error { return setBroadcast(fd, on) }))
	})
	set("setMulticastInterface", func(iface string) int {
		return errnoOf(s.withFD(func(fd int, v6 bool) error { return setMulticastInterface(fd, v6, iface) }))
	})
	// membership(group, iface, join): the group's family decides the
	// level; an unbound socket is bound first, as libuv does.
	set("membership", func(group, iface string, join bool) int {
		g, err := netip.ParseAddr(group)
		if err != nil {
			return errnoOf(errInvalid)
		}
		if err := s.ensureBound(g); err != nil {
			return errnoOf(err)
		}
		return errnoOf(s.withFD(func(fd int, _ bool) error { return membership(fd, g, iface, join) }))
	})
	set("sourceMembership", func(source, group, iface string, join bool) int {
		g, err := netip.ParseAddr(group)
		if err != nil {
			return errnoOf(errInvalid)
		}
		if err := s.ensureBound(g); err != nil {
			return errnoOf(err)
		}
		src, err := netip.ParseAddr(source)
		if err != nil {
			return errnoOf(errInvalid)
		}
		return errnoOf(s.withFD(func(fd int, _ bool) error { return sourceMembership(fd, src, g, iface, join) }))
	})
	// bufferSize(size, recv, ctx) gets (size 0) or sets a buffer size; on
	// failure it fills ctx for ERR_SOCKET_BUFFER_SIZE and returns
	// undefined, as node's UDPWrap::BufferSize does.
	set("bufferSize", func(size int, recv bool, ctx *goja.Object) goja.Value {
		var v int
		err := s.withFD(func(fd int, _ bool) error {
			var err error
			v, err = bufferSize(fd, recv, size)
			return err
		})
		if err != nil {
			code, errno, msg := nodeerr.Errno(err)
			syscallName := "uv_send_buffer_size"
			if recv {
				syscallName = "uv_recv_buffer_size"
			}
			_ = ctx.Set("errno", errno)
			_ = ctx.Set("code", code)
			_ = ctx.Set("message", msg)
			_ = ctx.Set("syscall", syscallName)
			return goja.Undefined()
		}
		return vm.ToValue(v)
	})
	set("getSendQueueSize", func() int { n, _ := s.queueInfo(); return n })
	set("getSendQueueCount", func() int { _, n := s.queueInfo(); return n })
	set("ref", func() { s.setRef(true) })
	set("unref", func() { s.setRef(false) })
	set("hasRef", s.hasRef)
	set("close", func() {
		rs.remove(s)
		s.close()
	})
	return o
}
