'use strict';
const t = (f) => { try { console.log('ok', f()); } catch (e) { console.log(`${e.name}: ${e.message}`, e.code, e.cause && e.cause.code); } };
console.log(new Response('hi'));
console.log(new Request('http://x.com/a', { method: 'post', body: 'x' }));
console.log(Object.getOwnPropertyNames(Response), Response.length, Request.length);
console.log(Object.getOwnPropertyNames(Response.prototype));
t(() => new Request('http://x/', { method: 'a b' }));
t(() => new Request('http://x/', { method: 'connect' }));
t(() => new Request('http://x/', { method: 'delete' }).method);
t(() => new Request('http://x/', { method: 'Patch' }).method);
t(() => new Request('http://u:p@x/'));
t(() => new Request('http://x/', { body: 'a' }));
t(() => new Request('http://x/', { method: 'HEAD', body: 'a' }));
t(() => new Request('http://x/', { method: 'POST', body: new ReadableStream() }));
t(() => new Request('http://x/', { method: 'POST', body: new ReadableStream(), duplex: 'half' }).duplex);
t(() => new Request('http://x/', { redirect: 'bad' }));
t(() => new Request('http://x/', { mode: 'navigate' }));
t(() => new Request('http://x/', { credentials: 'x' }));
t(() => new Request('http://x/', { signal: {} }));
t(() => new Request());
t(() => new Request('/x'));
t(() => new Response('x', { status: 100 }));
t(() => new Response('x', { status: 204 }));
t(() => new Response(null, { status: 204 }).status);
t(() => new Response('x', { statusText: 'a\n' }));
t(() => Response.redirect('http://x/', 200));
t(() => Response.redirect('/x'));
t(() => Response.json(undefined));
t(() => Response.prototype.status);
t(() => Request.prototype.url);
const req = new Request('http://example.com/p?q=1#frag', {
  method: 'PUT', headers: { 'X-A': 'b' }, body: new Uint8Array([1, 2]), redirect: 'manual',
  referrer: '', cache: 'no-store', keepalive: false, integrity: 'sha256-x',
});
console.log(req.url, req.method, req.redirect, req.referrer, req.cache, req.integrity, req.mode, req.credentials,
  req.destination, req.referrerPolicy, req.keepalive, req.duplex, req.bodyUsed, [...req.headers]);
const req2 = new Request(req, { method: 'POST' });
console.log(req2.url, req2.method, req2.redirect, req.bodyUsed, req2.bodyUsed, [...req2.headers]);
const ac = new AbortController();
const req3 = new Request('http://x/', { signal: ac.signal });
console.log(req3.signal.aborted, req3.signal !== ac.signal);
ac.abort();
console.log(req3.signal.aborted, req3.signal.reason.name);
const r2 = Response.redirect('http://x.com/a', 301);
console.log(r2.status, [...r2.headers], r2.body, r2.type, r2.ok, r2.url);
const e = Response.error();
console.log(e, e.status, e.type, e.ok);
(async () => {
  const r3 = Response.json({ a: 1 }, { status: 201, statusText: 'Made', headers: { x: 'y' } });
  console.log(r3.status, r3.statusText, r3.ok, [...r3.headers], await r3.text());
  console.log(await req2.arrayBuffer().then((b) => [...new Uint8Array(b)]));
  const cl = new Request('http://x/', { method: 'POST', body: 'abc' });
  const cl2 = cl.clone();
  console.log(await cl.text(), await cl2.text(), cl.bodyUsed, cl2.bodyUsed);
  t(() => cl.clone());
  console.log(await new Request('http://x/').text(), new Request('http://x/').body);
})();
