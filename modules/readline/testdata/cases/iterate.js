// Async iteration over lines: lines written after the iterator is made
// are all delivered, and iteration ends at close.
'use strict';
const readline = require('readline');
const { PassThrough } = require('stream');
const asyncIterator = Symbol.asyncIterator || Symbol.for('Symbol.asyncIterator');

const input = new PassThrough();
const rl = readline.createInterface({ input });
const it = rl[asyncIterator]();
console.log(it === rl[asyncIterator]());
input.write('one\ntwo\n');
input.end('three');
(async () => {
  const lines = [];
  for (let r = await it.next(); !r.done; r = await it.next()) lines.push(r.value);
  console.log(lines, rl.closed);
})();
