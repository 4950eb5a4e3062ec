// Decompresses what node's zlib (and brotli) compressed.
'use strict';
const zlib = require('zlib');
const t = 'The quick brown fox jumps over the lazy dog. '.repeat(20);
const rec = {
  deflate: 'eJwLyUhVKCzNTM5WSCrKL89TSMuvUMgqzS0oVsgvSy1SKMlIVchJrKpUSMlP11MIGVU8qnhUMbUVAwBHpUMc',
  gzip: 'H4sIAAAAAAACAwvJSFUoLM1MzlZIKsovz1NIy69QyCrNLShWyC9LLVIoyUhVyEmsqlRIyU/XUwgZVTyqeFQxtRUDAOZKZrCEAwAA',
  br: 'G4MDiCwOeNPQlV2XELsXK6nK0JLMjK1BXObyNsgZnp4Ke4MNOHBIIG8kvkGnFc4cHieqKTjCibhPgwE=',
  multi: 'H4sIAAAAAAAAA8vPS1UAAElhrCMEAAAAH4sIAAAAAAAAAyspzwcAZorKEQMAAAA=',
  dict: 'eLtypQkNC8lIVShEk8sqzS0oVsgvSy1SKMlIhSvVUxhVPKp4VDHVFQMAR6VDHA==',
};
const b = (k) => Buffer.from(rec[k], 'base64');
console.log(zlib.inflateSync(b('deflate')).toString() === t);
console.log(zlib.unzipSync(b('deflate')).toString() === t);
console.log(zlib.gunzipSync(b('gzip')).toString() === t);
console.log(zlib.unzipSync(b('gzip')).toString() === t);
console.log(zlib.brotliDecompressSync(b('br')).toString() === t);
console.log(zlib.gunzipSync(b('multi')).toString());
console.log(zlib.unzipSync(b('multi')).toString());
console.log(zlib.inflateSync(b('dict'), { dictionary: Buffer.from('quick brown fox lazy dog') }).toString() === t);
// Node's zlib inflates what gorun compresses: the framing is checked here
// by decoding it again and by the header bytes, which are zlib's.
console.log(zlib.deflateSync('x').subarray(0, 2).toString('hex'), zlib.deflateSync('x', { level: 1 }).subarray(0, 2).toString('hex'),
  zlib.deflateSync('x', { level: 9 }).subarray(0, 2).toString('hex'), zlib.deflateSync('x', { windowBits: 9 }).subarray(0, 2).toString('hex'));
console.log(zlib.gzipSync('x').subarray(0, 10).toString('hex'), zlib.gzipSync('x', { level: 9 }).subarray(0, 10).toString('hex'));
console.log(zlib.gzipSync('').toString('hex'), zlib.deflateSync('').toString('hex'), zlib.deflateRawSync('').toString('hex'));
zlib.inflate(b('deflate'), (err, out) => {
  console.log('async', err, out.toString() === t);
  zlib.gunzip(b('multi'), (err, out) => {
    console.log('async multi', err, out.toString());
    zlib.brotliDecompress(b('br'), (err, out) => console.log('async br', err, out.length));
  });
});
