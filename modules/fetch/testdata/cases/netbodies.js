'use strict';
// Multipart responses read with formData(); streamed request bodies that
// can't follow a 307 or whose source fails.
const http = require('http');
const s = http.createServer((req, res) => {
  if (req.url === '/307') { res.writeHead(307, { location: '/echo' }); return res.end(); }
  if (req.url === '/form') {
    res.setHeader('content-type', 'multipart/form-data; boundary=XyZ');
    return res.end('--XyZ\r\nContent-Disposition: form-data; name="plain"\r\n\r\nv1\r\n--XyZ\r\nContent-Disposition: form-data; name="f"; filename="a.bin"\r\n\r\n\x01\x02\r\n--XyZ\r\nContent-Disposition: form-data; name="t"; filename="t.txt"\r\nContent-Type: text/plain\r\n\r\nhi\r\n--XyZ--\r\n');
  }
  let b = ''; req.on('data', (d) => b += d); req.on('end', () => res.end(`${req.method} ${b}`));
}).listen(0, '127.0.0.1', async () => {
  const base = `http://127.0.0.1:${s.address().port}`;
  const fd = await (await fetch(base + '/form')).formData();
  for (const [k, v] of fd) console.log(k, typeof v === 'string' ? v : [v.name, v.type, v.size]);
  let r = await fetch(base + '/307', { method: 'POST', body: 'b307' }); console.log(r.status, await r.text());
  const rs = new ReadableStream({ pull(c) { c.enqueue(new TextEncoder().encode('s')); c.close(); } });
  try { r = await fetch(base + '/307', { method: 'POST', body: rs, duplex: 'half' }); console.log(r.status, await r.text()); } catch (e) { console.log('E', e.message, e.cause && e.cause.message); }
  const failing = new ReadableStream({ pull(c) { c.error(new Error('src broke')); } });
  try { await fetch(base + '/echo', { method: 'POST', body: failing, duplex: 'half' }); } catch (e) { console.log('E', e.message, e.cause && e.cause.message); }
  r = await fetch(base + '/x', { method: 'OPTIONS' }); console.log(await r.text());
  s.close();
});
