'use strict';
// Readable.from(): what becomes a chunk, option defaults, errors, and
// destroy returning the iterator.
const { Readable } = require('stream');

const show = (err) => (err ? `${err.name} ${err.code} ${err.message}` : 'ok');

async function collect(r) {
  const out = [];
  for await (const c of r) out.push(c);
  return out;
}

async function main() {
  console.log('array', await collect(Readable.from([1, 'two', { three: 3 }])));
  console.log('string', await collect(Readable.from('hello')));
  console.log('buffer', await collect(Readable.from(Buffer.from('buf'))));
  console.log('promises', await collect(Readable.from([Promise.resolve('p1'), 'p2'])));
  async function* gen() { yield 'g1'; yield 'g2'; }
  console.log('async gen', await collect(Readable.from(gen())));
  const set = new Set(['s1', 's2']);
  console.log('set', await collect(Readable.from(set)));
  const r = Readable.from([1]);
  console.log('defaults', r.readableObjectMode, r.readableHighWaterMark);
  const r2 = Readable.from(['a'], { objectMode: false, highWaterMark: 4 });
  console.log('opts', r2.readableObjectMode, r2.readableHighWaterMark);
  console.log('buffer chunks', await collect(Readable.from(['ab', 'cd'], { objectMode: false })));

  try { Readable.from(42); } catch (e) { console.log('not iterable', show(e)); }
  try { await collect(Readable.from([1, null, 2])); } catch (e) { console.log('null value', show(e)); }
  async function* bad() { yield 1; throw new Error('gen failed'); }
  try { await collect(Readable.from(bad())); } catch (e) { console.log('gen error', show(e)); }

  // destroy() runs the generator's finally block through return().
  const log = [];
  function* infinite() {
    try { for (let i = 0; ; i++) { log.push('yield ' + i); yield i; } } finally { log.push('finally'); }
  }
  const inf = Readable.from(infinite());
  inf.once('data', (d) => {
    log.push('data ' + d);
    inf.destroy();
  });
  await new Promise((resolve) => inf.on('close', resolve));
  console.log('destroy', log.join(', '));

  // Destroy with an error throws it into the generator.
  const log2 = [];
  async function* catcher() {
    try { yield 1; yield 2; } catch (e) { log2.push('caught ' + e.message); } finally { log2.push('finally'); }
  }
  const c = Readable.from(catcher());
  c.on('error', (e) => log2.push('error ' + e.message));
  c.once('data', () => c.destroy(new Error('stop')));
  await new Promise((resolve) => c.on('close', resolve));
  console.log('destroy(err)', log2.join(', '));

  // Breaking out of for await destroys the readable.
  const b = Readable.from(['x', 'y', 'z']);
  for await (const v of b) { console.log('first', v); break; }
  console.log('destroyed after break', b.destroyed);

  // Reads are lazy: one value per _read with highWaterMark 1.
  let pulled = 0;
  const lazy = Readable.from((function* () { for (;;) { pulled++; yield pulled; } })());
  await new Promise((resolve) => setImmediate(resolve));
  console.log('pulled before reading', pulled);
  lazy.destroy();
}
main();
