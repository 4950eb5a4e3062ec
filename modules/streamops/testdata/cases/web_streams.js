'use strict';
// stream/web: readers, pull with a strategy, pipeThrough/pipeTo, tee, text
// streams, errors, abort, byte sources, and finished/consumers on web streams.
const { ReadableStream, WritableStream, TransformStream, CountQueuingStrategy, ByteLengthQueuingStrategy, TextEncoderStream, TextDecoderStream } = require('stream/web');
async function main() {
  const rs = new ReadableStream({ start(c) { c.enqueue('a'); c.enqueue('b'); c.close(); } });
  console.log(rs);
  const out = [];
  for await (const x of rs) out.push(x);
  console.log('iter', out, rs.locked);
  let i = 0;
  const pulled = new ReadableStream({ pull(c) { i++; if (i > 3) c.close(); else c.enqueue(i); } }, new CountQueuingStrategy({ highWaterMark: 2 }));
  const r = pulled.getReader();
  console.log(await r.read(), await r.read(), await r.read(), await r.read());
  const written = [];
  const wsink = new WritableStream({ write(chunk) { written.push(chunk); return new Promise((res) => setTimeout(res, 1)); }, close() { written.push('closed'); } });
  const upper = new TransformStream({ transform(chunk, c) { c.enqueue(chunk.toUpperCase()); } });
  await ReadableStream.from(['x', 'y', 'z']).pipeThrough(upper).pipeTo(wsink);
  console.log('piped', written);
  const [t1, t2] = ReadableStream.from([1, 2, 3]).tee();
  const a1 = []; const a2 = [];
  for await (const v of t1) a1.push(v);
  for await (const v of t2) a2.push(v);
  console.log('tee', a1, a2);
  const enc = new TextEncoderStream();
  const dec = new TextDecoderStream();
  const txt = [];
  await ReadableStream.from(['h€', 'llo']).pipeThrough(enc).pipeThrough(dec).pipeTo(new WritableStream({ write(c) { txt.push(c); } }));
  console.log('text', txt.join(''));
  const err = new ReadableStream({ start(c) { c.error(new Error('boom')); } });
  await err.getReader().read().catch((e) => console.log('errored', e.message));
  const ws2 = new WritableStream({ write() { throw new Error('wfail'); } });
  const wr = ws2.getWriter();
  await wr.write('x').catch((e) => console.log('write rejected', e.message));
  await wr.closed.catch((e) => console.log('closed rejected', e.message));
  console.log(new CountQueuingStrategy({ highWaterMark: 3 }), new ByteLengthQueuingStrategy({ highWaterMark: 8 }).size(new Uint8Array(5)));
  const ac = new AbortController();
  const slow = new ReadableStream({ pull(c) { return new Promise((res) => setTimeout(() => { try { c.enqueue(1); } catch {} res(); }, 5)); } });
  const p = slow.pipeTo(new WritableStream(), { signal: ac.signal });
  setTimeout(() => ac.abort(), 12);
  await p.catch((e) => console.log('pipe aborted', e.name));
  const bytes = new ReadableStream({ type: 'bytes', start(c) { c.enqueue(new Uint8Array([1, 2])); c.close(); } });
  console.log(bytes, await bytes.getReader().read());
  const { finished } = require('stream/promises');
  const fr = ReadableStream.from(['q']);
  const done = finished(fr).then(() => console.log('finished web'));
  for await (const _ of fr);
  await done;
  const { text } = require('stream/consumers');
  console.log('consumers', await text(ReadableStream.from(['we', 'b'])));
  const cancelled = new ReadableStream({ cancel(r) { console.log('cancel', r); } });
  await cancelled.cancel('why');
  try { rs.getReader(); new ReadableStream().getReader().releaseLock(); const l = new ReadableStream(); l.getReader(); l.getReader(); } catch (e) { console.log(e.code, e.message); }
}
main();
