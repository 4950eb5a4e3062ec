// Writable: drain, cork/uncork with _writev, _final, finish/close order,
// errors with Node's codes.
'use strict';
// Sections run 100 ms apart so a slow machine (CI, -race) doesn't
// interleave them.
const { Writable } = require('stream');
const log = (...a) => console.log(...a);

{
  const w = new Writable({
    highWaterMark: 5,
    write(chunk, enc, cb) {
      log('_write', String(chunk), enc, this.writableLength);
      process.nextTick(cb);
    },
    final(cb) {
      log('_final');
      setTimeout(cb, 1);
    },
  });
  w.on('drain', () => log('drain'));
  w.on('prefinish', () => log('prefinish'));
  w.on('finish', () => log('finish', w.writableFinished));
  w.on('close', () => log('close'));
  log('ret', w.write('abc'), w.write('defg', () => log('cb defg')), w.writableNeedDrain);
  w.end('z', () => log('end cb'));
  log('ended', w.writableEnded, w.writableFinished, w.writable);
}

setTimeout(() => {
  const w = new Writable({
    objectMode: true,
    write(c, e, cb) { log('never'); cb(); },
    writev(chunks, cb) {
      log('_writev', chunks.length, chunks.map((c) => c.chunk).join(','), chunks.allBuffers);
      cb();
    },
  });
  w.cork();
  w.write('a'); w.write('b', () => log('b cb'));
  log('corked', w.writableCorked, w.writableLength);
  process.nextTick(() => w.uncork());
  w.on('finish', () => log('2 finish'));
  setTimeout(() => w.end(), 5);
}, 200);

setTimeout(() => {
  const w = new Writable({ write(c, e, cb) { cb(); } });
  w.on('error', (e) => log('3 error', e.code, e.message));
  w.on('close', () => log('3 close'));
  w.end();
  w.write('x', (err) => log('3 write cb', err.code));
  try { w.write(null); } catch (e) { log('null', e.code, e.name); }
  try { w.write(1); } catch (e) { log('num', e.code, e.message); }
  try { w.write('a', 'nope'); } catch (e) { log('enc', e.code, e.message); }
}, 500);

setTimeout(() => {
  const w = new Writable({ write(c, e, cb) { cb(new Error('boom')); } });
  w.on('error', (e) => log('4 error', e.message, w.errored === e, w.writableAborted));
  w.on('close', () => log('4 close', w.destroyed));
  w.write('x', (err) => log('4 cb', err.message));
  w.write('y', (err) => log('4 cb2', err && err.message));
}, 800);

setTimeout(() => {
  const w = new Writable();
  try { w.write('x'); } catch (e) { log('5 error', e.code, e.message); }
  const w2 = new Writable({ write(c, e, cb) { cb(); cb(); } });
  w2.on('error', (e) => log('5b error', e.code));
  w2.write('x');
}, 1100);
