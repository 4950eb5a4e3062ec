'use strict';
// The Readable operators through the stream surface.
const { Readable } = require('stream');

const show = (err) => (err ? `${err.name} ${err.code} ${err.message}` : 'ok');
const from = (n) => Readable.from(Array.from({ length: n }, (_, i) => i + 1));
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

async function main() {
  console.log('map', await from(4).map((x) => x * 2).toArray());
  console.log('map async', await from(3).map(async (x) => { await sleep(1); return x + 0.5; }).toArray());
  const started = [];
  const res = await from(5).map(async (x) => {
    started.push(x);
    await sleep((6 - x) * 3);
    return x;
  }, { concurrency: 2 }).toArray();
  console.log('concurrency keeps order', res, started);
  console.log('filter', await from(6).filter((x) => x % 3 === 0).toArray());
  console.log('flatMap', await from(3).flatMap((x) => [x, -x]).toArray());
  console.log('flatMap stream', await from(2).flatMap((x) => Readable.from(['a' + x, 'b' + x])).toArray());
  console.log('drop', await from(5).drop(2).toArray());
  console.log('take', await from(5).take(2).toArray());
  console.log('take(0)', await from(5).take(0).toArray());
  console.log('drop take', await from(10).drop(2).take(3).toArray());
  console.log('reduce', await from(4).reduce((a, b) => a + b));
  console.log('reduce init', await from(4).reduce((a, b) => a + b, 100));
  console.log('some', await from(4).some((x) => x > 3), await from(4).some((x) => x > 4));
  console.log('every', await from(4).every((x) => x > 0), await from(4).every((x) => x > 1));
  console.log('find', await from(4).find((x) => x > 2), await from(4).find((x) => x > 9));
  const seen = [];
  console.log('forEach', await from(3).forEach((x) => { seen.push(x); }), seen);
  console.log('asIndexedPairs', await Readable.from(['a', 'b']).asIndexedPairs().toArray());
  console.log('map returns Readable', from(1).map((x) => x) instanceof Readable);
  console.log('toArray bytes', (await Readable.from(['ab', 'c'], { objectMode: false }).toArray()).map(String));

  const tries = [
    () => from(1).map(1),
    () => from(1).map((x) => x, 1),
    () => from(1).map((x) => x, { concurrency: 0 }),
    () => from(1).map((x) => x, { concurrency: 'x' }),
    () => from(1).map((x) => x, { signal: true }),
    () => from(1).filter(null),
    () => from(1).drop(-1),
    () => from(1).take(-2),
    () => from(1).asIndexedPairs(1),
  ];
  for (const t of tries) {
    try { t(); console.log('no throw'); } catch (e) { console.log('throws', show(e)); }
  }
  for (const t of [() => from(1).reduce(1), () => from(0).reduce((a, b) => a), () => from(1).toArray(1),
    () => from(1).forEach(2), () => from(1).every('x'), () => from(1).some(3)]) {
    await t().then(() => console.log('resolved'), (e) => console.log('rejects', show(e)));
  }

  // An error in fn, and the source being destroyed.
  const src = from(5);
  await src.map((x) => { if (x === 2) throw new Error('fn failed'); return x; }).toArray()
    .catch((e) => console.log('fn error', show(e)));
  await sleep(1);
  console.log('source destroyed', src.destroyed);

  const ac = new AbortController();
  const p = from(100).map(async (x) => { await sleep(2); return x; }, { signal: ac.signal }).toArray();
  setTimeout(() => ac.abort(), 5);
  await p.catch((e) => console.log('abort', show(e)));
  await from(3).toArray({ signal: AbortSignal.abort() }).catch((e) => console.log('toArray aborted', show(e)));
  await from(3).reduce((a, b) => a + b, 0, { signal: AbortSignal.abort() })
    .catch((e) => console.log('reduce aborted', show(e)));

  // The signal passed to fn.
  await from(1).map((x, opts) => { console.log('fn signal', opts.signal instanceof AbortSignal, opts.signal.aborted); }).toArray();
}
main();
