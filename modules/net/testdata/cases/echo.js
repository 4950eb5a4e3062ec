// A few MiB through an echo server, written with backpressure on both
// sides (write() returning false, 'drain'; the server pipes).
'use strict';
const net = require('net');
const crypto = require('crypto');

const total = 6 * 1024 * 1024;
const chunk = Buffer.alloc(64 * 1024);
for (let i = 0; i < chunk.length; i++) chunk[i] = (i * 7) & 0xff;

const server = net.createServer((s) => s.pipe(s));
server.listen(0, '127.0.0.1', () => {
  const c = net.connect(server.address().port, '127.0.0.1');
  const sent = crypto.createHash('sha256');
  const got = crypto.createHash('sha256');
  let written = 0;
  let received = 0;
  let drains = 0;
  let paused = false;
  function pump() {
    while (written < total) {
      sent.update(chunk);
      written += chunk.length;
      if (!c.write(chunk)) {
        c.once('drain', () => { drains++; pump(); });
        return;
      }
    }
    c.end();
  }
  c.on('connect', pump);
  c.on('data', (d) => {
    received += d.length;
    got.update(d);
    // Stop reading for a while once: the echo must wait, not drop.
    if (!paused && received > total / 2) {
      paused = true;
      c.pause();
      setTimeout(() => c.resume(), 50);
    }
  });
  c.on('end', () => {
    console.log('received', received, 'of', total);
    console.log('same bytes', sent.digest('hex') === got.digest('hex'));
    console.log('saw drain', drains > 0);
    console.log('bytesRead', c.bytesRead === total, 'bytesWritten', c.bytesWritten === total);
  });
  c.on('close', (hadError) => {
    console.log('client close', hadError);
    server.close(() => console.log('server closed'));
  });
});
