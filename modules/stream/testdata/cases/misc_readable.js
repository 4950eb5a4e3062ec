// unshift after read, read(0), hwm growth, readable after end, wrap of an
// old-style stream, and push returning false at the mark.
'use strict';
// Sections run 100 ms apart so a slow machine (CI, -race) doesn't
// interleave them.
const { Readable, Stream } = require('stream');
const log = (...a) => console.log(...a);

{
  const r = new Readable({ highWaterMark: 4, read() {} });
  log('push', r.push('ab'), r.push('cd'), r.push('ef'), r.readableLength);
  const c = r.read(3);
  log('read3', String(c), r.readableLength);
  r.unshift(Buffer.from('Z'));
  log('after unshift', String(r.read(2)), r.readableLength);
  log('read big', r.read(100), r.readableHighWaterMark);
  r.push(null);
  r.on('end', () => log('end; readable prop', r.readable));
  r.on('readable', () => { const d = r.read(); log('readable', d && String(d)); });
}

setTimeout(() => {
  const old = new Stream();
  let paused = 0;
  old.pause = () => { paused++; };
  old.resume = () => log('old resume');
  const r = new Readable({ highWaterMark: 2 }).wrap(old);
  old.emit('data', Buffer.from('abc'));
  old.emit('data', Buffer.from('de'));
  log('paused calls', paused, r.readableLength);
  r.on('data', (d) => log('wrapped data', String(d)));
  r.on('end', () => log('wrapped end'));
  setTimeout(() => old.emit('end'), 5);
}, 200);

setTimeout(() => {
  const r = new Readable({ read() {} });
  r.on('readable', () => log('3 readable', r.readableFlowing));
  r.on('data', (d) => log('3 data', String(d)));
  r.push('x');
  process.nextTick(() => { log('3 tick flowing', r.readableFlowing); r.push(null); });
  r.on('end', () => log('3 end'));
}, 500);

setTimeout(() => {
  const r = new Readable({ read() {} });
  r.push('abc');
  r.setEncoding('base64');
  log('4', r.read(), r.readableEncoding);
  const r2 = new Readable({ read() {} });
  r2.resume();
  r2.destroy();
  r2.on('close', () => log('4 aborted', r2.readableAborted, r2.readableDidRead));
}, 800);
