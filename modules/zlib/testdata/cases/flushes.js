'use strict';
const zlib = require('zlib');
// Flush semantics: brotli flush bytes as the C library makes them, and
// partial flushes interleaved with writes (both from node's own tests).
const { createGzip, createGunzip, Z_PARTIAL_FLUSH } = zlib;
{
  const deflater = new zlib.BrotliCompress();
  const chunk = Buffer.from('0123456789abcdef');
  deflater.write(chunk, function() {
    deflater.flush(function() {
      const bufs = []; let buf;
      while ((buf = deflater.read()) !== null) bufs.push(buf);
      console.log('brotli flush', Buffer.concat(bufs).toString('base64'));
    });
  });
}
{
const compress = createGzip();
const decompress = createGunzip();
decompress.setEncoding('utf8');
const events = [];
const compressedChunks = [];
for (const chunk of ['abc', 'def', 'ghi']) {
  compress.write(chunk, () => events.push({ written: chunk }));
  compress.flush(Z_PARTIAL_FLUSH, () => {
    events.push('flushed');
    const chunk = compress.read();
    if (chunk !== null) compressedChunks.push(chunk);
  });
}
compress.end(() => { events.push('compress end'); writeToDecompress(); });
function writeToDecompress() {
  const chunk = compressedChunks.shift();
  if (chunk === undefined) return decompress.end();
  decompress.write(chunk, () => { events.push({ read: decompress.read() }); writeToDecompress(); });
}
process.on('exit', () => console.log(JSON.stringify(events)));
}
