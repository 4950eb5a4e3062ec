package net_test

import (
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"

	"github.com/gorun-js/gorun/internal/jstest"
	"github.com/gorun-js/gorun/runtime"
)

// TestSocketFd runs new net.Socket({ fd }) over a FIFO opened both ways
// (what node prints, recorded), the fd types node refuses, and
// listen({ fd }) on a regular file (EINVAL, asynchronously, as libuv).
func TestSocketFd(t *testing.T) {
	dir := t.TempDir()
	fifo := filepath.Join(dir, "fifo")
	if err := syscall.Mkfifo(fifo, 0o600); err != nil {
		t.Skip("no FIFOs here:", err)
	}
	script := `
const net = require('net');
const fs = require('fs');
try { new net.Socket({ fd: fs.openSync(__filename, 'r') }); } catch (e) { console.log(e.name, e.code, e.message); }
try { new net.Socket({ fd: -1 }); } catch (e) { console.log(e.name, e.code, e.message); }
const fd = fs.openSync(FIFO, 'r+');
const s = new net.Socket({ fd });
console.log(s.pending, s.readyState, s.remoteAddress, s.address());
s.setEncoding('utf8');
s.on('data', (d) => { console.log('data', JSON.stringify(d)); s.destroy(); });
s.on('close', () => {
  console.log('close');
  net.createServer().listen({ fd: fs.openSync(__filename, 'r') })
    .on('error', (e) => console.log(e.message, e.code, e.syscall, e.address, 'port' in e));
});
s.write('hello fifo', () => console.log('written'));
`
	file := filepath.Join(dir, "fd.js")
	if err := os.WriteFile(file, []byte(strings.Replace(script, "FIFO", "'"+fifo+"'", 1)), 0o644); err != nil {
		t.Fatal(err)
	}
	got := jstest.RunFile(t, dir, file, runtime.Options{})
	want := `TypeError ERR_INVALID_FD_TYPE Unsupported fd type: FILE
RangeError ERR_OUT_OF_RANGE The value of "fd" is out of range. It must be >= 0 && <= 2147483647. Received -1
false open undefined {}
written
data "hello fifo"
close
listen EINVAL: invalid argument EINVAL listen null false
`
	if got.Code != 0 || got.Stdout != want {
		t.Fatalf("code %d\nstdout %q\nwant   %q\nstderr %s", got.Code, got.Stdout, want, got.Stderr)
	}
}

// TestServerBlockList checks the blockList option of net.Server (node 22
// has it, node 20 ignores it): a blocked peer is closed without a
// 'connection' event, the others are served; a wrong value is refused.
func TestServerBlockList(t *testing.T) {
	dir := t.TempDir()
	script := `
const net = require('net');
try { net.createServer({ blockList: {} }); } catch (e) { console.log(e.code, e.message); }
const blockList = new net.BlockList();
blockList.addAddress('127.0.0.2');
const server = net.createServer({ blockList }, (c) => { console.log('connection from', c.remoteAddress); c.end('hi'); });
server.listen(0, '0.0.0.0', () => {
  const port = server.address().port;
  const blocked = net.connect({ port, host: '127.0.0.1', localAddress: '127.0.0.2' });
  blocked.on('error', () => {});
  blocked.on('close', () => {
    console.log('blocked closed');
    net.connect({ port, host: '127.0.0.1' }).setEncoding('utf8').on('data', (d) => console.log(d)).on('close', () => server.close());
  });
  blocked.resume();
});
`
	file := filepath.Join(dir, "bl.js")
	if err := os.WriteFile(file, []byte(script), 0o644); err != nil {
		t.Fatal(err)
	}
	got := jstest.RunFile(t, dir, file, runtime.Options{})
	want := `ERR_INVALID_ARG_TYPE The "options.blockList" property must be an net.BlockList. Received an instance of Object
blocked closed
connection from 127.0.0.1
hi
`
	if got.Code != 0 || got.Stdout != want {
		t.Fatalf("code %d\nstdout %q\nwant   %q\nstderr %s", got.Code, got.Stdout, want, got.Stderr)
	}
}
