// One big chunk through a stream: its output comes out in chunkSize pieces
// as the reader wants it, not all at once; data of each chunk arrives with
// that chunk; Z_FULL_FLUSH and a truncated end under Z_SYNC_FLUSH.
'use strict';
const zlib = require('zlib');

// 256 KiB of noise, four times: deflate's 32 KiB window can't see the
// repetition, so the output is about as big as the input.
function noise(n) {
  const b = Buffer.alloc(n);
  let s = 7;
  for (let i = 0; i < n; i++) {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    b[i] = s >>> 24;
  }
  return b;
}
const block = noise(256 * 1024);
const big = Buffer.concat([block, block, block, block]);
const words = ['GET', 'POST', '/api/users', '200', '404', 'ms', 'agent'];
let text = '';
for (let i = 0; text.length < 200000; i++) text += `${i * 7919 % 10007} ${words[i % 7]} ${words[i * 3 % 7]}\n`;
text = Buffer.from(text);

const steps = [];
function step(fn) { steps.push(fn); }
function next() { const fn = steps.shift(); if (fn) fn(); }

// A paused stream holds about one piece of output, not the chunk's.
function paused(name, z, input, check) {
  step(() => {
    let written = false;
    z.write(input, () => { written = true; });
    setTimeout(() => {
      const held = z.readableLength;
      console.log(name, 'paused: holds', held > 0 && held <= 65536, 'write done', written);
      const pieces = [];
      z.on('data', (c) => pieces.push(c));
      z.on('end', () => {
        console.log(name, 'pieces <= chunkSize', pieces.every((p) => p.length <= 16384),
                    'full pieces', pieces.slice(0, -1).every((p) => p.length === 16384),
                    'round trip', check(Buffer.concat(pieces)));
        next();
      });
      z.end();
    }, 50);
  });
}
paused('gzip', zlib.createGzip(), big, (out) => zlib.gunzipSync(out).equals(big));
const zeros = Buffer.alloc(8 << 20);
paused('gunzip', zlib.createGunzip(), zlib.gzipSync(zeros), (out) => out.equals(zeros));

step(() => {
  // Each chunk of compressed input gives its output at once, as zlib does.
  const comp = zlib.gzipSync(text);
  const d = zlib.createGunzip();
  let n = 0;
  const grew = [];
  d.on('data', (c) => { n += c.length; });
  let i = 0;
  (function more() {
    if (i + 500 >= comp.length) {
      d.end(comp.subarray(i));
      d.on('end', () => {
        console.log('partial: every chunk gave output', grew.every(Boolean), 'total', n === text.length);
        next();
      });
      return;
    }
    const before = n;
    d.write(comp.subarray(i, i + 500), () => {
      setImmediate(() => { grew.push(n > before); i += 500; more(); });
    });
  })();
});

step(() => {
  // After Z_FULL_FLUSH the rest decodes without what came before.
  const z = zlib.createDeflateRaw();
  const parts = [];
  z.on('data', (c) => parts.push(c));
  z.write(text.subarray(0, 5000));
  z.flush(zlib.constants.Z_FULL_FLUSH, () => {
    const head = Buffer.concat(parts).length;
    z.end(text.subarray(0, 5000));
    z.on('end', () => {
      const tail = Buffer.concat(parts).subarray(head);
      console.log('full flush: tail alone', zlib.inflateRawSync(tail).equals(text.subarray(0, 5000)));
      next();
    });
  });
});

step(() => {
  // A truncated stream ended under finishFlush Z_SYNC_FLUSH gives all it
  // decodes, in the callback, *Sync and stream forms.
  const comp = zlib.deflateSync(text);
  const cut = comp.subarray(0, comp.length - 20);
  const opts = { finishFlush: zlib.constants.Z_SYNC_FLUSH };
  const ok = (out) => out.length > text.length - 200 && text.subarray(0, out.length).equals(out);
  console.log('truncated sync', ok(zlib.inflateSync(cut, opts)));
  zlib.inflate(cut, opts, (err, out) => {
    console.log('truncated callback', err, ok(out));
    const s = zlib.createInflate(opts);
    const chunks = [];
    s.on('data', (c) => chunks.push(c));
    s.on('end', () => { console.log('truncated stream', ok(Buffer.concat(chunks))); next(); });
    s.end(cut);
  });
});

next();
