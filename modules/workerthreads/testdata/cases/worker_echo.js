'use strict';
// Ping-pong with a worker: every kind of value structured clone moves
// between threads comes back intact (as node's serializer sends it).
const { Worker } = require('worker_threads');
const path = require('path');
const util = require('util');

const circ = { name: 'circ' };
circ.self = circ;
const values = [
  1, -0, NaN, 'str', 'ünïcode ✓', true, null, undefined, 12345678901234567890n,
  [1, , 3], { a: { b: [1, 2] } },
  new Map([[1, { x: 1 }], ['k', new Set([1, 2])]]),
  new Set(['a', 'b']),
  new Date(0), /ab+c/gi,
  new Uint8Array([1, 2, 3]), Buffer.from('buf'), new Float64Array([1.5, -2]),
  new Int16Array([-1, 2]).subarray(1),
  new ArrayBuffer(4),
  circ,
];
const w = new Worker(path.join(__dirname, 'fixtures', 'echo.js'));
let i = 0;
w.on('online', () => console.log('online'));
w.on('message', (m) => {
  const v = m.echo;
  let shown = util.inspect(v, { depth: 4 });
  if (v instanceof Error) shown = `${v.constructor.name} ${v.message} ${Object.keys(v)}`;
  console.log(i, m.isMainThread, m.fromThread, shown);
  if (v === circ) console.log('same object?!');
  if (v && v.self) console.log('circular kept', v.self === v);
  i++;
  if (i < values.length) w.postMessage(values[i]);
  else w.postMessage('stop');
});
w.on('exit', (code) => {
  console.log('exit', code, i, w.threadId);
  // Errors keep their class, message and stack on the way over.
  const w2 = new Worker(`require('worker_threads').parentPort.postMessage(
    [new TypeError('typed'), new RangeError('ranged', { cause: 'why' }), new Error('plain')])`, { eval: true });
  w2.on('message', (errs) => {
    for (const e of errs) {
      console.log(e instanceof Error, e.constructor.name, e.message, e.cause,
                  e.stack.split('\n')[0], Object.keys(e));
    }
  });
});
w.postMessage(values[0]);
try {
  w.postMessage(() => 1);
} catch (e) {
  console.log('clone error', e.name, e.message);
}
try {
  w.postMessage(Symbol('s'));
} catch (e) {
  console.log('clone error', e.name);
}
