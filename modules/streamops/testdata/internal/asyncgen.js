'use strict';
// asyncGen must behave as an async generator function: lazy start, queued
// requests, return() running finally blocks, throw() into the body.
const assert = require('assert');
const { utils: u } = require('streamops-internals');

async function main() {
  const log = [];
  const g = u.asyncGen(async (emit) => {
    log.push('start');
    try {
      await emit(1);
      await emit(Promise.resolve(2));
      await emit(3);
    } finally {
      log.push('finally');
    }
    return 'r';
  });
  assert.deepStrictEqual(log, []);
  // Two requests at once are queued, not interleaved.
  const [a, b] = await Promise.all([g.next(), g.next()]);
  assert.deepStrictEqual([a, b], [{ value: 1, done: false }, { value: 2, done: false }]);
  assert.deepStrictEqual(await g.return('x'), { value: 'x', done: true });
  assert.deepStrictEqual(log, ['start', 'finally']);
  assert.deepStrictEqual(await g.next(), { value: undefined, done: true });

  // Runs to completion with the body's return value.
  const g2 = u.asyncGen(async (emit) => { await emit('a'); return 'end'; });
  assert.deepStrictEqual(await g2.next(), { value: 'a', done: false });
  assert.deepStrictEqual(await g2.next(), { value: 'end', done: true });

  // throw() lands at the suspended emit.
  const g3 = u.asyncGen(async (emit) => {
    try { await emit(1); } catch (e) { await emit('caught ' + e.message); }
  });
  await g3.next();
  assert.deepStrictEqual(await g3.throw(new Error('boom')), { value: 'caught boom', done: false });
  // return() before start never runs the body.
  let ran = false;
  const g4 = u.asyncGen(async () => { ran = true; });
  assert.deepStrictEqual(await g4.return(5), { value: 5, done: true });
  assert.strictEqual(ran, false);
  // A body error rejects next().
  const g5 = u.asyncGen(async () => { throw new Error('bad'); });
  await assert.rejects(g5.next(), /bad/);

  // forAwait: sync iterables' values are awaited; BREAK calls return().
  const seen = [];
  let returned = false;
  const it = {
    i: 0,
    [Symbol.iterator]() { return this; },
    next() { return this.i < 5 ? { value: Promise.resolve(this.i++), done: false } : { done: true }; },
    return() { returned = true; return { done: true }; },
  };
  await u.forAwait(it, (v) => { seen.push(v); if (v === 2) return u.BREAK; });
  assert.deepStrictEqual(seen, [0, 1, 2]);
  assert.strictEqual(returned, true);

  // A throwing body also returns the iterator.
  let ret2 = false;
  const src = u.asyncGen(async (emit) => { try { await emit(1); await emit(2); } finally { ret2 = true; } });
  await assert.rejects(u.forAwait(src, () => { throw new Error('stop'); }), /stop/);
  assert.strictEqual(ret2, true);
  console.log('ok');
}
main();
