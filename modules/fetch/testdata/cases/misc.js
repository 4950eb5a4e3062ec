'use strict';
// Odds and ends: guards, clones, inspect, reading bodies as streams.
const util = require('util');
const h = new Headers({ a: 1, 'Content-Type': 'x' });
console.log(h, [...new Headers([['b', '1'], ['a', '2'], ['A', '3']])]);
const it = h.keys(); h.append('zz', '1'); console.log([...it]);
const base = new Request('http://a.com/x', { method: 'POST', body: 'q', headers: { x: '1' } });
const r2 = new Request(base, { headers: new Headers({ y: '2' }) });
console.log([...r2.headers], base.bodyUsed, r2.bodyUsed);
const resp = new Response('x', { headers: [['set-cookie', 'a'], ['set-cookie', 'b']] });
const cl = resp.clone(); cl.headers.append('q', 'w');
console.log(resp.headers.getSetCookie(), [...resp.headers], [...cl.headers]);
try { Response.json({}, { status: 204 }); } catch (e) { console.log(e.message); }
console.log(Object.prototype.toString.call(new Response()), Object.prototype.toString.call(new Request('http://x')), Object.prototype.toString.call(new FormData()));
console.log(util.inspect({ r: new Response(null, { status: 201 }) }, { depth: 0 }));
console.log(util.inspect(new Headers({ a: 'b' }), { depth: 0 }));
console.log(util.inspect(fetch), typeof fetch('data:,x').then);
console.log(Reflect.ownKeys(new Response()).length, Object.keys(new Headers()));
console.log(new Response('x').headers === new Response('x').headers);
(async () => {
  const rb = new Response('hello world');
  const reader = rb.body.getReader();
  const { value } = await reader.read();
  console.log(Buffer.from(value).toString(), value.byteLength);
  console.log((await new Response(new Blob(['x'], { type: 'A/B' })).blob()).type);
  const j = await Response.json([1, 'a']).json(); console.log(j);
  const r = new Response('abc'); const p = r.text(); console.log(r.bodyUsed); await p;
  const fr = await new Response('a=1&a=2&b=%20', { headers: { 'content-type': 'application/x-www-form-urlencoded' } }).formData();
  console.log(fr.getAll('a'), JSON.stringify(fr.get('b')));
  console.log(await new Request('http://x/', { method: 'POST', body: new URLSearchParams('k=v') }).formData());
  for await (const c of new Response('iter').body) console.log(c);
})();
