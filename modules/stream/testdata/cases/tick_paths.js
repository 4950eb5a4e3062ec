'use strict';
// The per-chunk ticks (resume, 'readable', read-ahead) go through
// process.nextTick as far as a program can tell: a replacement installed
// after the stream modules loaded sees them, and nothing is scheduled
// once the process is exiting.
const { Readable, Writable, PassThrough } = require('stream');

function source(n) {
  let i = 0;
  return new Readable({ read() { this.push(i < n ? Buffer.from('chunk' + i++) : null); } });
}

// Streams are loaded: now replace process.nextTick and count its calls.
const own = process.nextTick;
let seen = 0;
process.nextTick = function (fn, ...args) {
  seen++;
  return own.call(process, fn, ...args);
};
const r = source(3);
r.on('data', (c) => console.log('data', c.toString()));
r.on('end', () => {
  console.log('patched nextTick used', seen > 0);
  process.nextTick = own;
  phase2();
});

function phase2() {
  // A pipe into a slow sink, then a paused stream resumed from an 'exit'
  // listener: its resume tick is dropped, so no 'resume' or 'data' comes.
  const out = [];
  const w = new Writable({
    highWaterMark: 4,
    write(c, e, cb) { out.push(c.toString()); setImmediate(cb); },
  });
  source(4).pipe(w).on('finish', () => {
    console.log('piped', out.join(','));
    const late = new PassThrough();
    late.write('late');
    late.pause();
    late.on('resume', () => console.log('resume (not in node)'));
    late.on('data', (c) => console.log('data (not in node)', c.toString()));
    process.on('exit', () => {
      late.resume();
      console.log('exit listener resumed', late.readableFlowing);
    });
  });
}
