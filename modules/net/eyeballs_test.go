package net_test

import (
	"fmt"
	"net"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/gorun-js/gorun/internal/jstest"
	"github.com/gorun-js/gorun/runtime"
)

// blackhole returns a port on 127.0.0.2 whose connects hang: a listening
// socket with a backlog of 0, already full, so the kernel drops SYNs.
func blackhole(t *testing.T) int {
	fd, err := syscall.Socket(syscall.AF_INET, syscall.SOCK_STREAM, 0)
	if err != nil {
		t.Skip(err)
	}
	t.Cleanup(func() { _ = syscall.Close(fd) })
	if err := syscall.Bind(fd, &syscall.SockaddrInet4{Addr: [4]byte{127, 0, 0, 2}}); err != nil {
		t.Skip("no 127.0.0.2:", err)
	}
	if err := syscall.Listen(fd, 0); err != nil {
		t.Skip(err)
	}
	sa, _ := syscall.Getsockname(fd)
	port := sa.(*syscall.SockaddrInet4).Port
	addr := fmt.Sprintf("127.0.0.2:%d", port)
	for i := 0; i < 3; i++ {
		if c, err := net.DialTimeout("tcp", addr, 100*time.Millisecond); err == nil {
			t.Cleanup(func() { _ = c.Close() })
		}
	}
	if c, err := net.DialTimeout("tcp", addr, 200*time.Millisecond); err == nil || !strings.Contains(err.Error(), "timeout") {
		if c != nil {
			_ = c.Close()
		}
		t.Skip("this kernel does not drop SYNs on a full backlog")
	}
	return port
}

// TestAutoSelectFamilyTimeout checks happy eyeballs' timer: an attempt
// that hangs is abandoned after autoSelectFamilyAttemptTimeout with
// 'connectionAttemptTimeout', and the next address connects (node's
// output for the same script).
func TestAutoSelectFamilyTimeout(t *testing.T) {
	port := blackhole(t)
	script := `
const net = require('net');
const port = PORT;
const srv = net.createServer((c) => c.end('ok')).listen(port, '127.0.0.1', () => {
  const t0 = Date.now();
  const s = net.connect({ host: 'x.test', port, autoSelectFamilyAttemptTimeout: 200,
    lookup: (h, o, cb) => setTimeout(() => cb(null, [{ address: '127.0.0.2', family: 4 }, { address: '127.0.0.1', family: 4 }]), 1) });
  for (const ev of ['connectionAttempt', 'connectionAttemptFailed', 'connectionAttemptTimeout', 'connect'])
    s.on(ev, (...a) => console.log(ev, a.map((x) => x instanceof Error ? x.message : x === port ? 'P' : x)));
  s.on('error', (e) => console.log('error', e.message, e.errors?.map((x) => x.message)));
  s.setEncoding('utf8').on('data', (d) => console.log(d, Date.now() - t0 >= 200, Date.now() - t0 < 1000, s.autoSelectFamilyAttemptedAddresses.length));
  s.on('close', () => srv.close());
});
`
	dir := t.TempDir()
	file := filepath.Join(dir, "eyeballs.js")
	if err := os.WriteFile(file, []byte(strings.Replace(script, "PORT", fmt.Sprint(port), 1)), 0o644); err != nil {
		t.Fatal(err)
	}
	got := jstest.RunFile(t, dir, file, runtime.Options{})
	want := `connectionAttempt [ '127.0.0.2', 'P', 4 ]
connectionAttemptTimeout [ '127.0.0.2', 'P', 4 ]
connectionAttempt [ '127.0.0.1', 'P', 4 ]
connect []
ok true true 2
`
	if got.Code != 0 || got.Stdout != want {
		t.Fatalf("code %d\nstdout %q\nwant   %q\nstderr %s", got.Code, got.Stdout, want, got.Stderr)
	}
}
