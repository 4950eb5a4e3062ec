'use strict';
require('./normalize.cjs');
const { test, mock } = require('node:test');
const assert = require('assert');

test('mock.fn', (t) => {
  const sum = t.mock.fn((a, b) => a + b);
  assert.strictEqual(sum(3, 4), 7);
  assert.strictEqual(sum.call(1000, 9, 1), 10);
  assert.strictEqual(sum.mock.callCount(), 2);
  assert.deepStrictEqual(sum.mock.calls[0].arguments, [3, 4]);
  assert.strictEqual(sum.mock.calls[1].this, 1000);
  assert.strictEqual(sum.mock.calls[1].result, 10);
  assert.ok(sum.mock.calls[0].stack instanceof Error);
  sum.mock.mockImplementationOnce(() => 'once');
  assert.strictEqual(sum(1, 1), 'once');
  assert.strictEqual(sum(1, 1), 2);
  sum.mock.mockImplementation(() => 'new');
  assert.strictEqual(sum(), 'new');
  sum.mock.resetCalls();
  assert.strictEqual(sum.mock.callCount(), 0);
  const thrower = t.mock.fn(() => { throw new Error('thrown'); });
  assert.throws(thrower, /thrown/);
  assert.strictEqual(thrower.mock.calls[0].error.message, 'thrown');
  console.log(sum.name, sum.length, typeof sum);
});

test('mock.fn times', () => {
  let n = 0;
  const fn = mock.fn(() => ++n, () => (n += 10), { times: 2 });
  console.log(fn(), fn(), fn(), fn());
});

test('mock.fn constructor', (t) => {
  class A { constructor(x) { this.x = x; } }
  const Ctor = t.mock.fn(A);
  const a = new Ctor(5);
  assert.ok(a instanceof A);
  assert.strictEqual(Ctor.mock.calls[0].target, A);
  assert.strictEqual(Ctor.mock.calls[0].this, a);
});

const obj = {
  value: 2,
  double(x) { return x * this.value; },
  get prop() { return 'real'; },
};

test('mock.method restores after the test', (t) => {
  const m = t.mock.method(obj, 'double');
  assert.strictEqual(obj.double(3), 6);
  assert.strictEqual(m.mock.calls[0].this, obj);
  t.mock.method(obj, 'double', () => 'fake');
  assert.strictEqual(obj.double(3), 'fake');
  t.mock.getter(obj, 'prop', () => 'mocked');
  assert.strictEqual(obj.prop, 'mocked');
});

test('restored', () => {
  assert.strictEqual(obj.double(3), 6);
  assert.strictEqual(obj.prop, 'real');
  assert.throws(() => mock.method(obj, 'value'), { code: 'ERR_INVALID_ARG_VALUE' });
  assert.throws(() => mock.method(null, 'x'), { code: 'ERR_INVALID_ARG_TYPE' });
  assert.throws(() => mock.fn(1), { code: 'ERR_INVALID_ARG_TYPE' });
  const m = mock.method(obj, 'double', () => 0);
  mock.restoreAll();
  assert.strictEqual(obj.double(1), 2);
  assert.strictEqual(m.mock.callCount(), 0);
});

test('mock.timers', (t) => {
  assert.throws(() => t.mock.timers.tick(1), { code: 'ERR_INVALID_STATE' });
  t.mock.timers.enable({ apis: ['setTimeout', 'setInterval', 'Date'], now: 1000 });
  assert.throws(() => t.mock.timers.enable(), { code: 'ERR_INVALID_STATE' });
  const seen = [];
  setTimeout(() => seen.push('t100'), 100);
  const id = setTimeout(() => seen.push('cleared'), 50);
  clearTimeout(id);
  const iv = setInterval(() => seen.push(`iv@${Date.now()}`), 40);
  t.mock.timers.tick(99);
  seen.push(`at ${Date.now()}`);
  t.mock.timers.tick(1);
  clearInterval(iv);
  t.mock.timers.runAll();
  console.log(seen.join(' '), String(Date), new Date().getTime());
  assert.throws(() => t.mock.timers.tick(-1), { code: 'ERR_INVALID_ARG_VALUE' });
});

test('timers are real again', async () => {
  assert.ok(Date.now() > 1e12);
  await new Promise((r) => setTimeout(r, 1));
});
