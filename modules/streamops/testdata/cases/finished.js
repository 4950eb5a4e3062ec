'use strict';
// finished(): every way a stream ends, in sequence so ordering is node's.
const { Readable, Writable, Duplex, PassThrough, finished } = require('stream');
const { finished: finishedP } = require('stream/promises');
const EE = require('events');

const show = (err) => (err ? `${err.name} ${err.code} ${err.message}` : 'ok');
function run(name, setup) {
  return new Promise((resolve) => {
    const order = [];
    setup(order, (err) => {
      order.push('cb:' + show(err));
      setImmediate(() => { console.log(name, order.join(' | ')); resolve(); });
    });
  });
}

async function main() {
  await run('readable end', (order, cb) => {
    const r = new Readable({ read() {} });
    r.on('end', () => order.push('end'));
    finished(r, cb);
    r.push('a'); r.push(null); r.resume();
  });
  await run('writable finish', (order, cb) => {
    const w = new Writable({ write(c, e, next) { next(); } });
    w.on('finish', () => order.push('finish'));
    w.on('close', () => order.push('close'));
    finished(w, cb);
    w.end('x');
  });
  await run('destroyed early', (order, cb) => {
    const r = new Readable({ read() {} });
    r.on('close', () => order.push('close'));
    finished(r, cb);
    r.destroy();
  });
  await run('errored', (order, cb) => {
    const w = new Writable({ write(c, e, next) { next(new Error('write failed')); } });
    w.on('error', () => order.push('error'));
    finished(w, cb);
    w.write('x');
  });
  await run('error:false', (order, cb) => {
    const r = new Readable({ read() {} });
    r.on('error', () => order.push('error'));
    finished(r, { error: false }, cb);
    r.destroy(new Error('e1'));
  });
  await run('readable:false on duplex', (order, cb) => {
    const d = new Duplex({ read() {}, write(c, e, next) { next(); } });
    finished(d, { readable: false }, cb);
    d.end('x');
  });
  await run('already ended', (order, cb) => {
    const r = Readable.from([]);
    r.resume();
    r.on('end', () => setImmediate(() => { order.push('later'); finished(r, cb); }));
  });
  await run('signal', (order, cb) => {
    const ac = new AbortController();
    const r = new Readable({ read() {} });
    finished(r, { signal: ac.signal }, (err) => { order.push('destroyed ' + r.destroyed); cb(err); });
    ac.abort();
  });
  await run('signal pre-aborted', (order, cb) => {
    const r = new PassThrough();
    finished(r, { signal: AbortSignal.abort() }, cb);
  });
  await run('cleanup', (order, cb) => {
    const r = new PassThrough();
    const before = r.listenerCount('close');
    const cleanup = finished(r, () => order.push('never'));
    order.push(`listeners ${r.listenerCount('close') - before}`);
    cleanup();
    order.push(`after ${r.listenerCount('close') - before}`);
    r.destroy();
    setImmediate(cb);
  });
  await run('legacy emitter', (order, cb) => {
    const e = new EE();
    e.write = () => true;
    e.writable = true;
    finished(e, cb);
    e.writable = false;
    e.emit('close');
  });
  await run('legacy premature', (order, cb) => {
    const e = new EE();
    e.pipe = () => {};
    finished(e, cb);
    e.emit('close');
  });
  await run('http-like request abort', (order, cb) => {
    const req = new EE();
    req.setHeader = () => {};
    req.abort = () => {};
    req.write = () => true;
    finished(req, cb);
    req.emit('abort');
  });
  await run('callback this', (order, cb) => {
    const r = Readable.from(['a']);
    finished(r, function(err) { order.push(String(this === r)); cb(err); });
    r.resume();
  });

  for (const bad of [[{}, () => {}], [new PassThrough(), 'foo'], [new PassThrough(), 'x', () => {}],
    [new PassThrough(), { signal: 1 }, () => {}]]) {
    try { finished(...bad); } catch (err) { console.log('throws', show(err)); }
  }

  await finishedP(Readable.from(['x']).resume()).then(() => console.log('promise ok'));
  await finishedP(new Readable({ read() {} }).destroy(new Error('p'))).catch((e) => console.log('promise', show(e)));
  const pt = new PassThrough();
  const p = finishedP(pt, { cleanup: true });
  pt.end(); pt.resume();
  await p;
  console.log('cleanup:true left', pt.listenerCount('end'), 'end listeners');
  try { await finishedP(pt, { cleanup: 'yes' }); } catch (e) { console.log('cleanup option', show(e)); }
}
main();
