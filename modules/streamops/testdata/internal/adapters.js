'use strict';
// The Node <-> web stream bridges, called directly (the core's
// Readable.toWeb & co. delegate to them).
const assert = require('assert');
const { adapters: A } = require('streamops-internals');
const { Readable, Writable, PassThrough } = require('stream');
const { ReadableStream, WritableStream, TransformStream } = require('stream/web');

async function main() {
  const rs = A.newReadableStreamFromStreamReadable(Readable.from([Buffer.from('ab'), Buffer.from('cd')], { objectMode: false }));
  const chunks = [];
  for await (const c of rs) chunks.push(c);
  assert.deepStrictEqual(chunks, [new Uint8Array([97, 98]), new Uint8Array([99, 100])]);

  const r = A.newStreamReadableFromReadableStream(ReadableStream.from(['x', 'y']), { objectMode: true });
  assert.deepStrictEqual(await r.toArray(), ['x', 'y']);

  const got = [];
  const ws = A.newWritableStreamFromStreamWritable(new Writable({ write(c, e, cb) { got.push(String(c)); cb(); } }));
  const writer = ws.getWriter();
  await writer.write('w1');
  await writer.write('w2');
  await writer.close();
  assert.deepStrictEqual(got, ['w1', 'w2']);

  const got2 = [];
  const nw = A.newStreamWritableFromWritableStream(new WritableStream({ write(c) { got2.push(c); } }), { decodeStrings: false });
  nw.write('n1');
  nw.end('n2');
  await new Promise((res) => nw.on('finish', res));
  assert.deepStrictEqual(got2, ['n1', 'n2']);

  const pair = A.newReadableWritablePairFromDuplex(new PassThrough());
  const pw = pair.writable.getWriter();
  pw.write(new Uint8Array([1, 2]));
  pw.close();
  const pr = [];
  for await (const c of pair.readable) pr.push(c);
  assert.deepStrictEqual(pr, [new Uint8Array([1, 2])]);

  const d = A.newStreamDuplexFromReadableWritablePair(
    new TransformStream({ transform(c, ctl) { ctl.enqueue(String(c).toUpperCase()); } }), { objectMode: true });
  d.end('dup');
  assert.deepStrictEqual(await d.toArray(), ['DUP']);

  // Errors cross the bridge both ways.
  const bad = new ReadableStream({ pull(c) { c.error(new Error('web err')); } });
  await assert.rejects(A.newStreamReadableFromReadableStream(bad).toArray(), /web err/);
  const nr = new Readable({ read() {} });
  const wr = A.newReadableStreamFromStreamReadable(nr);
  nr.destroy(new Error('node err'));
  await assert.rejects(wr.getReader().read(), /node err/);
  assert.throws(() => A.newStreamReadableFromReadableStream({}), { code: 'ERR_INVALID_ARG_TYPE' });
  console.log('ok');
}
main();
