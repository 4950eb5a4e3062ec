// The Transform streams: piping, chunking, flush kinds, params, reset,
// close, premature end and bytesWritten.
'use strict';
const zlib = require('zlib');
const { pipeline, Readable, Writable } = require('stream');
const input = Buffer.from('0123456789abcdef'.repeat(8192));

function collect(stream, cb) {
  const chunks = [];
  stream.on('data', (c) => chunks.push(c));
  stream.on('end', () => cb(Buffer.concat(chunks), chunks));
}

const steps = [];
function step(fn) { steps.push(fn); }
function next() { const fn = steps.shift(); if (fn) fn(); }

step(() => {
  const src = Readable.from([input.subarray(0, 50000), input.subarray(50000)]);
  const out = [];
  pipeline(src, zlib.createGzip(), zlib.createGunzip({ chunkSize: 4096 }), new Writable({
    write(chunk, enc, cb) { out.push(chunk); cb(); },
  }), (err) => {
    console.log('pipeline', err, Buffer.concat(out).equals(input), Math.max(...out.map((c) => c.length)) <= 4096);
    next();
  });
});

step(() => {
  // Z_SYNC_FLUSH makes what was written so far decodable.
  const def = zlib.createDeflate();
  const parts = [];
  def.on('data', (c) => parts.push(c));
  def.write('first part ');
  def.flush(zlib.constants.Z_SYNC_FLUSH, () => {
    console.log('sync flush', zlib.inflateSync(Buffer.concat(parts), { finishFlush: zlib.constants.Z_SYNC_FLUSH }).toString());
    def.params(9, zlib.constants.Z_FILTERED, (err) => {
      console.log('params', err, def._level, def._strategy);
      def.end('second part');
    });
  });
  def.on('end', () => {
    console.log('after params', zlib.inflateSync(Buffer.concat(parts)).toString(), def.bytesWritten);
    next();
  });
});

step(() => {
  // A full flush by default; for brotli, BROTLI_OPERATION_FLUSH.
  const br = zlib.createBrotliCompress();
  const parts = [];
  br.on('data', (c) => parts.push(c));
  br.write('brotli text');
  br.flush(() => {
    const dec = zlib.createBrotliDecompress();
    dec.once('data', (c) => {
      console.log('brotli flushed', c.toString());
      const n = parts.length;
      br.on('end', () => dec.end(Buffer.concat(parts.slice(n))));
      br.end();
    });
    dec.write(Buffer.concat(parts));
    dec.on('end', next);
    dec.resume();
  });
});

step(() => {
  // Trailing data ends the decompressor; bytesWritten counts only what
  // was used.
  const compressed = zlib.deflateSync('abc'.repeat(10));
  const inf = zlib.createInflate();
  collect(inf, (out) => {
    console.log('premature end', out.toString().length, inf.bytesWritten === compressed.length);
    next();
  });
  inf.write(compressed);
  inf.write(Buffer.from('trailing garbage'));
});

step(() => {
  const gz = zlib.createGunzip();
  gz.on('error', (e) => {
    console.log('stream error', e.message, e.code, e.errno, gz.destroyed, gz._handle);
    next();
  });
  gz.end(Buffer.from('not gzip data'));
});

step(() => {
  const gz = zlib.createGzip();
  gz.write('x');
  gz.close(() => {
    console.log('closed', gz._closed, gz._handle, gz.destroyed);
    next();
  });
});

step(() => {
  const def = zlib.createDeflateRaw();
  def.reset();
  const a = def._processChunk(Buffer.from('one'), zlib.constants.Z_FINISH);
  console.log('processChunk', zlib.inflateRawSync(a).toString(), def.bytesWritten, def._handle);
  try {
    def.reset();
  } catch (e) {
    console.log(e.code, e.message.split('\n')[0]);
  }
  zlib.gzip('engine', { info: true }, (err, r) => {
    console.log('info', err, zlib.gunzipSync(r.buffer).toString(), r.engine instanceof zlib.Gzip);
    const s = zlib.inflateSync(zlib.deflateSync('sync'), { info: true });
    console.log('info sync', s.buffer.toString(), s.engine.constructor.name);
    next();
  });
});

step(() => {
  // Unzip fed one byte at a time.
  const data = zlib.gzipSync('one byte at a time');
  const u = zlib.createUnzip();
  collect(u, (out) => {
    console.log('one byte chunks', out.toString());
    next();
  });
  for (let i = 0; i < data.length; i++) u.write(data.subarray(i, i + 1));
  u.end();
});

step(() => {
  console.log(zlib.Deflate() instanceof zlib.Deflate, new zlib.Gzip() instanceof require('stream').Transform,
    zlib.createInflate() instanceof zlib.Inflate, typeof zlib.Unzip.prototype.params, zlib.BrotliCompress.length);
});
next();
