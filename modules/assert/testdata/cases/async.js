'use strict';
const assert = require('assert');
const { report } = require('../helpers');

async function run(label, fn) {
  try {
    await fn();
    console.log(`${label}: resolved`);
  } catch (e) {
    report(label, e);
  }
}

(async () => {
  await run('rejects ok', () => assert.rejects(Promise.reject(new Error('x')), /x/));
  await run('rejects missing', () => assert.rejects(Promise.resolve(1)));
  await run('rejects missing fn', () => assert.rejects(async () => {}, Error, 'want it'));
  await run('rejects wrong', () => assert.rejects(async () => { throw new TypeError('t'); }, RangeError));
  await run('rejects not promise', () => assert.rejects(() => 5));
  await run('rejects bad arg', () => assert.rejects(5));
  await run('rejects sync throw', () => assert.rejects(() => { throw new Error('sync'); }));
  await run('thenable', () => assert.rejects({ then(a, b) { b(new Error('t')); }, catch() {} }, /t/));
  await run('doesNotReject ok', () => assert.doesNotReject(Promise.resolve(1)));
  await run('doesNotReject', () => assert.doesNotReject(Promise.reject(new Error('no'))));
  await run('doesNotReject msg', () => assert.doesNotReject(async () => { throw new Error('no'); }, 'why'));
  await run('doesNotReject other', () => assert.doesNotReject(Promise.reject(new TypeError('no')), RangeError));
  console.log(typeof assert.rejects(Promise.reject(1)).then);
})();
