package dgram

import (
	"encoding/binary"
	"errors"
	"net"
	"net/netip"
	"syscall"
	"unsafe"

	"golang.org/x/sys/unix"
)

// The socket options below follow libuv's uv_udp_* functions on Linux:
// the same setsockopt calls, so the kernel's errors (EINVAL,
// EADDRNOTAVAIL, …) reach JS as node reports them.

// sockaddr is addr as a unix.Sockaddr for a socket of family v6; an
// address of the other family is EINVAL, as uv_ip4_addr/uv_ip6_addr
// refuse it.
func sockaddr(addr netip.AddrPort, v6 bool) (unix.Sockaddr, error) {
	a := addr.Addr()
	if !v6 {
		if !a.Is4() {
			return nil, syscall.EINVAL
		}
		return &unix.SockaddrInet4{Port: int(addr.Port()), Addr: a.As4()}, nil
	}
	if !a.Is6() {
		return nil, syscall.EINVAL
	}
	sa := &unix.SockaddrInet6{Port: int(addr.Port()), Addr: a.As16()}
	if z := a.Zone(); z != "" {
		sa.ZoneId = zoneIndex(z)
	}
	return sa, nil
}

// zoneIndex is an IPv6 zone as an interface index: a name, or a number.
func zoneIndex(z string) uint32 {
	if ifi, err := net.InterfaceByName(z); err == nil {
		return uint32(ifi.Index)
	}
	n := 0
	for _, r := range z {
		if r < '0' || r > '9' {
			return 0
		}
		n = n*10 + int(r-'0')
	}
	return uint32(n)
}

// addrOf is a socket address as a netip.AddrPort.
func addrOf(sa unix.Sockaddr) (netip.AddrPort, bool) {
	switch sa := sa.(type) {
	case *unix.SockaddrInet4:
		return netip.AddrPortFrom(netip.AddrFrom4(sa.Addr), uint16(sa.Port)), true
	case *unix.SockaddrInet6:
		a := netip.AddrFrom16(sa.Addr)
		if sa.ZoneId != 0 {
			if ifi, err := net.InterfaceByIndex(int(sa.ZoneId)); err == nil {
				a = a.WithZone(ifi.Name)
			}
		}
		return netip.AddrPortFrom(a, uint16(sa.Port)), true
	}
	return netip.AddrPort{}, false
}

// sysSend sends b once without waiting: to `to`, or to the connected
// peer when to is nil. EAGAIN means the caller waits for the socket.
func sysSend(fd int, b []byte, to *netip.AddrPort, v6 bool) error {
	var sa unix.Sockaddr
	if to != nil {
		var err error
		if sa, err = sockaddr(*to, v6); err != nil {
			return err
		}
	}
	return unix.Sendto(fd, b, 0, sa)
}

func sysConnect(fd int, to netip.AddrPort, v6 bool) error {
	sa, err := sockaddr(to, v6)
	if err != nil {
		return err
	}
	return unix.Connect(fd, sa)
}

// sysDisconnect dissolves a UDP association by connecting to AF_UNSPEC,
// as uv_udp_connect(handle, NULL) does; x/sys/unix has no sockaddr of
// that family, so the call is made raw.
func sysDisconnect(fd int) error {
	var sa [16]byte // sa_family 0: AF_UNSPEC
	_, _, e := unix.Syscall(unix.SYS_CONNECT, uintptr(fd), uintptr(unsafe.Pointer(&sa[0])), uintptr(len(sa)))
	if e != 0 && e != unix.EAFNOSUPPORT {
		return e
	}
	return nil
}

func sysSockname(fd int) (netip.AddrPort, error) {
	sa, err := unix.Getsockname(fd)
	if err != nil {
		return netip.AddrPort{}, err
	}
	a, _ := addrOf(sa)
	return a, nil
}

func sysPeername(fd int) (netip.AddrPort, error) {
	sa, err := unix.Getpeername(fd)
	if err != nil {
		return netip.AddrPort{}, err
	}
	a, _ := addrOf(sa)
	return a, nil
}

// setReuse and setV6Only run before bind (ListenConfig.Control).
func setReuse(fd int) error {
	return unix.SetsockoptInt(fd, unix.SOL_SOCKET, unix.SO_REUSEADDR, 1)
}

func setV6Only(fd int, on bool) error {
	v := 0
	if on {
		v = 1
	}
	return unix.SetsockoptInt(fd, unix.IPPROTO_IPV6, unix.IPV6_V6ONLY, v)
}

// setBroadcast also clears the SO_BROADCAST Go sets on every datagram
// socket: libuv's sockets start without it, and sending to a broadcast
// address then fails with EACCES, as node's tests expect.
func setBroadcast(fd int, on bool) error {
	v := 0
	if on {
		v = 1
	}
	return unix.SetsockoptInt(fd, unix.SOL_SOCKET, unix.SO_BROADCAST, v)
}

// setIPOpt sets an int option at the IPv4 or IPv6 level, by the socket's
// family, as uv__setsockopt does.
func setIPOpt(fd int, v6 bool, opt4, opt6, v int) error {
	if v6 {
		return unix.SetsockoptInt(fd, unix.IPPROTO_IPV6, opt6, v)
	}
	return unix.SetsockoptInt(fd, unix.IPPROTO_IP, opt4, v)
}

func setTTL(fd int, v6 bool, ttl int) error {
	return setIPOpt(fd, v6, unix.IP_TTL, unix.IPV6_UNICAST_HOPS, ttl)
}

func setMulticastTTL(fd int, v6 bool, ttl int) error {
	return setIPOpt(fd, v6, unix.IP_MULTICAST_TTL, unix.IPV6_MULTICAST_HOPS, ttl)
}

func setMulticastLoop(fd int, v6 bool, on int) error {
	return setIPOpt(fd, v6, unix.IP_MULTICAST_LOOP, unix.IPV6_MULTICAST_LOOP, on)
}

// setMulticastInterface takes an interface's address: IPv4 names the
// interface by address, IPv6 by the zone (scope id) of the address.
func setMulticastInterface(fd int, v6 bool, iface string) error {
	if iface == "" {
		if v6 {
			return unix.SetsockoptInt(fd, unix.IPPROTO_IPV6, unix.IPV6_MULTICAST_IF, 0)
		}
		return unix.SetsockoptInet4Addr(fd, unix.IPPROTO_IP, unix.IP_MULTICAST_IF, [4]byte{})
	}
	a, err := netip.ParseAddr(iface)
	if err != nil {
		return syscall.EINVAL
	}
	if a.Is4() {
		return unix.SetsockoptInet4Addr(fd, unix.IPPROTO_IP, unix.IP_MULTICAST_IF, a.As4())
	}
	return unix.SetsockoptInt(fd, unix.IPPROTO_IPV6, unix.IPV6_MULTICAST_IF, int(zoneIndex(a.Zone())))
}

// membership joins or leaves group on the interface with address iface
// (any when empty); the group's family picks IPv4 or IPv6.
func membership(fd int, group netip.Addr, iface string, join bool) error {
	if group.Is4() {
		m := &unix.IPMreq{Multiaddr: group.As4()}
		if iface != "" {
			ia, err := netip.ParseAddr(iface)
			if err != nil || !ia.Is4() {
				return syscall.EINVAL
			}
			m.Interface = ia.As4()
		}
		opt := unix.IP_ADD_MEMBERSHIP
		if !join {
			opt = unix.IP_DROP_MEMBERSHIP
		}
		return unix.SetsockoptIPMreq(fd, unix.IPPROTO_IP, opt, m)
	}
	m := &unix.IPv6Mreq{Multiaddr: group.As16()}
	if iface != "" {
		ia, err := netip.ParseAddr(iface)
		if err != nil || !ia.Is6() {
			return syscall.EINVAL
		}
		m.Interface = zoneIndex(ia.Zone())
	}
	opt := unix.IPV6_JOIN_GROUP
	if !join {
		opt = unix.IPV6_LEAVE_GROUP
	}
	return unix.SetsockoptIPv6Mreq(fd, unix.IPPROTO_IPV6, opt, m)
}

// sourceMembership joins or leaves a source-specific group. x/sys/unix
// has no ip_mreq_source or group_source_req, so their bytes are laid out
// here (Linux's layouts) and passed as an opaque option value.
func sourceMembership(fd int, source, group netip.Addr, iface string, join bool) error {
	if group.Is4() {
		if !source.Is4() {
			return syscall.EINVAL
		}
		var m [12]byte // imr_multiaddr, imr_interface, imr_sourceaddr
		g, s := group.As4(), source.As4()
		copy(m[0:4], g[:])
		if iface != "" {
			ia, err := netip.ParseAddr(iface)
			if err != nil || !ia.Is4() {
				return syscall.EINVAL
			}
			i := ia.As4()
			copy(m[4:8], i[:])
		}
		copy(m[8:12], s[:])
		opt := unix.IP_ADD_SOURCE_MEMBERSHIP
		if !join {
			opt = unix.IP_DROP_SOURCE_MEMBERSHIP
		}
		return unix.SetsockoptString(fd, unix.IPPROTO_IP, opt, string(m[:]))
	}
	if !source.Is6() {
		return syscall.EINVAL
	}
	// struct group_source_req: a 32-bit interface index, padding to the
	// 8-byte alignment of sockaddr_storage, then two sockaddr_storage.
	const storage = 128
	off := int(unsafe.Alignof(uint64(0)))
	if off < 4 {
		off = 4
	}
	m := make([]byte, off+2*storage)
	if iface != "" {
		ia, err := netip.ParseAddr(iface)
		if err != nil || !ia.Is6() {
			return syscall.EINVAL
		}
		binary.NativeEndian.PutUint32(m[0:4], zoneIndex(ia.Zone()))
	}
	put := func(at int, a netip.Addr) {
		binary.NativeEndian.PutUint16(m[at:], unix.AF_INET6)
		b := a.As16()
		copy(m[at+8:at+24], b[:]) // sin6_family, sin6_port, sin6_flowinfo, then sin6_addr
	}
	put(off, group)
	put(off+storage, source)
	opt := unix.MCAST_JOIN_SOURCE_GROUP
	if !join {
		opt = unix.MCAST_LEAVE_SOURCE_GROUP
	}
	return unix.SetsockoptString(fd, unix.IPPROTO_IPV6, opt, string(m))
}

// bufferSize gets (size 0) or sets SO_RCVBUF/SO_SNDBUF and returns the
// value, as uv_recv_buffer_size does; Linux reports twice what was set.
func bufferSize(fd int, recv bool, size int) (int, error) {
	opt := unix.SO_SNDBUF
	if recv {
		opt = unix.SO_RCVBUF
	}
	if size == 0 {
		return unix.GetsockoptInt(fd, unix.SOL_SOCKET, opt)
	}
	return size, unix.SetsockoptInt(fd, unix.SOL_SOCKET, opt, size)
}

// sysRecv reads one datagram without waiting (EAGAIN when none).
func sysRecv(fd int, buf []byte) (int, netip.AddrPort, error) {
	n, sa, err := unix.Recvfrom(fd, buf, unix.MSG_DONTWAIT)
	if err != nil {
		return 0, netip.AddrPort{}, err
	}
	a, _ := addrOf(sa)
	return n, a, nil
}

// sysPeek reports whether a datagram (or an error) waits, without
// taking it; an error it returns is the socket's pending error, which
// the peek has consumed.
func sysPeek(fd int) (bool, error) {
	var b [1]byte
	_, _, err := unix.Recvfrom(fd, b[:], unix.MSG_PEEK|unix.MSG_DONTWAIT)
	switch {
	case err == nil:
		return true, nil
	case errors.Is(err, unix.EAGAIN), errors.Is(err, unix.EINTR):
		return false, nil
	}
	return true, err
}

// handleType is node's guessHandleType (libuv's uv_guess_handle) for fd.
func handleType(fd int) string {
	var st unix.Stat_t
	if err := unix.Fstat(fd, &st); err != nil {
		return "UNKNOWN"
	}
	switch st.Mode & unix.S_IFMT {
	case unix.S_IFIFO:
		return "PIPE"
	case unix.S_IFREG:
		return "FILE"
	case unix.S_IFCHR:
		if _, err := unix.IoctlGetTermios(fd, unix.TCGETS); err == nil {
			return "TTY"
		}
		return "FILE"
	case unix.S_IFSOCK:
		sa, err := unix.Getsockname(fd)
		if err != nil {
			return "UNKNOWN"
		}
		typ, err := unix.GetsockoptInt(fd, unix.SOL_SOCKET, unix.SO_TYPE)
		if err != nil {
			return "UNKNOWN"
		}
		switch sa.(type) {
		case *unix.SockaddrUnix:
			return "PIPE"
		case *unix.SockaddrInet4, *unix.SockaddrInet6:
			if typ == unix.SOCK_DGRAM {
				return "UDP"
			}
			return "TCP"
		}
	}
	return "UNKNOWN"
}

// dupSocket duplicates fd, non-blocking, for Go's net to own: the caller's
// descriptor is never closed by a Go finalizer, only by the socket's close.
func dupSocket(fd int) (int, error) {
	d, err := unix.Dup(fd)
	if err != nil {
		return -1, err
	}
	if err := unix.SetNonblock(d, true); err != nil {
		_ = unix.Close(d)
		return -1, err
	}
	return d, nil
}

func closeFD(fd int) { _ = unix.Close(fd) }

// sysWritable reports whether a datagram could be sent now.
func sysWritable(fd int) bool {
	p := []unix.PollFd{{Fd: int32(fd), Events: unix.POLLOUT}}
	n, err := unix.Poll(p, 0)
	return err == nil && n > 0 && p[0].Revents&unix.POLLOUT != 0
}
