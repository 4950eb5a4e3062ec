// Every method pair, sync, callback and promisified, on every input type.
'use strict';
const zlib = require('zlib');
const util = require('util');
const text = 'gorun zlib round trip ✓ '.repeat(300);
const pairs = [
  ['deflate', 'inflate'], ['gzip', 'gunzip'], ['deflateRaw', 'inflateRaw'],
  ['deflate', 'unzip'], ['gzip', 'unzip'], ['brotliCompress', 'brotliDecompress'],
];
const buf = Buffer.from(text);
const inputs = {
  string: text,
  Buffer: buf,
  Uint8Array: new Uint8Array(buf),
  Uint16Array: new Uint16Array(buf.buffer.slice(buf.byteOffset, buf.byteOffset + (buf.length & ~1))),
  DataView: new DataView(buf.buffer, buf.byteOffset, buf.length),
  ArrayBuffer: buf.buffer.slice(buf.byteOffset, buf.byteOffset + buf.length),
};
for (const [c, d] of pairs) {
  for (const [name, input] of Object.entries(inputs)) {
    const expected = typeof input === 'string' ? buf : Buffer.from(ArrayBuffer.isView(input) ? input.buffer.slice(input.byteOffset, input.byteOffset + input.byteLength) : input);
    const out = zlib[d + 'Sync'](zlib[c + 'Sync'](input));
    console.log(c, d, name, out.equals(expected), Buffer.isBuffer(out));
  }
}
for (const level of [-1, 0, 1, 5, 9]) {
  for (const strategy of [0, 1, 2, 3, 4]) {
    const out = zlib.inflateSync(zlib.deflateSync(buf, { level, strategy }));
    if (!out.equals(buf)) console.log('level', level, 'strategy', strategy, 'failed');
  }
}
for (const windowBits of [8, 9, 12, 15]) {
  console.log('windowBits', windowBits, zlib.inflateRawSync(zlib.deflateRawSync(buf, { windowBits }), { windowBits }).equals(buf));
}
for (const q of [0, 1, 5, 11]) {
  const p = { [zlib.constants.BROTLI_PARAM_QUALITY]: q, [zlib.constants.BROTLI_PARAM_MODE]: zlib.constants.BROTLI_MODE_TEXT,
    [zlib.constants.BROTLI_PARAM_SIZE_HINT]: buf.length };
  console.log('quality', q, zlib.brotliDecompressSync(zlib.brotliCompressSync(buf, { params: p })).equals(buf));
}
(async () => {
  for (const [c, d] of pairs) {
    const comp = await util.promisify(zlib[c])(text);
    const out = await util.promisify(zlib[d])(comp);
    console.log('promisified', c, d, out.toString() === text);
  }
  zlib.deflate(buf, { level: 1 }, (err, comp) => {
    zlib.inflate(comp, (err2, out) => console.log('callback', err, err2, out.equals(buf)));
  });
})();
