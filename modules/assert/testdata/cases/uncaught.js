// gorun-test: stderr differs (node prints its own lib/assert.js line; internal frames differ)
'use strict';
const assert = require('assert');
process.on('exit', (code) => console.log('exit', code));
assert.deepStrictEqual({ a: 1, list: [1, 2, 3] }, { a: 1, list: [1, 2] });
