const fs = require('fs');
const fsp = require('fs/promises');
const path = require('path');
const os = require('os');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'fsb-'));
process.chdir(dir);
fs.writeFileSync('file', 'data', { mode: 0o644 });
fs.mkdirSync('sub');
const show = (label) => (e, v) => console.log(label, e ? [e.code, e.syscall, e.path, e.message] : v);
const cases = [
  ['ENOENT', (cb) => fs.readFile('nope', cb), () => fsp.readFile('nope')],
  ['EACCES', (cb) => fs.access('file', fs.constants.X_OK, cb), () => fsp.access('file', fs.constants.X_OK)],
  ['EEXIST', (cb) => fs.mkdir('sub', cb), () => fsp.mkdir('sub')],
  ['ENOTDIR', (cb) => fs.readdir('file', cb), () => fsp.readdir('file')],
  ['EISDIR', (cb) => fs.readFile('sub', cb), () => fsp.readFile('sub')],
  ['ENOSPC', (cb) => fs.writeFile('/dev/full', 'x', cb), () => fsp.writeFile('/dev/full', 'x')],
];
(async () => {
  for (const [name, cbForm, pForm] of cases) {
    await new Promise((res) => cbForm((e, v) => { show(name + ' cb')(e, v); res(); }));
    await pForm().then((v) => console.log(name, 'p ok', v), (e) => console.log(name, 'p', e.code, e.syscall, e.path, e.message, e instanceof Error));
  }
  await new Promise((r) => fs.readFile('file', 'utf8', (e, v) => { show('readFile')(e, v); r(); }));
  await new Promise((r) => fs.stat('file', (e, s) => { console.log('stat', e, s.size, s.isFile()); r(); }));
  let chainDone;
  const chain = new Promise((r) => { chainDone = r; });
  fs.writeFile('w', 'abc', (e) => {
    console.log('writeFile', e);
    fs.appendFile('w', 'def', (e) => {
      console.log('append', e, fs.readFileSync('w', 'utf8'));
      fs.open('w', 'r', (e, fd) => {
        const b = Buffer.alloc(10);
        fs.read(fd, b, 0, 10, 0, (e, n, buf) => {
          console.log('read', e, n, buf === b, b.toString('utf8', 0, n));
          fs.close(fd, (e) => { console.log('close', e); chainDone(); });
        });
      });
    });
  });
  await chain;
  const fh = await fsp.open('w', 'r+');
  console.log(typeof fh.fd, (await fh.stat()).size);
  console.log(await fh.read(Buffer.alloc(3), 0, 3, 1));
  console.log(await fh.write('ZZ', 0));
  console.log(await fh.readFile('utf8'));
  await fh.close();
  await fh.read(Buffer.alloc(1)).catch((e) => console.log(e.code, e.message, e.syscall));
  console.log(await fsp.readFile('w', 'utf8'));
  console.log(await fsp.readdir('.'), await fsp.mkdir('a/b', { recursive: true }));
  console.log((await fsp.stat('a', { bigint: true })).isDirectory());
  await fsp.rm('a', { recursive: true });
  console.log(await fsp.readdir('.', { withFileTypes: true }));
  const ac = new AbortController();
  ac.abort();
  await fsp.readFile('w', { signal: ac.signal }).catch((e) => console.log(e.name, e.code, e.message));
  await new Promise((r) => fs.readFile('w', { signal: ac.signal }, (e) => { console.log('cb abort', e.name, e.code); r(); }));
  await new Promise((r) => fs.exists('w', (x) => { console.log('exists', x); r(); }));
  fs.rmSync(dir, { recursive: true });
  // Inside an I/O callback setImmediate fires before setTimeout(0).
  fs.stat('.', () => {
    setTimeout(() => console.log('io timeout'), 0);
    setImmediate(() => console.log('io immediate'));
  });
})();
