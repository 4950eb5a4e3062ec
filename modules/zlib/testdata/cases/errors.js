// Errors as node reports them: corrupt and truncated input, validation.
'use strict';
const zlib = require('zlib');
// Compressed bytes differ from zlib's (another encoder), so only
// decompressed output is printed.
function show(fn, compresses = false) {
  try {
    const r = fn();
    console.log('ok', compresses ? 'compressed' : Buffer.isBuffer(r) ? r.toString() : r);
  } catch (e) {
    console.log(e.name, e.code, e.errno, e.message);
  }
}
const d = zlib.deflateSync('hello');
const g = zlib.gzipSync('a');
show(() => zlib.inflateSync(Buffer.from('garbage')));
show(() => zlib.inflateSync(Buffer.alloc(0)));
show(() => zlib.inflateSync(d.subarray(0, 5)));
show(() => zlib.inflateSync(Buffer.concat([d, Buffer.from('trailing')])));
show(() => zlib.inflateSync(Buffer.from([0x78, 0x9c, 0xff, 0xff, 0xff])));
show(() => zlib.inflateSync(Buffer.concat([d.subarray(0, d.length - 1), Buffer.from([d[d.length - 1] ^ 1])])));
show(() => zlib.gunzipSync(d));
show(() => zlib.gunzipSync(Buffer.concat([g, Buffer.from([0x1f, 0x8b, 1, 2, 3])])));
show(() => zlib.gunzipSync(Buffer.concat([g, zlib.gzipSync('b'), Buffer.from('xyz')])));
show(() => zlib.gunzipSync(Buffer.concat([g, zlib.gzipSync('b'), Buffer.alloc(10)])));
show(() => zlib.gunzipSync(Buffer.concat([g.subarray(0, g.length - 8), Buffer.alloc(8)])));
show(() => zlib.brotliDecompressSync(Buffer.from('garbagexxxxx')));
show(() => zlib.brotliDecompressSync(Buffer.alloc(0)));
show(() => zlib.inflateRawSync(Buffer.from([0xff])));
const dict = Buffer.from('a dictionary of words');
const withDict = zlib.deflateSync('words of a dictionary', { dictionary: dict });
show(() => zlib.inflateSync(withDict));
show(() => zlib.inflateSync(withDict, { dictionary: Buffer.from('other') }));
show(() => zlib.inflateSync(withDict, { dictionary: dict }));
show(() => zlib.inflateRawSync(zlib.deflateRawSync('raw words', { dictionary: dict }), { dictionary: dict }));
show(() => zlib.inflateSync(zlib.deflateSync('x'.repeat(1000)), { maxOutputLength: 10 }));
show(() => zlib.deflateSync(123));
show(() => zlib.deflateSync('x', { level: 10 }));
show(() => zlib.deflateSync('x', { level: 'a' }));
show(() => zlib.deflateSync('x', { level: NaN }), true);
show(() => zlib.deflateSync('x', { level: Infinity }), true);
show(() => zlib.deflateSync('x', { chunkSize: 10 }));
show(() => zlib.gzipSync('x', { windowBits: 8 }));
show(() => zlib.deflateSync('x', { memLevel: 0 }));
show(() => zlib.deflateSync('x', { strategy: 5 }));
show(() => zlib.deflateSync('x', { flush: 6 }));
show(() => zlib.deflateSync('x', { finishFlush: -1 }));
show(() => zlib.deflateSync('x', { dictionary: 'str' }));
show(() => zlib.inflateRawSync('x', { windowBits: 0 }));
show(() => zlib.brotliCompressSync('x', { params: { 10000: 0 } }));
show(() => zlib.brotliCompressSync('x', { params: { 0: 0, '00': 0 } }));
show(() => zlib.brotliCompressSync('x', { params: { 1: 'a' } }));
show(() => zlib.brotliCompressSync('x', { params: { 4: 42 } }));
show(() => zlib.brotliDecompressSync('x', { params: { 5: 1 } }));
show(() => zlib.brotliCompressSync('x', { flush: 4 }));
show(() => zlib.crc32(1));
show(() => zlib.crc32('x', -1));
show(() => zlib.deflate('x'));
show(() => zlib.deflate(123, () => {}));
zlib.gunzip(Buffer.from('bad'), (err, out) => {
  console.log('async', err.message, err.code, err.errno, out);
  zlib.inflate(d.subarray(0, 4), (err) => console.log('async', err.message, err.code));
});
