// write() return values and 'drain' against the mark, synchronous and
// deferred sinks (Node 20.20 measures after a synchronous _write).
'use strict';
const { Writable } = require('stream');
const mk = (hwm, sync) => new Writable({ highWaterMark: hwm, write(c, e, cb) { sync ? cb() : setImmediate(cb); } });
for (const hwm of [0, 1, 2]) for (const sync of [true, false]) {
  const w = mk(hwm, sync);
  const a = w.write('a'); const b = w.write('b');
  console.log(hwm, sync, a, b, w.writableNeedDrain, w.writableLength);
  w.on('drain', () => console.log(hwm, sync, 'drain'));
}
const { Readable } = require('stream');
for (const hwm of [0, 1, 2]) {
  const r = new Readable({ highWaterMark: hwm, read() {} });
  console.log('r', hwm, r.push('a'), r.push('b'), r.push(''));
}
const { Writable: W2 } = require('stream');
for (const [label, fn] of [['nop', undefined], ['cb', () => console.log('cb')]]) {
  const w = new W2({ highWaterMark: 1, write(c, e, cb) { cb(); } });
  w.on('drain', () => console.log(label, 'drain'));
  console.log(label, w.write('a', fn), w.writableNeedDrain, w._writableState.needDrain);
  process.nextTick(() => console.log(label, 'tick', w.writableNeedDrain));
}
const w = new W2({ highWaterMark: 1, write(c, e, cb) { cb(); } });
w.on('drain', () => console.log('x drain'));
w.on('finish', () => console.log('x finish'));
w.write('a'); w.write('b', () => console.log('bcb')); w.end();
