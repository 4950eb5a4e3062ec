// destroy(err, cb), _destroy, error/close order, emitClose/autoDestroy and
// _construct delaying reads and writes.
'use strict';
// Sections run 100 ms apart so a slow machine (CI, -race) doesn't
// interleave them.
const { Readable, Writable, Duplex } = require('stream');
const log = (...a) => console.log(...a);

{
  const r = new Readable({
    read() {},
    destroy(err, cb) { log('_destroy', err && err.message); process.nextTick(cb, err); },
  });
  r.on('error', (e) => log('1 error', e.message));
  r.on('close', () => log('1 close', r.closed));
  r.destroy(new Error('bad'), (e) => log('1 cb', e && e.message));
  log('1 destroyed', r.destroyed, r.closed);
  r.destroy(new Error('again'), () => log('1 second cb'));
}

setTimeout(() => {
  const w = new Writable({ emitClose: false, write(c, e, cb) { cb(); } });
  w.on('close', () => log('never close'));
  w.on('finish', () => log('2 finish', w.destroyed));
  w.end('x');
  const w2 = new Writable({ autoDestroy: false, write(c, e, cb) { cb(); } });
  w2.on('finish', () => log('2b finish'));
  w2.on('close', () => log('never 2b close'));
  w2.end('y');
  setTimeout(() => log('2b destroyed', w2.destroyed), 5);
}, 100);

setTimeout(() => {
  const order = [];
  const d = new Duplex({
    construct(cb) { order.push('construct'); setTimeout(() => { order.push('constructed'); cb(); }, 5); },
    read() { order.push('read'); this.push('r'); this.push(null); },
    write(c, e, cb) { order.push('write ' + c); cb(); },
    final(cb) { order.push('final'); cb(); },
  });
  d.write('w');
  d.end();
  d.on('data', (c) => order.push('data ' + c));
  d.on('end', () => order.push('end'));
  d.on('finish', () => order.push('finish'));
  d.on('close', () => { order.push('close'); log('3', order.join(', ')); });
}, 300);

setTimeout(() => {
  const r = new Readable({ construct(cb) { cb(new Error('cfail')); }, read() {} });
  r.on('error', (e) => log('4 error', e.message));
  r.on('close', () => log('4 close'));
  const w = new Writable({ construct(cb) { setTimeout(cb, 1); }, write(c, e, cb) { cb(); } });
  w.destroy();
  w.on('close', () => log('4b close'));
}, 600);
