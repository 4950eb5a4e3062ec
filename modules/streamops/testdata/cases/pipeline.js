'use strict';
// pipeline(): streams, generators, async destinations, errors and the
// order in which streams are destroyed.
const { Readable, Writable, PassThrough, Transform, pipeline } = require('stream');
const { pipeline: pipelineP } = require('stream/promises');

const show = (err) => (err ? `${err.name} ${err.code} ${err.message}` : 'ok');
function sink(out) {
  return new Writable({ objectMode: true, write(c, e, cb) { out.push(String(c)); cb(); } });
}
function tracked(name, stream, order) {
  stream.on('close', () => order.push(`close ${name}${stream.destroyed ? '' : ' (not destroyed)'}`));
  stream.on('error', (e) => order.push(`error ${name}: ${e.message}`));
  return stream;
}
function run(name, fn) {
  return new Promise((resolve) => {
    const order = [];
    fn(order, (err, val) => {
      order.push('cb:' + show(err) + (val !== undefined ? ' value=' + val : ''));
      setTimeout(() => { console.log(name + ':', order.join(' | ')); resolve(); }, 5);
    });
  });
}

async function main() {
  await run('streams', (order, cb) => {
    const out = [];
    pipeline(Readable.from(['a', 'b']), new Transform({
      objectMode: true, transform(c, e, next) { next(null, c.toUpperCase()); },
    }), sink(out), (err) => { order.push(out.join('')); cb(err); });
  });
  await run('array form', (order, cb) => {
    const out = [];
    pipeline([Readable.from(['x']), new PassThrough({ objectMode: true }), sink(out)], (err) => {
      order.push(out.join('')); cb(err);
    });
  });
  await run('generators', (order, cb) => {
    const out = [];
    pipeline(function* () { yield 1; yield 2; yield 3; },
      async function* (src) { for await (const x of src) yield x * 10; },
      async function* (src) { for await (const x of src) if (x > 10) yield x; },
      sink(out), (err) => { order.push(out.join(',')); cb(err); });
  });
  await run('async destination value', (order, cb) => {
    pipeline(Readable.from(['a', 'b', 'c']), async function(src) {
      let s = '';
      for await (const x of src) s += x;
      return s;
    }, cb);
  });
  await run('middle error destroys all', (order, cb) => {
    const src = tracked('src', new Readable({ read() {} }), order);
    const mid = tracked('mid', new Transform({
      transform(c, e, next) { next(new Error('bad chunk')); },
    }), order);
    const dst = tracked('dst', new Writable({ write(c, e, next) { next(); } }), order);
    pipeline(src, mid, dst, cb);
    src.push('x');
  });
  await run('destination destroyed', (order, cb) => {
    const src = tracked('src', new Readable({ read() {} }), order);
    const dst = tracked('dst', new Writable({ write(c, e, next) { next(); } }), order);
    pipeline(src, dst, cb);
    dst.destroy();
  });
  await run('source error', (order, cb) => {
    const src = tracked('src', new Readable({ read() {} }), order);
    const dst = tracked('dst', new PassThrough(), order);
    pipeline(src, dst, cb);
    src.destroy(new Error('source broke'));
  });
  await run('generator throws', (order, cb) => {
    const src = tracked('src', Readable.from(['a', 'b']), order);
    pipeline(src, async function* (s) { for await (const x of s) throw new Error('gen ' + x); },
      tracked('dst', new PassThrough({ objectMode: true }), order), cb);
  });
  await run('end:false', (order, cb) => {
    const dst = new PassThrough();
    pipelineP(Readable.from(['a']), dst, { end: false }).then(() => {
      order.push('writableEnded ' + dst.writableEnded);
      cb();
    });
  });
  await run('signal', (order, cb) => {
    const ac = new AbortController();
    const src = tracked('src', new Readable({ read() {} }), order);
    pipelineP(src, tracked('dst', new PassThrough(), order), { signal: ac.signal }).catch(cb);
    ac.abort();
  });
  await run('promise value', (order, cb) => {
    pipelineP(Readable.from([1, 2]), async (src) => {
      let n = 0;
      for await (const x of src) n += x;
      return n;
    }).then((v) => cb(null, v));
  });
  await run('bad source return', (order, cb) => {
    try { pipeline(() => 1, new PassThrough(), cb); } catch (e) { cb(e); }
  });
  await run('bad transform return', (order, cb) => {
    try { pipeline(Readable.from(['a']), () => 1, new PassThrough(), cb); } catch (e) { cb(e); }
  });
  await run('bad destination return', (order, cb) => {
    try { pipeline(Readable.from(['a']), () => 1, cb); } catch (e) { cb(e); }
  });
  for (const args of [[], [() => {}], [new PassThrough(), () => {}], [new PassThrough(), new PassThrough()]]) {
    try { pipeline(...args); } catch (e) { console.log('throws', show(e)); }
  }
  await pipelineP(new PassThrough()).catch((e) => console.log('promise rejects', show(e)));
}
main();
