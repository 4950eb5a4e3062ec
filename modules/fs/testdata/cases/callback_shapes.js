// Callback shapes and check order: result-less operations call back with
// (null) alone; the callback is positional; recursive rmdir recurses only
// into directories; option encodings are checked before any I/O.
const fs = require('fs');
const path = require('path');
const os = require('os');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'fscb-'));
const f = path.join(dir, 'file');
fs.writeFileSync(f, 'x');
const err = (e) => [e.code, e.name, e.message.replace(dir, '<dir>')];
const tryIt = (label, fn) => {
  try { console.log(label, fn()); } catch (e) { console.log(label, err(e)); }
};
process.on('warning', (w) => console.log('warning', w.code, w.message));
const missing = path.join(dir, 'missing');
tryIt('readlinkSync enc', () => fs.readlinkSync(missing, 'bogus'));
tryIt('realpathSync enc', () => fs.realpathSync(missing, 'bogus'));
tryIt('readFileSync enc', () => fs.readFileSync(missing, 'bogus'));
tryIt('rename no cb', () => fs.rename(1, 'x'));
tryIt('unlink no cb', () => fs.unlink(missing));
tryIt('rmdirSync recursive file', () => fs.rmdirSync(f, { recursive: true }));
tryIt('rmdirSync recursive missing', () => fs.rmdirSync(missing, { recursive: true }));
fs.mkdirSync(path.join(dir, 'd/e'), { recursive: true });
tryIt('rmdirSync recursive dir', () => fs.rmdirSync(path.join(dir, 'd'), { recursive: true }));
tryIt('exists after', () => fs.existsSync(path.join(dir, 'd')));
(async () => {
  const step = (label, start) => new Promise((r) => start((...a) => {
    console.log(label, a.length, a[0] ? err(a[0]) : a[0]);
    r();
  }));
  const fd = fs.openSync(f, 'r+');
  await step('fsync', (cb) => fs.fsync(fd, cb));
  await step('ftruncate', (cb) => fs.ftruncate(fd, 0, cb));
  await step('close', (cb) => fs.close(fd, cb));
  await step('rename', (cb) => fs.rename(f, f + '2', cb));
  await step('rename back', (cb) => fs.rename(f + '2', f, cb));
  await step('rmdir recursive file', (cb) => fs.rmdir(f, { recursive: true }, cb));
  await step('rmdir recursive missing', (cb) => fs.rmdir(missing, { recursive: true }, cb));
  await fs.promises.rmdir(f, { recursive: true }).then(() => console.log('p rmdir ok'), (e) => console.log('p rmdir', err(e)));
  await step('unlink', (cb) => fs.unlink(f, cb));
  await step('rmdir', (cb) => fs.rmdir(dir, cb));
})();
