'use strict';
(async () => {
  const r = new Response('abc');
  console.log(r.bodyUsed, await r.text(), r.bodyUsed);
  try { await r.text(); } catch (e) { console.log(`${e.name}: ${e.message}`); }
  try { r.clone(); } catch (e) { console.log(`${e.name}: ${e.message}`); }
  try { await new Response('{').json(); } catch (e) { console.log(e.name); }
  try { await new Response('abc').formData(); } catch (e) { console.log(`${e.name}: ${e.message}`); }
  console.log(await new Response('{"a":[1,2]}').json());
  const b = await new Response('hé', { headers: { 'content-type': 'Text/X' } }).blob();
  console.log(b.size, b.type, await b.text());
  console.log(new Uint8Array(await new Response(new Uint8Array([1, 2, 3])).arrayBuffer()));
  console.log(await new Response(new Uint16Array([258]).buffer).bytes());
  console.log(await new Response(new URLSearchParams('a=1&b=2')).formData());
  console.log(await new Response(new URLSearchParams('a=1&b=2')).text());
  console.log(await new Response(new Blob(['blob!'], { type: 'x/y' })).text());
  console.log(new Response(new Blob(['blob!'], { type: 'x/y' })).headers.get('content-type'));
  console.log(new Response(new Blob(['z'])).headers.get('content-type'));
  console.log(await new Response(null).text(), new Response(null).body, new Response().bodyUsed);
  console.log(await new Response(12).text());
  const stream = new ReadableStream({
    start(c) { c.enqueue(new TextEncoder().encode('one ')); c.enqueue(new TextEncoder().encode('two')); c.close(); },
  });
  const sr = new Response(stream);
  console.log(sr.headers.get('content-type'), sr.body === stream);
  const sc = sr.clone();
  console.log(await sr.text(), await sc.text(), sr.bodyUsed, sc.bodyUsed);
  const viaBody = new Response('streamed');
  const reader = viaBody.body.getReader();
  console.log(viaBody.bodyUsed);
  const chunk = await reader.read();
  console.log(viaBody.bodyUsed, Buffer.from(chunk.value).toString(), chunk.value.constructor.name);
  try { await viaBody.text(); } catch (e) { console.log(`${e.name}: ${e.message}`); }
  const locked = new ReadableStream();
  locked.getReader();
  try { new Response(locked); } catch (e) { console.log(`${e.name}: ${e.message}`); }
  const req = new Request('http://x/', { method: 'POST', body: 'payload' });
  console.log(await req.text(), req.bodyUsed);
  console.log(new Response('x').body.constructor.name, new Response('x').body.locked);
})();
