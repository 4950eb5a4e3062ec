// The whole-file and stream fast paths: readFile refuses a regular file
// over 2 GiB - 1 in every form (a sparse file, nothing is read), a
// ReadStream's chunks own exactly their bytes (a short last read is not a
// view of a bigger slab), and a multi-chunk copy arrives intact.
const fs = require('fs');
const path = require('path');
const os = require('os');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bigfile-'));
const big = path.join(dir, 'big.bin');
fs.writeFileSync(big, 'x');
fs.truncateSync(big, 2 ** 31);

const show = (e) => `${e.name} ${e.code} ${e.message}`;
try { fs.readFileSync(big); } catch (e) { console.log('sync', show(e)); }
fs.readFile(big, (e) => {
  console.log('callback', show(e));
  fs.promises.readFile(big).catch((e2) => {
    console.log('promise', show(e2));
    fs.unlinkSync(big);
    streams();
  });
});

function streams() {
  const src = path.join(dir, 'src.bin');
  const data = Buffer.alloc(3 * 65536 + 1000);
  for (let i = 0; i < data.length; i++) data[i] = (i * 7 + (i >> 9)) & 0xff;
  fs.writeFileSync(src, data);
  const sizes = [];
  const r = fs.createReadStream(src);
  r.on('data', (c) => sizes.push(`${c.length}/${c.buffer.byteLength}/${Buffer.isBuffer(c)}`));
  r.on('end', () => {
    console.log('chunks', sizes.join(' '), 'bytesRead', r.bytesRead);
    const out = path.join(dir, 'out.bin');
    fs.createReadStream(src, { start: 5, highWaterMark: 1000 }).pipe(fs.createWriteStream(out)).on('finish', function () {
      const got = fs.readFileSync(out);
      console.log('copy', got.length, got.equals(data.subarray(5)), this.bytesWritten);
      fs.rmSync(dir, { recursive: true });
    });
  });
}
