'use strict';
// The operators on plain async iterables (the core wraps them in
// Readable.from; that path is tested in cases/).
const assert = require('assert');
const { operators } = require('streamops-internals');
const { streamReturningOperators: S, promiseReturningOperators: P } = operators;

function src(n) {
  return (async function* () { for (let i = 1; i <= n; i++) yield i; })();
}
const delay = (ms, v) => new Promise((r) => setTimeout(() => r(v), ms));

async function main() {
  assert.deepStrictEqual(await P.toArray.call(S.map.call(src(4), (x) => x * 2)), [2, 4, 6, 8]);
  // Order is kept with concurrency even when later calls finish first.
  let active = 0;
  let maxActive = 0;
  const mapped = S.map.call(src(6), async (x) => {
    active++;
    maxActive = Math.max(maxActive, active);
    await delay(30 - x * 4);
    active--;
    return x;
  }, { concurrency: 3 });
  assert.deepStrictEqual(await P.toArray.call(mapped), [1, 2, 3, 4, 5, 6]);
  assert.strictEqual(maxActive, 3);

  assert.deepStrictEqual(await P.toArray.call(S.filter.call(src(6), async (x) => x % 2)), [1, 3, 5]);
  assert.deepStrictEqual(await P.toArray.call(S.flatMap.call(src(3), (x) => [x, x])), [1, 1, 2, 2, 3, 3]);
  assert.deepStrictEqual(await P.toArray.call(S.drop.call(src(5), 3)), [4, 5]);
  assert.deepStrictEqual(await P.toArray.call(S.take.call(src(5), 2)), [1, 2]);
  assert.strictEqual(await P.reduce.call(src(4), (a, b) => a + b), 10);
  assert.strictEqual(await P.reduce.call(src(4), (a, b) => a + b, 5), 15);
  await assert.rejects(P.reduce.call(src(0), (a, b) => a + b), {
    code: 'ERR_MISSING_ARGS', message: 'Reduce of an empty stream requires an initial value',
  });
  assert.strictEqual(await P.some.call(src(5), (x) => x > 3), true);
  assert.strictEqual(await P.every.call(src(5), (x) => x > 3), false);
  assert.strictEqual(await P.find.call(src(5), (x) => x > 3), 4);
  const each = [];
  await P.forEach.call(src(3), (x) => { each.push(x); });
  assert.deepStrictEqual(each, [1, 2, 3]);

  assert.throws(() => S.map.call(src(1), 1), {
    code: 'ERR_INVALID_ARG_TYPE',
    message: 'The "fn" argument must be of type function or an instance of AsyncFunction. Received type number (1)',
  });
  assert.throws(() => S.map.call(src(1), (x) => x, { concurrency: 0 }), { code: 'ERR_OUT_OF_RANGE' });
  assert.throws(() => S.take.call(src(1), -1), {
    message: 'The value of "number" is out of range. It must be >= 0. Received -1',
  });

  // An error in fn rejects the consumer.
  await assert.rejects(P.toArray.call(S.map.call(src(3), (x) => { if (x === 2) throw new Error('x2'); return x; })), /x2/);

  // take stops pulling and returns the source.
  let finalized = false;
  const gen = (async function* () { try { let i = 0; for (;;) yield i++; } finally { finalized = true; } })();
  assert.deepStrictEqual(await P.toArray.call(S.take.call(gen, 3)), [0, 1, 2]);
  assert.strictEqual(finalized, true);

  // A signal aborts.
  const ac = new AbortController();
  const slow = S.map.call(src(100), async (x) => { if (x === 2) ac.abort(); return x; }, { signal: ac.signal });
  await assert.rejects(P.toArray.call(slow), { name: 'AbortError' });
  console.log('ok');
}
main();
