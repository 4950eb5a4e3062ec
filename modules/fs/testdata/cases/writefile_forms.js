// writeFile/appendFile forms: the flush option (validated, fsync called
// through the exports object), a null flag meaning the default, and
// fs/promises accepting iterables, async iterables and streams.
const fs = require('fs');
const fsp = require('fs/promises');
const path = require('path');
const os = require('os');
const { Readable } = require('stream');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'fswf-'));
const f = path.join(dir, 'f');
const tryIt = (label, fn) => {
  try { console.log(label, fn()); } catch (e) { console.log(label, e.code, e.message); }
};
for (const v of ['true', 0, {}]) {
  tryIt(`flush ${JSON.stringify(v)}`, () => fs.writeFileSync(f, 'x', { flush: v }));
}
const realFsyncSync = fs.fsyncSync;
let syncCalls = 0;
fs.fsyncSync = (fd) => { syncCalls++; return realFsyncSync(fd); };
fs.writeFileSync(f, 'ab', { flush: true });
fs.appendFileSync(f, 'cd', { flush: true, flag: null });
fs.appendFileSync(f, 'ef', { flush: false });
console.log('sync', syncCalls, fs.readFileSync(f, 'utf8'));
fs.fsyncSync = realFsyncSync;
const realFsync = fs.fsync;
let cbCalls = 0;
fs.fsync = (fd, cb) => { cbCalls++; return realFsync(fd, cb); };
(async () => {
  await new Promise((r) => fs.writeFile(f, 'gh', { flush: true }, (e) => { console.log('cb flush', e, cbCalls); r(); }));
  await new Promise((r) => fs.appendFile(f, 'ij', { flag: null }, (e) => { console.log('cb append', e, cbCalls); r(); }));
  fs.fsync = realFsync;
  console.log(fs.readFileSync(f, 'utf8'));
  await fsp.writeFile(f, 'x', { flush: 1 }).catch((e) => console.log('p flush', e.code));
  await fsp.writeFile(f, 'kl', { flush: true });
  await fsp.appendFile(f, 'mn', { flag: null });
  console.log(fs.readFileSync(f, 'utf8'));
  await fsp.writeFile(f, ['a', 'b', Buffer.from('c')]);
  console.log('array', fs.readFileSync(f, 'utf8'));
  await fsp.writeFile(f, { *[Symbol.iterator]() { yield 'd'; yield 'e'; } });
  console.log('generator', fs.readFileSync(f, 'utf8'));
  await fsp.writeFile(f, { async *[Symbol.asyncIterator]() { yield 'f'; yield Buffer.from('g'); } });
  console.log('async', fs.readFileSync(f, 'utf8'));
  await fsp.writeFile(f, Readable.from(['ümlaut', ' x']), 'latin1');
  console.log('stream', fs.readFileSync(f, 'latin1'));
  await fsp.writeFile(f, { *[Symbol.iterator]() { yield 42; } }).catch((e) => console.log('bad chunk', e.code));
  const c = new AbortController();
  const s = Readable.from(['z']);
  process.nextTick(() => c.abort());
  await fsp.writeFile(f, s, { signal: c.signal }).catch((e) => console.log('abort', e.name));
  const fh = await fsp.open(f, 'w');
  await fh.writeFile(['h', 'i']);
  await fh.close();
  console.log('handle', fs.readFileSync(f, 'utf8'));
  fs.rmSync(dir, { recursive: true });
})();
