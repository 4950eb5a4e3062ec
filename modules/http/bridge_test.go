package http_test

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/gorun-js/gorun/internal/jstest"
	"github.com/gorun-js/gorun/modules"
	"github.com/gorun-js/gorun/modules/http"
	"github.com/gorun-js/gorun/runtime"
)

// bridgeScript loads the bridge from every side at once: concurrent
// uploads echoed back through a bounded keep-alive agent (so connections
// are reused while their watchers run), requests destroyed mid-body, and
// a server closed while connections idle. Run it under -race.
const bridgeScript = `
'use strict';
const http = require('http');
const crypto = require('crypto');

const server = http.createServer((req, res) => {
  if (req.url === '/drop') {
    res.write('x'.repeat(100000));
    return;
  }
  const h = crypto.createHash('sha1');
  req.on('data', (c) => h.update(c));
  req.on('end', () => res.end(h.digest('hex')));
});

const agent = new http.Agent({ keepAlive: true, maxSockets: 4 });
let pending = 0;
let ok = 0;
let dropped = 0;
function done() {
  if (--pending === 0) {
    console.log('ok', ok, 'dropped', dropped);
    agent.destroy();
    server.close(() => console.log('closed'));
  }
}

server.listen(0, () => {
  const port = server.address().port;
  for (let i = 0; i < 24; i++) {
    pending++;
    const body = crypto.randomBytes(50000 + i * 7919);
    const want = crypto.createHash('sha1').update(body).digest('hex');
    const req = http.request({ port, method: 'POST', agent }, (res) => {
      let got = '';
      res.setEncoding('utf8');
      res.on('data', (d) => { got += d; });
      res.on('end', () => {
        if (got === want) ok++;
        done();
      });
    });
    for (let off = 0; off < body.length; off += 8192 + i) req.write(body.subarray(off, off + 8192 + i));
    req.end();
  }
  for (let i = 0; i < 4; i++) {
    pending++;
    const req = http.get({ port, path: '/drop' }, (res) => {
      res.once('data', () => req.destroy());
    });
    req.on('error', () => {});
    req.on('close', () => {
      dropped++;
      done();
    });
  }
});
`

func TestBridgeConcurrent(t *testing.T) {
	dir := t.TempDir()
	file := filepath.Join(dir, "bridge.js")
	if err := os.WriteFile(file, []byte(bridgeScript), 0o644); err != nil {
		t.Fatal(err)
	}
	got := jstest.RunFile(t, dir, file, runtime.Options{Modules: []modules.Module(http.Modules())})
	want := "ok 24 dropped 4\nclosed\n"
	if got.Code != 0 || got.Stdout != want {
		t.Fatalf("code %d\nstdout %q, want %q\nstderr %s", got.Code, got.Stdout, want, got.Stderr)
	}
}
