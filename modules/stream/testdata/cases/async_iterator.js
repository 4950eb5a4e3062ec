// for await over a Readable: chunk order, break destroying the stream,
// destroyOnReturn: false, errors thrown into the loop, and interleaving
// with nextTick.
'use strict';
const { Readable, PassThrough } = require('stream');
const log = (...a) => console.log(...a);

async function main() {
  const r = new Readable({ objectMode: true, read() {} });
  r.push(1); r.push(2);
  setTimeout(() => { r.push(3); r.push(null); }, 5);
  for await (const x of r) {
    log('got', x);
    process.nextTick(() => log('tick after', x));
  }
  log('done 1', r.destroyed, r.readableEnded);

  const p = new PassThrough({ objectMode: true });
  p.write('a'); p.write('b'); p.write('c');
  p.on('close', () => log('p close'));
  for await (const x of p) {
    log('p', x);
    if (x === 'b') break;
  }
  log('after break', p.destroyed);

  const q = new PassThrough({ objectMode: true });
  q.write('a'); q.write('b');
  for await (const x of q.iterator({ destroyOnReturn: false })) {
    log('q', x);
    break;
  }
  log('q destroyed', q.destroyed, q.read());

  const e = new Readable({ read() { this.destroy(new Error('kaboom')); } });
  try {
    for await (const x of e) log('never', x);
  } catch (err) {
    log('caught', err.message, e.destroyed);
  }

  const it = new Readable({ objectMode: true, read() {} });
  it.push('x'); it.push(null);
  const iter = it[Symbol.asyncIterator]();
  log(typeof iter.next, iter[Symbol.asyncIterator]() === iter);
  log(await iter.next(), await iter.next(), await iter.next());

  const enc = new Readable({ read() {} });
  enc.setEncoding('hex');
  enc.push('AB'); enc.push(null);
  let s = '';
  for await (const c of enc) s += c;
  log('hex', s);
}
main().then(() => log('main done'));
