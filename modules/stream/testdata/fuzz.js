'use strict';
// A seeded random program over Readable/Writable/Duplex/Transform: random
// options, synchronous or deferred callbacks, and random operations
// (write, end, read, pause, resume, destroy, push, pipe, cork, unpipe,
// setEncoding) at random tick/immediate points. Every event and callback
// is logged and printed at exit, so a case records Node's exact ordering.
module.exports = function run(seed0) {
const { Readable, Writable, Duplex, Transform, PassThrough } = require('stream');
let seed = seed0;
function rnd(n) { seed = (seed * 1103515245 + 12345) & 0x7fffffff; return seed % n; }
const out = [];
const log = (...a) => out.push(a.map((x) => (Buffer.isBuffer(x) ? 'B:' + x.toString('hex') : typeof x === 'object' && x !== null ? JSON.stringify(x) : String(x))).join(' '));
const kinds = ['r', 'w', 't', 'd'];
const streams = [];
for (let k = 0; k < 4; k++) {
  const kind = kinds[rnd(4)];
  const objectMode = rnd(4) === 0;
  const hwm = [0, 1, 3, 16, undefined][rnd(5)];
  const id = kind + k;
  let s;
  const asyncMode = rnd(3);
  const later = (fn) => (asyncMode === 0 ? fn() : asyncMode === 1 ? process.nextTick(fn) : setImmediate(fn));
  const opts = { objectMode, highWaterMark: hwm, autoDestroy: rnd(5) !== 0, emitClose: rnd(6) !== 0 };
  let n = 0;
  if (kind === 'r') s = new Readable({ ...opts, read(size) { log(id, '_read', size); if (rnd(3)) later(() => { const v = n++ < 4 ? (objectMode ? n : 'c' + n) : null; log(id, 'push', v, s.push(v)); }); } });
  if (kind === 'w') s = new Writable({ ...opts, write(c, e, cb) { log(id, '_write', c, e); later(() => cb(rnd(12) === 0 ? new Error('werr') : null)); }, final: rnd(2) ? (cb) => { log(id, '_final'); later(cb); } : undefined, writev: rnd(3) === 0 ? (chunks, cb) => { log(id, '_writev', chunks.length); later(cb); } : undefined });
  if (kind === 't') s = new Transform({ ...opts, transform(c, e, cb) { log(id, '_transform', c); later(() => cb(null, rnd(3) ? c : null)); }, flush: rnd(2) ? (cb) => { log(id, '_flush'); later(() => cb(null, objectMode ? 9 : 'F')); } : undefined });
  if (kind === 'd') s = new Duplex({ ...opts, allowHalfOpen: rnd(2) === 0, read() { log(id, '_read'); if (n++ < 2) later(() => s.push(objectMode ? n : 'd' + n)); else later(() => s.push(null)); }, write(c, e, cb) { log(id, '_write', c); later(cb); } });
  for (const ev of ['data', 'end', 'finish', 'close', 'error', 'drain', 'pause', 'resume', 'prefinish', 'pipe', 'unpipe']) {
    if (ev === 'data' && rnd(2)) continue;
    s.on(ev, (a) => log(id, 'ev', ev, ev === 'error' ? a.code || a.message : ev === 'data' ? a : ''));
  }
  if (rnd(3) === 0 && s.readable !== undefined && s._readableState) s.on('readable', () => { log(id, 'ev readable'); let c; while ((c = s.read(rnd(2) ? undefined : 2)) !== null) log(id, 'read', c); });
  streams.push(s);
}
const ops = 25;
function step(i) {
  if (i >= ops) return;
  const s = streams[rnd(streams.length)];
  const id = s.constructor.name[0].toLowerCase() + streams.indexOf(s);
  const op = rnd(12);
  try {
    if (op === 0 && s.write) log(id, 'write ret', s.write(s._writableState.objectMode ? i : 'x' + i, () => log(id, 'wcb', i)));
    else if (op === 1 && s.end) s.end(() => log(id, 'endcb'));
    else if (op === 2 && s.read) log(id, 'read()', s.read());
    else if (op === 3 && s.read) log(id, 'read(1)', s.read(1));
    else if (op === 4 && s.pause) s.pause();
    else if (op === 5 && s.resume) s.resume();
    else if (op === 6 && rnd(3) === 0) s.destroy(rnd(2) ? new Error('derr') : undefined);
    else if (op === 7 && s.push && s._readableState) log(id, 'push ret', s.push(s._readableState.objectMode ? 'p' : 'p' + i));
    else if (op === 8 && s.pipe && s._readableState) { const t = streams[rnd(streams.length)]; if (t !== s && t.write) s.pipe(t); }
    else if (op === 9 && s.cork) { s.cork(); process.nextTick(() => s.uncork()); }
    else if (op === 10 && s.unpipe) s.unpipe();
    else if (op === 11 && s.setEncoding && !s._readableState.objectMode) s.setEncoding('hex');
  } catch (e) { log(id, 'threw', e.code || e.message); }
  const d = rnd(3);
  if (d === 0) step(i + 1); else if (d === 1) process.nextTick(step, i + 1); else setImmediate(step, i + 1);
}
step(0);
process.on('uncaughtException', (e) => log('uncaught', e.code || e.message));
process.on('exit', () => {
  for (const s of streams) {
    const r = s._readableState, w = s._writableState;
    log('final', s.constructor.name, r && [r.length, r.ended, r.endEmitted, r.flowing, r.destroyed, r.errorEmitted, r.closeEmitted].join(), w && [w.length, w.ending, w.finished, w.destroyed, w.pendingcb, w.corked].join());
  }
  console.log(out.join('\n'));
});
};
