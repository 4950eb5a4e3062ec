package net_test

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"io"
	"net"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/gorun-js/gorun/internal/jstest"
	"github.com/gorun-js/gorun/runtime"
)

// bridgeScript loads the bridge from every side at once: concurrent
// echo clients with uneven writes, sockets destroyed mid-stream and reset,
// and a server whose close waits for its connections. Run it under -race.
const bridgeScript = `
'use strict';
const net = require('net');
const crypto = require('crypto');

const server = net.createServer((s) => {
  s.on('error', () => {});
  s.pipe(s);
});
let pending = 0, ok = 0, dropped = 0;
function done() {
  if (--pending === 0) {
    console.log('ok', ok, 'dropped', dropped);
    server.close(() => console.log('closed'));
  }
}
server.listen(0, '127.0.0.1', () => {
  const port = server.address().port;
  for (let i = 0; i < 16; i++) {
    pending++;
    const body = crypto.randomBytes(200000 + i * 7919);
    const want = crypto.createHash('sha1').update(body).digest('hex');
    const h = crypto.createHash('sha1');
    const c = net.connect(port, '127.0.0.1');
    c.on('data', (d) => h.update(d));
    c.on('end', () => { if (h.digest('hex') === want) ok++; });
    c.on('close', done);
    for (let off = 0; off < body.length; off += 8192 + i) c.write(body.subarray(off, off + 8192 + i));
    c.end();
  }
  for (let i = 0; i < 4; i++) {
    pending++;
    const c = net.connect(port, '127.0.0.1');
    c.write(Buffer.alloc(1 << 20));
    c.once('data', () => (i % 2 ? c.destroy() : c.resetAndDestroy()));
    c.on('error', () => {});
    c.on('close', () => { dropped++; done(); });
  }
});
`

func TestBridgeConcurrent(t *testing.T) {
	dir := t.TempDir()
	file := filepath.Join(dir, "bridge.js")
	if err := os.WriteFile(file, []byte(bridgeScript), 0o644); err != nil {
		t.Fatal(err)
	}
	got := jstest.RunFile(t, dir, file, runtime.Options{})
	want := "ok 16 dropped 4\nclosed\n"
	if got.Code != 0 || got.Stdout != want {
		t.Fatalf("code %d\nstdout %q, want %q\nstderr %s", got.Code, got.Stdout, want, got.Stderr)
	}
}

// TestGoPeer checks the bytes on the wire against a peer written with Go's
// net: what JS writes arrives whole before the FIN, and what the peer
// sends back after reading everything (half-open) reaches JS.
func TestGoPeer(t *testing.T) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer ln.Close()
	peer := make(chan string, 1)
	go func() {
		c, err := ln.Accept()
		if err != nil {
			peer <- err.Error()
			return
		}
		defer c.Close()
		h := sha256.New()
		n, err := io.Copy(h, c) // until the JS side's FIN
		if err != nil {
			peer <- err.Error()
			return
		}
		sum := hex.EncodeToString(h.Sum(nil))
		_, _ = fmt.Fprintf(c, "%d %s", n, sum)
		peer <- sum
	}()
	dir := t.TempDir()
	file := filepath.Join(dir, "peer.js")
	script := `
const net = require('net');
const crypto = require('crypto');
const body = Buffer.alloc(3 << 20, 'abc');
console.log(crypto.createHash('sha256').update(body).digest('hex'));
const c = net.connect({ port: PORT, host: '127.0.0.1', allowHalfOpen: true }, () => c.end(body));
let reply = '';
c.setEncoding('utf8');
c.on('data', (d) => { reply += d; });
c.on('end', () => console.log(reply));
`
	port := ln.Addr().(*net.TCPAddr).Port
	if err := os.WriteFile(file, []byte(strings.Replace(script, "PORT", fmt.Sprint(port), 1)), 0o644); err != nil {
		t.Fatal(err)
	}
	got := jstest.RunFile(t, dir, file, runtime.Options{})
	sum := <-peer
	want := fmt.Sprintf("%s\n%d %s\n", sum, 3<<20, sum)
	if got.Code != 0 || got.Stdout != want {
		t.Fatalf("code %d\nstdout %q\nwant   %q\nstderr %s", got.Code, got.Stdout, want, got.Stderr)
	}
}
