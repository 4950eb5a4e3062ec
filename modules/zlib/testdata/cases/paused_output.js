// With nobody reading, a decompressor stops after one chunk (the
// readable side is full) instead of filling its buffer with everything
// the engine could make; reading later yields all of it, in order.
const zlib = require('zlib');
const input = Buffer.alloc(1 << 20, 'abcdefgh');
const cases = [
  ['gunzip', zlib.gzipSync, zlib.createGunzip],
  ['brotli', zlib.brotliCompressSync, zlib.createBrotliDecompress],
  ['inflateRaw', zlib.deflateRawSync, zlib.createInflateRaw],
];
function run(i) {
  if (i === cases.length) return;
  const [name, compress, Decompress] = cases[i];
  const d = Decompress();
  d.end(compress(input));
  // Wait for the first output, then a while longer: nothing more comes.
  const poll = () => (d._readableState.length > 0 ? setTimeout(check, 50) : setTimeout(poll, 5));
  const check = () => {
    const st = d._readableState;
    console.log(name, 'buffered', st.buffer.length, st.length);
    let total = 0;
    let chunks = 0;
    d.on('data', (c) => { total += c.length; chunks++; });
    d.on('end', () => {
      console.log(name, 'end', total, chunks);
      run(i + 1);
    });
  };
  poll();
}
run(0);
