package dgram_test

import (
	"strconv"
	"strings"
	"syscall"
	"testing"
)

// TestBindFd adopts a UDP socket the process made itself (the runtime
// shares the Go process's descriptors): it receives on it, and closing
// the JS socket closes the descriptor, as node's handle owns it.
func TestBindFd(t *testing.T) {
	fd, err := syscall.Socket(syscall.AF_INET, syscall.SOCK_DGRAM, 0)
	if err != nil {
		t.Fatal(err)
	}
	if err := syscall.Bind(fd, &syscall.SockaddrInet4{Addr: [4]byte{127, 0, 0, 1}}); err != nil {
		syscall.Close(fd)
		t.Fatal(err)
	}
	sa, _ := syscall.Getsockname(fd)
	port := sa.(*syscall.SockaddrInet4).Port
	src := `
const s = require('dgram').createSocket('udp4');
s.bind({ fd: FD }, () => {
  console.log('listening', s.address().port === PORT);
  s.send('self', PORT, '127.0.0.1');
});
s.on('message', (m) => {
  console.log('got', String(m));
  s.close(() => console.log('closed'));
});
`
	src = strings.ReplaceAll(src, "FD", strconv.Itoa(fd))
	src = strings.ReplaceAll(src, "PORT", strconv.Itoa(port))
	got := runScript(t, src)
	if want := "listening true\ngot self\nclosed\n"; got.Code != 0 || got.Stdout != want {
		syscall.Close(fd)
		t.Fatalf("code %d stdout %q, want %q; stderr %s", got.Code, got.Stdout, want, got.Stderr)
	}
	var st syscall.Stat_t
	if err := syscall.Fstat(fd, &st); err != syscall.EBADF {
		syscall.Close(fd)
		t.Fatalf("fd %d still open after close (fstat: %v)", fd, err)
	}
}
