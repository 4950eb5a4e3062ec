'use strict';
require('./normalize.cjs');
const test = require('node:test');

test('parent', (t) => {
  t.test('noawait', () => {});
  t.test('noawait async', async () => { await new Promise((r) => setTimeout(r, 5)); });
});
test('timeout', { timeout: 20 }, async () => { await new Promise((r) => setTimeout(r, 100)); });
test('cb', (t, done) => { setTimeout(done, 1); });
test('cbfail', (t, done) => { done(new Error('x')); });
test('reject', () => Promise.reject(new Error('rej')));
test('skipctx', (t) => { t.skip('nah'); });
test('tdctx', (t) => { t.todo(); throw new Error('todo fail'); });
test('objfail', () => {
  require('assert').deepStrictEqual({ a: 1, b: [1, 2] }, { a: 2, b: [1, 2] });
});
test('throwstr', () => { throw 'str'; });
test('callback and promise', async (t, done) => { done(); });
test('aborted by signal', { signal: AbortSignal.abort() }, () => {});
test('never settles', () => new Promise(() => {}));
