// pipe with backpressure, unpipe, multiple destinations, pipe cleanup on
// error, and Transform/PassThrough/Duplex half-open behaviour.
'use strict';
// Sections run 100 ms apart so a slow machine (CI, -race) doesn't
// interleave them.
const { Readable, Writable, Transform, PassThrough, Duplex } = require('stream');
const log = (...a) => console.log(...a);

{
  let n = 0;
  const r = new Readable({
    highWaterMark: 2,
    read() { this.push(n < 6 ? Buffer.from([65 + n++]) : null); },
  });
  const seen = [];
  const w = new Writable({
    highWaterMark: 2,
    write(c, e, cb) { seen.push(String(c)); setImmediate(cb); },
  });
  let drains = 0;
  w.on('drain', () => drains++);
  w.on('pipe', (src) => log('pipe event', src === r));
  w.on('unpipe', (src) => log('unpipe event', src === r));
  w.on('finish', () => log('1 finish', seen.join(''), drains > 0));
  r.pipe(w);
}

setTimeout(() => {
  const r = new PassThrough();
  const a = new PassThrough();
  const b = new PassThrough();
  r.pipe(a); r.pipe(b);
  log('pipes', r._readableState.pipes.length);
  r.unpipe(a);
  log('pipes after', r._readableState.pipes.length, r.readableFlowing);
  b.on('data', (d) => log('b', String(d)));
  a.on('data', (d) => log('a never', String(d)));
  r.end('hi');
}, 300);

setTimeout(() => {
  const r = new Readable({ read() {} });
  const w = new Writable({ write(c, e, cb) { cb(new Error('wfail')); } });
  w.on('error', (e) => log('3 error', e.message, r._readableState.pipes.length));
  r.pipe(w);
  r.push('x');
}, 600);

setTimeout(() => {
  const t = new Transform({
    objectMode: true,
    transform(c, e, cb) { this.push(c * 2); cb(); },
    flush(cb) { log('flush'); cb(null, 'last'); },
  });
  t.on('data', (d) => log('4 data', d));
  t.on('prefinish', () => log('4 prefinish'));
  t.on('finish', () => log('4 finish'));
  t.on('end', () => log('4 end'));
  t.on('close', () => log('4 close'));
  t.write(1); t.write(2); t.end(3);
}, 900);

setTimeout(() => {
  const d = new Duplex({
    allowHalfOpen: false,
    read() { this.push('q'); this.push(null); },
    write(c, e, cb) { cb(); },
  });
  d.on('data', () => {});
  d.on('end', () => log('5 end', d.writable));
  d.on('finish', () => log('5 finish'));
  d.on('close', () => log('5 close'));
  const d2 = new Duplex({ readableObjectMode: true, read() {}, write(c, e, cb) { cb(); } });
  log('5 modes', d2.readableObjectMode, d2.writableObjectMode, d2.readableHighWaterMark, d2.writableHighWaterMark);
}, 1200);
