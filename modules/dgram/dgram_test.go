package dgram_test

import (
	"net"
	"os"
	"path/filepath"
	goruntime "runtime"
	"strings"
	"testing"
	"time"

	"github.com/gorun-js/gorun/internal/jstest"
	"github.com/gorun-js/gorun/runtime"
)

// TestAgainstNode runs every testdata/cases script as a gorun program and
// compares its output and exit code with node's (testdata/expected.json,
// written by testdata/gen.js).
func TestAgainstNode(t *testing.T) {
	jstest.MatchNode(t, runtime.Options{}, false)
}

func runScript(t *testing.T, src string) jstest.Result {
	t.Helper()
	dir := t.TempDir()
	file := filepath.Join(dir, "main.js")
	if err := os.WriteFile(file, []byte(src), 0o644); err != nil {
		t.Fatal(err)
	}
	return jstest.RunFile(t, dir, file, runtime.Options{})
}

// churnScript opens a ring of sockets that flood each other, closing
// each after a number of datagrams while the others still send to it,
// plus sockets closed while binding and unref'd ones left open: every
// goroutine the module starts must end with its socket.
const churnScript = `
'use strict';
const dgram = require('dgram');
const N = 8;
const socks = [];
let bound = 0, closed = 0, received = 0;
for (let i = 0; i < N; i++) {
  const s = dgram.createSocket('udp4');
  s.on('message', () => {
    received++;
    if (++s.count === 50 + i * 10) s.close(() => { if (++closed === N) console.log('all closed', received >= 50 * N); });
  });
  s.count = 0;
  s.on('error', () => {});
  socks.push(s);
  s.bind(0, '127.0.0.1', () => { if (++bound === N) flood(); });
}
function flood() {
  const ports = socks.map((s) => s.address().port);
  for (let round = 0; round < 200; round++) {
    for (let i = 0; i < N; i++) {
      const s = socks[i];
      try { s.send(Buffer.alloc(100 + round), ports[(i + 1) % N], '127.0.0.1'); } catch {}
    }
  }
}
for (let i = 0; i < 4; i++) {
  const s = dgram.createSocket('udp4');
  s.bind(0, '127.0.0.1');
  s.close();
  const u = dgram.createSocket('udp4');
  u.bind(0, '127.0.0.1');
  u.unref(); // left open: the runtime's end must close it
}
`

// TestNoGoroutineLeak runs the churn twice and checks that the second
// run leaves no goroutine behind (the first warms up the process's own).
// Run it under -race.
func TestNoGoroutineLeak(t *testing.T) {
	for i := 0; i < 2; i++ {
		base := goruntime.NumGoroutine()
		got := runScript(t, churnScript)
		if got.Code != 0 || got.Stdout != "all closed true\n" {
			t.Fatalf("code %d stdout %q stderr %s", got.Code, got.Stdout, got.Stderr)
		}
		if i == 0 {
			continue
		}
		// Sockets left open are closed within stopCheck of the runtime's
		// Close.
		deadline := time.Now().Add(5 * time.Second)
		for goruntime.NumGoroutine() > base && time.Now().Before(deadline) {
			time.Sleep(10 * time.Millisecond)
		}
		if n := goruntime.NumGoroutine(); n > base {
			buf := make([]byte, 1<<20)
			buf = buf[:goruntime.Stack(buf, true)]
			t.Fatalf("%d goroutines after the run, %d before\n%s", n, base, buf)
		}
	}
}

// TestGoPeer checks the bytes on the wire against a Go UDP peer that
// echoes what it gets, upper-cased.
func TestGoPeer(t *testing.T) {
	pc, err := net.ListenPacket("udp4", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer pc.Close()
	go func() {
		buf := make([]byte, 65536)
		for {
			n, from, err := pc.ReadFrom(buf)
			if err != nil {
				return
			}
			_, _ = pc.WriteTo([]byte(strings.ToUpper(string(buf[:n]))), from)
		}
	}()
	port := pc.LocalAddr().(*net.UDPAddr).Port
	src := `
const s = require('dgram').createSocket('udp4');
s.on('message', (m, r) => {
  console.log(String(m), m.length, r.port === PORT);
  s.close();
});
s.send(['hello ', Buffer.from('from '), new Uint8Array([106, 115])], PORT, '127.0.0.1');
`
	got := runScript(t, strings.ReplaceAll(src, "PORT", itoa(port)))
	if want := "HELLO FROM JS 13 true\n"; got.Code != 0 || got.Stdout != want {
		t.Fatalf("code %d stdout %q, want %q; stderr %s", got.Code, got.Stdout, want, got.Stderr)
	}
}

// TestUDP6 covers IPv6 sockets (dual-stack by default, ipv6Only) where
// the host has IPv6 loopback; node's output for the script is recorded
// in want.
func TestUDP6(t *testing.T) {
	if c, err := net.ListenPacket("udp6", "[::1]:0"); err != nil {
		t.Skip("no IPv6 loopback:", err)
	} else {
		c.Close()
	}
	src := `
const dgram = require('dgram');
const a = dgram.createSocket('udp6');
const got = [];
a.on('message', (m, r) => {
  got.push(m + ' ' + r.address + ' ' + r.family);
  if (got.length === 2) {
    console.log(got.join('\n'));
    const o = dgram.createSocket({ type: 'udp6', ipv6Only: true });
    o.bind(a.address().port, () => console.log('never'));
    o.on('error', (e) => console.log('v6only', e.code));
    const p = dgram.createSocket({ type: 'udp6', ipv6Only: true });
    p.bind(0, () => {
      const q = dgram.createSocket('udp4');
      q.bind(p.address().port, '127.0.0.1', () => {
        console.log('v4 beside v6only ok');
        q.close(); p.close(); o.close(); a.close(); b.close(); c.close();
      });
    });
  }
});
const b = dgram.createSocket('udp6');
const c = dgram.createSocket('udp4');
a.bind(0, () => {
  console.log(a.address().address, a.address().family);
  b.send('six', a.address().port, '::1');
  c.send('four', a.address().port, '127.0.0.1');
});
`
	want := ":: IPv6\nsix ::1 IPv6\nfour ::ffff:127.0.0.1 IPv6\nv6only EADDRINUSE\nv4 beside v6only ok\n"
	got := runScript(t, src)
	if got.Code != 0 || got.Stdout != want {
		t.Fatalf("code %d stdout %q, want %q; stderr %s", got.Code, got.Stdout, want, got.Stderr)
	}

	// IPv6 multicast options and memberships, source-specific ones
	// included (their option structs are laid out by hand).
	src = `
const s = require('dgram').createSocket('udp6');
s.bind(0, () => {
  const t = (f) => { try { console.log(f()); } catch (e) { console.log(e.message); } };
  t(() => s.addSourceSpecificMembership('2001:db8::1', 'ff3e::1234'));
  t(() => s.addSourceSpecificMembership('2001:db8::1', 'ff3e::1234'));
  t(() => s.dropSourceSpecificMembership('2001:db8::1', 'ff3e::1234'));
  t(() => s.dropSourceSpecificMembership('2001:db8::1', 'ff3e::1234'));
  t(() => s.addMembership('ff02::1234'));
  t(() => s.addMembership('ff02::1234'));
  t(() => s.dropMembership('ff02::1234'));
  t(() => s.setMulticastInterface('::'));
  t(() => s.setMulticastTTL(5));
  t(() => s.setTTL(7));
  s.close();
});
`
	want = "undefined\naddSourceSpecificMembership EADDRNOTAVAIL\nundefined\ndropSourceSpecificMembership EINVAL\n" +
		"undefined\naddMembership EADDRINUSE\nundefined\nundefined\n5\n7\n"
	if got := runScript(t, src); got.Code != 0 || got.Stdout != want {
		t.Fatalf("code %d stdout %q, want %q; stderr %s", got.Code, got.Stdout, want, got.Stderr)
	}
}

func itoa(n int) string {
	var b [20]byte
	i := len(b)
	for {
		i--
		b[i] = byte('0' + n%10)
		n /= 10
		if n == 0 {
			return string(b[i:])
		}
	}
}

// TestQueuedSends runs sends through the writer goroutine, as node's
// --test-udp-no-try-send does: the queue counts them until they leave,
// callbacks come in order, and the datagrams arrive.
func TestQueuedSends(t *testing.T) {
	src := `
const dgram = require('dgram');
const server = dgram.createSocket('udp4');
const client = dgram.createSocket('udp4');
const got = [];
server.on('message', (m) => {
  got.push(String(m));
  if (got.length === 3) {
    console.log('got', got.sort().join(','));
    client.close();
    server.close();
  }
});
server.bind(0, '127.0.0.1', () => {
  client.connect(server.address().port, '127.0.0.1', () => {
    client.send('hello', (e, n) => console.log('cb1', e, n, client.getSendQueueCount()));
    client.send('hello', (e, n) => console.log('cb2', e, n));
    client.send('bye');
    console.log('queued', client.getSendQueueSize(), client.getSendQueueCount());
  });
});
`
	dir := t.TempDir()
	file := filepath.Join(dir, "main.js")
	if err := os.WriteFile(file, []byte(src), 0o644); err != nil {
		t.Fatal(err)
	}
	got := jstest.RunFile(t, dir, file, runtime.Options{ExecArgv: []string{"--test-udp-no-try-send"}})
	checkQueued(t, got)

	// Closing with sends pending: the one that left completes, the other
	// is cancelled (node --test-udp-no-try-send's output).
	src = `
const c = require('dgram').createSocket('udp4');
c.connect(9, '127.0.0.1', () => {
  c.send('x', (e, n) => console.log('cb', e && e.message, e && e.code, n));
  c.send('x', (e, n) => console.log('cb2', e && e.message, e && e.code, n));
  c.close(() => console.log('close'));
  console.log('closing');
});
`
	if err := os.WriteFile(file, []byte(src), 0o644); err != nil {
		t.Fatal(err)
	}
	got = jstest.RunFile(t, dir, file, runtime.Options{ExecArgv: []string{"--test-udp-no-try-send"}})
	if want := "closing\nclose\ncb null null 1\ncb2 send ECANCELED ECANCELED 1\n"; got.Code != 0 || got.Stdout != want {
		t.Fatalf("code %d stdout %q, want %q; stderr %s", got.Code, got.Stdout, want, got.Stderr)
	}
}

func checkQueued(t *testing.T, got jstest.Result) {
	t.Helper()
	lines := strings.Split(got.Stdout, "\n")
	if got.Code != 0 || len(lines) < 4 || lines[0] != "queued 13 3" || lines[1] != "cb1 null 5 2" ||
		lines[2] != "cb2 null 5" || !strings.Contains(got.Stdout, "got bye,hello,hello\n") {
		t.Fatalf("code %d stdout %q stderr %s", got.Code, got.Stdout, got.Stderr)
	}
}
