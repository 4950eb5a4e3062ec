// FileHandle.createReadStream/createWriteStream/readLines, a FileHandle as fd, and fs.openAsBlob.
const fs = require('fs');
const fsp = require('fs/promises');
const path = require('path');
const os = require('os');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'fhs-'));
process.chdir(dir);
fs.writeFileSync('lines.txt', 'one\ntwo\r\nthree\n\nfive');

(async () => {
  let fh = await fsp.open('lines.txt');
  const rs = fh.createReadStream({ start: 4, encoding: 'utf8' });
  console.log('rs fd', rs.fd === fh.fd, rs.pending, rs.path);
  let text = '';
  for await (const c of rs) text += c;
  console.log('rs', JSON.stringify(text), 'handle fd after', fh.fd);
  let closed = false;
  fh.on('close', () => { closed = true; });

  fh = await fsp.open('out.txt', 'w');
  const ws = fh.createWriteStream();
  await new Promise((resolve) => { ws.end('written via handle', resolve); });
  await new Promise((resolve) => ws.on('close', resolve));
  console.log('ws', fs.readFileSync('out.txt', 'utf8'), fh.fd);

  fh = await fsp.open('lines.txt');
  const lines = [];
  for await (const line of fh.readLines()) lines.push(line);
  console.log('lines', JSON.stringify(lines));

  fh = await fsp.open('lines.txt');
  const s2 = fs.createReadStream(null, { fd: fh, end: 2 });
  s2.on('data', (c) => console.log('fd handle data', c.toString()));
  await new Promise((r) => s2.on('close', r));
  try { fs.createReadStream(null, { fd: fh, fs: {} }); } catch (e) { console.log(e.code, e.message); }

  const blob = await fs.openAsBlob('lines.txt', { type: 'text/plain' });
  console.log('blob', blob.size, blob.type, JSON.stringify(await blob.text()));
  try { fs.openAsBlob('missing'); } catch (e) { console.log(e.name, e.code, e.message); }
  try { fs.openAsBlob('lines.txt', { type: 1 }); } catch (e) { console.log(e.name, e.code, e.message); }
  fs.rmSync(dir, { recursive: true });
})();
