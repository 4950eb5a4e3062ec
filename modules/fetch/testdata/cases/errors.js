'use strict';
// fetch's failures: bad URLs and ports, refused connections, aborts,
// non-http schemes; data: and blob: URLs.
const http = require('http');
const net = require('net');

const show = (e) => {
  console.log(`${e.name}: ${e.message}`, e instanceof TypeError, e.cause === undefined ? 'no cause' :
    `[${e.cause.name}: ${String(e.cause.message).replace(/:\d+$/, ':PORT')}] ${e.cause.code}`);
};

const slow = http.createServer((req, res) => {
  if (req.url === '/hang') return;
  res.writeHead(200, { 'content-type': 'text/plain' });
  res.write('first chunk;');
  if (req.url === '/drop') setTimeout(() => res.socket.destroy(), 200);
});

const probe = net.createServer().listen(0, '127.0.0.1', async () => {
  const port = probe.address().port;
  probe.close();
  try { await fetch(`http://127.0.0.1:${port}/`); } catch (e) {
    show(e);
    const c = e.cause;
    console.log(c.message === `connect ECONNREFUSED 127.0.0.1:${port}`, c.errno, c.code, c.syscall, c.address, c.port === port);
  }
  for (const url of ['nope', 'http://127.0.0.1:1/', 'http://127.0.0.1:6667/', 'file:///etc/passwd', 'ftp://x/', 'about:blank', 'data:xx']) {
    try { await fetch(url); } catch (e) { show(e); }
  }
  try { await fetch(); } catch (e) { show(e); }
  try { await fetch('http://x/', { method: 'GET', body: 'x' }); } catch (e) { show(e); }
  try { await fetch('nope'); } catch (e) { console.log(e.cause.code, e.cause.input); }

  let r = await fetch('data:text/plain;base64,aGVsbG8=');
  console.log(r.status, r.statusText, r.url, r.type, [...r.headers], await r.text());
  r = await fetch('data:,a%20b#frag');
  console.log(r.status, r.url, [...r.headers], await r.text());
  r = await fetch('data:Text/HTML;Charset="utf-8",<p>');
  console.log([...r.headers], await r.text());
  r = await fetch('data:;base64,AAEC');
  console.log([...r.headers], [...await r.bytes()]);
  const blobURL = URL.createObjectURL(new Blob(['from blob'], { type: 'text/x' }));
  r = await fetch(blobURL);
  console.log(r.status, [...r.headers], await r.text());

  const ac = new AbortController();
  ac.abort();
  try { await fetch('http://127.0.0.1:9/', { signal: ac.signal }); } catch (e) {
    console.log(e.name, e.message, e.code, e instanceof DOMException);
  }
  const ac2 = new AbortController();
  ac2.abort(new Error('why'));
  try { await fetch('http://127.0.0.1:9/', { signal: ac2.signal }); } catch (e) { console.log(e.name, e.message); }

  slow.listen(0, '127.0.0.1', async () => {
    const base = `http://127.0.0.1:${slow.address().port}`;
    const ac3 = new AbortController();
    setTimeout(() => ac3.abort(), 30);
    try { await fetch(`${base}/hang`, { signal: ac3.signal }); } catch (e) { console.log('hang:', e.name, e.message); }
    const ac4 = new AbortController();
    const res = await fetch(`${base}/body`, { signal: ac4.signal });
    console.log(res.status, res.headers.get('content-type'));
    const reader = res.body.getReader();
    console.log(Buffer.from((await reader.read()).value).toString());
    setTimeout(() => ac4.abort(new Error('stop')), 20);
    try { await reader.read(); } catch (e) { console.log('body:', e.name, e.message); }
    try {
      const res2 = await fetch(`${base}/body`, { signal: AbortSignal.timeout(200) });
      await res2.text();
    } catch (e) { console.log('timeout:', e.name, e.message); }
    const res3 = await fetch(`${base}/drop`);
    try { await res3.text(); } catch (e) { show(e); }
    const res4 = await fetch(`${base}/body`);
    const r4 = res4.body.getReader();
    await r4.read();
    await r4.cancel();
    console.log('cancelled');
    slow.close();
    slow.closeAllConnections();
  });
});
