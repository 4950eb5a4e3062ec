// readv/writev in the three forms, and util.promisify of them.
const fs = require('fs');
const util = require('util');
const path = require('path');
const os = require('os');
const f = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'fsv-')), 'f');
const fd = fs.openSync(f, 'w+');
console.log(fs.writevSync(fd, [Buffer.from('ab'), Buffer.from('cde')]));
const a = Buffer.alloc(2), b = Buffer.alloc(3);
console.log(fs.readvSync(fd, [a, b], 0), a.toString(), b.toString());
try { fs.writevSync(fd, 'x'); } catch (e) { console.log(e.code, e.message); }
fs.writev(fd, [Buffer.from('Z')], 1, (err, n, bufs) => {
  console.log(err, n, bufs.length);
  util.promisify(fs.readv)(fd, [Buffer.alloc(5)], 0).then(async (r) => {
    console.log(r.bytesRead, r.buffers[0].toString());
    const fh = await fs.promises.open(f, 'r+');
    console.log(await fh.writev([Buffer.from('Q')], 4));
    console.log(await fh.readv([Buffer.alloc(5)], 0));
    await fh.close();
    fs.closeSync(fd);
    fs.rmSync(path.dirname(f), { recursive: true });
  });
});
