// Stats and BigIntStats: fields, prototypes, is* methods and inspection.
const fs = require('fs');
const path = require('path');
const os = require('os');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'fss-'));
const f = path.join(dir, 'f');
fs.writeFileSync(f, 'x'.repeat(10));
fs.utimesSync(f, 1700000000.123456, new Date(1600000000000));
const s = fs.statSync(f);
const pick = (st) => ({ size: st.size, atimeMs: st.atimeMs, mtimeMs: st.mtimeMs, atime: st.atime, mtime: st.mtime, mode: Number(st.mode) & 0o777 });
console.log(pick(s), s.constructor.name, s instanceof fs.Stats);
console.log(Object.keys(s));
const b = fs.statSync(f, { bigint: true });
console.log(pick(b), b.atimeNs, b.mtimeNs, b.constructor.name, Object.keys(b));
for (const st of [s, b, fs.lstatSync(dir), fs.statSync('/dev/null')]) {
  console.log(['isFile', 'isDirectory', 'isSymbolicLink', 'isCharacterDevice', 'isBlockDevice', 'isFIFO', 'isSocket'].map((m) => st[m]()).join());
}
fs.symlinkSync(f, f + 'l');
console.log(fs.lstatSync(f + 'l').isSymbolicLink(), fs.statSync(f + 'l').isSymbolicLink());
const fd = fs.openSync(f, 'r');
console.log(fs.fstatSync(fd).size, fs.fstatSync(fd, { bigint: true }).size);
fs.fstat(fd, (err, st) => {
  console.log('fstat cb', err, st.size);
  fs.closeSync(fd);
  fs.promises.lstat(f + 'l', { bigint: true }).then((st) => {
    console.log('lstat p', st.isSymbolicLink(), typeof st.size);
    fs.rmSync(dir, { recursive: true });
  });
});
