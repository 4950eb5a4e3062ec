'use strict';
// Errors the engine throws inside a comparison carry V8's words, as node's
// tests match them (test-assert-deep.js).
const assert = require('assert');

const invalidTrap = new Proxy([1, 2, 3], { ownKeys() { return []; } });
for (const fn of [assert.deepStrictEqual, assert.deepEqual, assert.notDeepStrictEqual, assert.notDeepEqual]) {
  try {
    fn(invalidTrap, [1, 2, 3]);
    console.log(fn.name, 'no throw');
  } catch (e) {
    console.log(fn.name, e.name, e.message, e.stack.split('\n')[0]);
  }
}
