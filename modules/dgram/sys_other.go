//go:build !linux

package dgram

import (
	"net/netip"
	"syscall"
)

// Off Linux, sockets bind, send and receive through Go's net alone is
// not yet done: every raw call reports ENOSYS, which the shim turns
// into node's error for the call.

func sysSend(int, []byte, *netip.AddrPort, bool) error                 { return syscall.ENOSYS }
func sysConnect(int, netip.AddrPort, bool) error                       { return syscall.ENOSYS }
func sysDisconnect(int) error                                          { return syscall.ENOSYS }
func sysSockname(int) (netip.AddrPort, error)                          { return netip.AddrPort{}, syscall.ENOSYS }
func sysPeername(int) (netip.AddrPort, error)                          { return netip.AddrPort{}, syscall.ENOSYS }
func setReuse(int) error                                               { return syscall.ENOSYS }
func setV6Only(int, bool) error                                        { return nil }
func setBroadcast(int, bool) error                                     { return nil }
func setTTL(int, bool, int) error                                      { return syscall.ENOSYS }
func setMulticastTTL(int, bool, int) error                             { return syscall.ENOSYS }
func setMulticastLoop(int, bool, int) error                            { return syscall.ENOSYS }
func setMulticastInterface(int, bool, string) error                    { return syscall.ENOSYS }
func membership(int, netip.Addr, string, bool) error                   { return syscall.ENOSYS }
func sourceMembership(int, netip.Addr, netip.Addr, string, bool) error { return syscall.ENOSYS }
func bufferSize(int, bool, int) (int, error)                           { return 0, syscall.ENOSYS }
func sysRecv(int, []byte) (int, netip.AddrPort, error)                 { return 0, netip.AddrPort{}, syscall.ENOSYS }
func sysPeek(int) (bool, error)                                        { return false, syscall.ENOSYS }
func handleType(int) string                                            { return "UNKNOWN" }
func dupSocket(int) (int, error)                                       { return -1, syscall.ENOSYS }
func closeFD(int)                                                      {}
func sysWritable(int) bool                                             { return true }
