'use strict';
require('./normalize.cjs');
const test = require('node:test');

// An exception thrown by a test's asynchronous callback fails that test;
// one thrown after the test ended, or by no test, is a root diagnostic.
test('async throw', (t, done) => {
  setTimeout(() => { throw new Error('late'); }, 1);
  setTimeout(done, 20);
});
test('ends first', () => {
  setTimeout(() => { throw new Error('after end'); }, 10);
});
test('waits', async () => {
  await new Promise((r) => setTimeout(r, 50));
  test('nested by context', () => {});
});
setTimeout(() => { throw new Error('outside'); }, 300);
