'use strict';
// A response body is read on demand: while nobody reads it, the server's
// writes back up instead of the whole body being buffered by fetch.
const http = require('http');
const chunk = Buffer.alloc(64 * 1024, 'z');
const total = 16 * 1024 * 1024;
let written = 0;
let blocked = false;
const server = http.createServer((req, res) => {
  const pump = () => {
    while (written < total) {
      written += chunk.length;
      if (!res.write(chunk)) {
        blocked = true;
        res.once('drain', pump);
        return;
      }
    }
    res.end();
  };
  pump();
});
server.listen(0, '127.0.0.1', async () => {
  const r = await fetch(`http://127.0.0.1:${server.address().port}/`);
  const reader = r.body.getReader();
  const first = await reader.read();
  console.log('first chunk', first.value.byteLength > 0);
  // Wait (without reading) until the server either blocks or has sent
  // everything: a fetch that buffered the whole body would let it finish.
  while (!blocked && written < total) await new Promise((resolve) => setTimeout(resolve, 20));
  await new Promise((resolve) => setTimeout(resolve, 100));
  console.log('server blocked while idle:', blocked, 'sent less than all:', written < total);
  let n = first.value.byteLength;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    n += value.byteLength;
  }
  console.log('read all:', n === total);
  server.close();
});
