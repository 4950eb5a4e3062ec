'use strict';
// stream/promises and stream/consumers.
const { Readable, PassThrough } = require('stream');
const sp = require('stream/promises');
const consumers = require('stream/consumers');
const { promisify } = require('util');
const stream = require('stream');

async function main() {
  console.log(Object.keys(sp).sort(), Object.keys(consumers).sort());
  console.log('promisify', promisify(stream.pipeline) === sp.pipeline, promisify(stream.finished) === sp.finished);
  console.log('stream.promises', stream.promises === sp);
  console.log('text', await consumers.text(Readable.from(['h', Buffer.from('é'), 'llo'])));
  // A multi-byte character split across chunks decodes whole.
  const e = Buffer.from('€');
  console.log('text split', await consumers.text(Readable.from([e.subarray(0, 1), e.subarray(1)])));
  console.log('json', await consumers.json(Readable.from(['{"a":', '[1,2]}'])));
  console.log('buffer', await consumers.buffer(Readable.from([Buffer.from('ab'), 'cd'])));
  const ab = await consumers.arrayBuffer(Readable.from([Buffer.from('xyz')]));
  console.log('arrayBuffer', ab instanceof ArrayBuffer, ab.byteLength);
  const blob = await consumers.blob(Readable.from(['bl', 'ob']));
  console.log('blob', blob.size, await blob.text());
  async function* g() { yield 'from '; yield 'generator'; }
  console.log('async iterable', await consumers.text(g()));
  await consumers.json(Readable.from(['{bad'])).catch((err) => console.log('json error', err.name));
  const broken = new Readable({ read() { this.destroy(new Error('broken')); } });
  await consumers.text(broken).catch((err) => console.log('stream error', err.message));

  const pt = new PassThrough();
  setTimeout(() => pt.end('x'), 1);
  pt.resume();
  await sp.finished(pt);
  console.log('finished resolved');
  const out = [];
  await sp.pipeline(Readable.from(['a', 'b']), async function* (src) {
    for await (const c of src) yield c + c;
  }, async function(src) { for await (const c of src) out.push(c); });
  console.log('pipeline', out);
  const ac = new AbortController();
  const p = sp.pipeline(new Readable({ read() {} }), new PassThrough(), { signal: ac.signal });
  ac.abort();
  await p.catch((err) => console.log('aborted', err.name, err.code));
}
main();
