// writeFile with an AbortSignal: aborting after the call (same tick or
// next tick) still fails the write with AbortError, and the promise form
// stops a large write between chunks.
const fs = require('fs');
const fsp = require('fs/promises');
const path = require('path');
const os = require('os');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'fswa-'));
const big = Buffer.alloc(4 * 1024 * 1024, 'a');
const show = (label) => (e) => console.log(label, e ? [e.name, e.code] : e);
(async () => {
  await new Promise((r) => {
    const c = new AbortController();
    fs.writeFile(path.join(dir, 'a'), 'data', { signal: c.signal }, (e) => { show('cb same tick')(e); r(); });
    c.abort();
  });
  await new Promise((r) => {
    const c = new AbortController();
    fs.writeFile(path.join(dir, 'b'), 'data', { signal: c.signal }, (e) => { show('cb next tick')(e); r(); });
    process.nextTick(() => c.abort());
  });
  await new Promise((r) => {
    const c = new AbortController();
    fs.writeFile(path.join(dir, 'c'), 'data', { signal: c.signal }, (e) => {
      show('cb no abort')(e);
      console.log(fs.readFileSync(path.join(dir, 'c'), 'utf8'));
      r();
    });
  });
  {
    const c = new AbortController();
    const fh = await fsp.open(path.join(dir, 'd'), 'w+');
    process.nextTick(() => c.abort());
    await fsp.writeFile(fh, big, { signal: c.signal }).then(show('fh ok'), show('fh'));
    await fh.close();
    console.log('partial', fs.statSync(path.join(dir, 'd')).size < big.length);
  }
  {
    const c = new AbortController();
    process.nextTick(() => c.abort());
    await fsp.writeFile(path.join(dir, 'e'), big, { signal: c.signal }).then(show('p ok'), show('p'));
  }
  await fsp.writeFile(path.join(dir, 'f'), big, { signal: new AbortController().signal }).then(show('p full'), show('p full'));
  console.log('full size', fs.statSync(path.join(dir, 'f')).size);
  fs.rmSync(dir, { recursive: true });
})();
