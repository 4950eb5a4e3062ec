// Ordering of readable/data/end/close against nextTick and microtasks,
// and the read(n) rules.
'use strict';
// Sections run 100 ms apart so a slow machine (CI, -race) doesn't
// interleave them.
const { Readable } = require('stream');
const log = (...a) => console.log(...a);

// 1. paused mode with read(n) across chunk boundaries
{
  const r = new Readable({ read() {} });
  r.push('abc'); r.push('def'); r.push(null);
  r.on('readable', () => {
    log('readable', r.readableLength);
    let c;
    while ((c = r.read(4)) !== null) log('read4', String(c));
  });
  r.on('end', () => log('1 end', r.readableEnded));
  r.on('close', () => log('1 close', r.destroyed));
  process.nextTick(() => log('1 tick'));
  Promise.resolve().then(() => log('1 micro'));
}

// 2. async _read, flowing with pause/resume
setTimeout(() => {
  let i = 0;
  const r = new Readable({
    highWaterMark: 4,
    read(n) {
      log('_read', n, r._readableState.reading);
      setImmediate(() => r.push(i < 3 ? `x${i++}` : null));
    },
  });
  r.on('data', (d) => {
    log('2 data', String(d), r.isPaused(), r.readableFlowing);
    if (String(d) === 'x0') {
      r.pause();
      log('paused', r.isPaused(), r.readableFlowing);
      setTimeout(() => r.resume(), 50);
    }
  });
  r.on('pause', () => log('pause event'));
  r.on('resume', () => log('resume event'));
  r.on('end', () => log('2 end'));
  r.on('close', () => log('2 close'));
}, 100);

// 3. objectMode, unshift, setEncoding with split utf8
setTimeout(() => {
  const r = new Readable({ objectMode: true, read() {} });
  r.push({ a: 1 }); r.push('s'); r.unshift(0);
  log('3 len', r.readableLength, r.read(), r.read(), r.read(), r.read());
  const e = new Readable({ read() {} });
  e.setEncoding('utf8');
  const euro = Buffer.from('€');
  e.push(euro.subarray(0, 1)); e.push(euro.subarray(1)); e.push(null);
  e.on('data', (d) => log('3 enc', typeof d, d));
  e.on('end', () => log('3 enc end', e.readableEncoding));
}, 600);

// 4. errors: push after EOF, invalid chunk
setTimeout(() => {
  const r = new Readable({ read() {} });
  r.on('error', (e) => log('4 error', e.code, e.message));
  r.on('close', () => log('4 close', r.errored && r.errored.code, r.readableAborted));
  r.push(null);
  r.push('late');
  const r2 = new Readable({ read() {} });
  r2.on('error', (e) => log('4b error', e.code, e.name));
  r2.push(42);
}, 900);
