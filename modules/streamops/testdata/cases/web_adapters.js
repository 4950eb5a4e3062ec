'use strict';
// Readable/Writable/Duplex toWeb and fromWeb through internal/webstreams/adapters.
const { Readable, Writable, Duplex, PassThrough } = require('stream');
const { ReadableStream, WritableStream } = require('stream/web');
async function main() {
  const rs = Readable.toWeb(Readable.from([Buffer.from('ab'), Buffer.from('cd')], { objectMode: false }));
  const chunks = [];
  for await (const c of rs) chunks.push(c);
  console.log('toWeb', chunks);
  const r = Readable.fromWeb(ReadableStream.from(['x', 'y']), { objectMode: true });
  console.log('fromWeb', await r.toArray());
  const got = [];
  const ws = Writable.toWeb(new Writable({ write(c, e, cb) { got.push(String(c)); cb(); } }));
  const writer = ws.getWriter();
  await writer.write('w1'); await writer.write('w2'); await writer.close();
  console.log('Writable.toWeb', got);
  const got2 = [];
  const nw = Writable.fromWeb(new WritableStream({ write(c) { got2.push(c); } }), { decodeStrings: false });
  nw.write('n1'); nw.end('n2');
  await new Promise((res) => nw.on('finish', res));
  console.log('Writable.fromWeb', got2);
  const pair = Duplex.toWeb(new PassThrough());
  const pw = pair.writable.getWriter();
  pw.write(new Uint8Array([1, 2])); pw.close();
  const pr = [];
  for await (const c of pair.readable) pr.push(c);
  console.log('Duplex.toWeb', pr);
  const { TransformStream } = require('stream/web');
  const d = Duplex.fromWeb(new TransformStream({ transform(c, ctl) { ctl.enqueue(String(c).toUpperCase()); } }), { objectMode: true });
  d.end('dup');
  console.log('Duplex.fromWeb', await d.toArray());
  const bad = new ReadableStream({ pull(c) { c.error(new Error('web err')); } });
  await Readable.fromWeb(bad).toArray().catch((e) => console.log('fromWeb error', e.message));
  const nr = new Readable({ read() {} });
  const wr = Readable.toWeb(nr);
  nr.destroy(new Error('node err'));
  await wr.getReader().read().catch((e) => console.log('toWeb error', e.message));
}
main();
