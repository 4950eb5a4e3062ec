const assert = require('assert');
console.log(assert);
console.log(require('assert/strict') === assert.strict, typeof assert.strict.AssertionError);
console.log(Object.getOwnPropertyNames(assert.AssertionError.prototype));
console.log(assert.equal.length, assert.throws.length, assert.ok.length, assert.fail.length, typeof assert.equal.prototype);
