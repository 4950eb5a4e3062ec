// read/write argument forms and the order of their checks (lib/fs.js):
// null options, zero length before the empty-buffer check, bigint
// positions, non-number length/position in write falling back.
const fs = require('fs');
const fsp = require('fs/promises');
const path = require('path');
const os = require('os');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'fsrw-'));
const file = path.join(dir, 'f');
fs.writeFileSync(file, 'abcdefgh');
const fd = fs.openSync(file, 'r+');
const err = (e) => [e.code, e.message];
const tryIt = (label, fn) => {
  try { console.log(label, fn()); } catch (e) { console.log(label, err(e)); }
};
const b4 = Buffer.alloc(4);
tryIt('readSync null opts', () => fs.readSync(fd, b4, null));
tryIt('readSync opts', () => [fs.readSync(fd, b4, { position: 2, length: 3 }), b4.toString()]);
tryIt('readSync empty len0', () => fs.readSync(fd, Buffer.alloc(0), 0, 0, 0));
tryIt('readSync empty', () => fs.readSync(fd, Buffer.alloc(0), 0, 1, 0));
tryIt('readSync len range', () => fs.readSync(fd, b4, 0, 5, 0));
tryIt('readSync len neg', () => fs.readSync(fd, b4, 0, -1, 0));
tryIt('readSync off range', () => fs.readSync(fd, b4, 3, 2, 0));
tryIt('readSync bigint pos', () => [fs.readSync(fd, b4, 0, 2, 1n), b4.toString()]);
tryIt('readSync huge bigint pos', () => fs.readSync(fd, b4, 0, 4, 2n ** 63n - 5n));
tryIt('readSync bigint too big', () => fs.readSync(fd, b4, 0, 4, 2n ** 63n));
tryIt('readSync pos NaN', () => fs.readSync(fd, b4, 0, 4, NaN));
tryIt('readSync pos string', () => fs.readSync(fd, b4, 0, 4, '1'));
tryIt('writeSync len null', () => fs.writeSync(fd, Buffer.from('XY'), 0, null, 0));
tryIt('writeSync off false', () => fs.writeSync(fd, Buffer.from('XY'), { offset: false }));
tryIt('writeSync off neg', () => fs.writeSync(fd, Buffer.from('XY'), { offset: -1 }));
tryIt('writeSync off range', () => fs.writeSync(fd, Buffer.from('XY'), 3));
tryIt('writeSync len range', () => fs.writeSync(fd, Buffer.from('XY'), 1, 2));
tryIt('writeSync null opts', () => fs.writeSync(fd, Buffer.from('Q'), null));
tryIt('writeSync string pos', () => fs.writeSync(fd, 'zz', 6));
tryIt('content', () => fs.readFileSync(file, 'latin1'));
tryIt('truncate null', () => fs.truncateSync(file, null));
tryIt('ftruncate bool', () => fs.ftruncateSync(fd, false));
tryIt('toUnixTimestamp NaN', () => fs._toUnixTimestamp(NaN));
tryIt('toUnixTimestamp Infinity', () => fs._toUnixTimestamp(Infinity));
tryIt('toUnixTimestamp str', () => fs._toUnixTimestamp('12'));
(async () => {
  await new Promise((r) => fs.read(fd, null, (e, n, buf) => { console.log('read null params', e, n, buf.length); r(); }));
  await new Promise((r) => fs.read(fd, b4, null, (e, n) => { console.log('read buf null opts', e, n); r(); }));
  await new Promise((r) => fs.read(fd, (e, n, buf) => { console.log('read cb only', e, n, buf.length); r(); }));
  await new Promise((r) => fs.read(fd, Buffer.alloc(0), 0, 0, 0, (e, n) => { console.log('read len0', e, n); r(); }));
  await new Promise((r) => fs.write(fd, Buffer.from('W'), { position: 0 }, (e, n, b) => { console.log('write opts', e, n, b.toString()); r(); }));
  tryIt('read opts not object', () => fs.read(fd, b4, 1, () => {}));
  const fh = await fsp.open(file, 'r+');
  for (const [label, fn] of [
    ['fh.read null', () => fh.read(null)],
    ['fh.read length null', () => fh.read(b4, 0, null, 0)],
    ['fh.read empty', () => fh.read(Buffer.alloc(0), 0, 1, 0)],
    ['fh.read pos bad', () => fh.read(b4, 0, 2, '0')],
    ['fh.read bigint', () => fh.read(b4, 0, 2, 3n)],
    ['fh.write len null', () => fh.write(Buffer.from('ab'), 0, null, 0)],
    ['fh.write empty', () => fh.write(Buffer.alloc(0), 5)],
    ['fh.write off range', () => fh.write(Buffer.from('ab'), 3)],
  ]) {
    await fn().then((v) => console.log(label, v.bytesRead ?? v.bytesWritten, v.buffer.length),
      (e) => console.log(label, err(e)));
  }
  await fh.close();
  // Position forms: negative bigints read at the current offset;
  // FileHandle.read treats anything but a safe integer as "current".
  const g = path.join(dir, 'g');
  fs.writeFileSync(g, 'abcdefgh');
  const gfd = fs.openSync(g, 'r');
  for (const p of [-2, -1n, -2n, 1.5, -(2n ** 63n), -(2n ** 63n) - 1n]) {
    tryIt(`readSync pos ${typeof p} ${p}`, () => [fs.readSync(gfd, b4, 0, 2, p), b4.toString()]);
  }
  fs.closeSync(gfd);
  const gh = await fsp.open(g, 'r');
  for (const p of ['0', 3n, 3, null, -1, 2.5, NaN, -5]) {
    const r = await gh.read(Buffer.alloc(4), 0, 2, p);
    console.log('fh.read pos', typeof p, p, r.bytesRead, r.buffer.toString('latin1'));
  }
  await gh.close();
  fs.closeSync(fd);
  fs.rmSync(dir, { recursive: true });
})();
