'use strict';
require('./normalize.cjs');
const test = require('node:test');
const assert = require('assert');

for (const timeout of [Symbol(), {}, '1', true]) {
  assert.throws(() => test({ timeout }), { code: 'ERR_INVALID_ARG_TYPE' });
}
for (const timeout of [-1, NaN, 2 ** 33]) {
  assert.throws(() => test({ timeout }), { code: 'ERR_OUT_OF_RANGE' });
}
for (const concurrency of [{}, '1', 1n]) {
  assert.throws(() => test({ concurrency }), { code: 'ERR_INVALID_ARG_TYPE' });
}
for (const concurrency of [-1, 0, 1.1]) {
  assert.throws(() => test({ concurrency }), { code: 'ERR_OUT_OF_RANGE' });
}
assert.throws(() => test({ signal: {} }), { code: 'ERR_INVALID_ARG_TYPE' });
test.only('only without the flag', () => {});
test('context', (t) => {
  console.log(t.name, typeof t.signal, t.signal.aborted, t.fullName);
  t.test('inner', (t2) => console.log(t2.fullName));
});
