'use strict';
// Aborting while a streamed request body is being sent.
const http = require('http');
const s = http.createServer((req, res) => { req.on('data', () => {}); req.on('end', () => res.end('done')); }).listen(0, '127.0.0.1', async () => {
  const base = `http://127.0.0.1:${s.address().port}`;
  const ac = new AbortController();
  let n = 0;
  const rs = new ReadableStream({
    async pull(c) { n++; await new Promise((r) => setTimeout(r, 10)); c.enqueue(new Uint8Array(10)); },
    cancel(reason) { console.log('source cancelled:', reason.name); },
  });
  setTimeout(() => ac.abort(), 60);
  try { await fetch(base, { method: 'POST', body: rs, duplex: 'half', signal: ac.signal }); } catch (e) { console.log(e.name, e.message, n > 0); }
  // node keeps pulling the source after the abort and never exits.
  process.exit(0);
});
