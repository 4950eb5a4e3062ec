// fs/promises surface and FileHandle, plus node:fs/promises identity.
const fsp = require('node:fs/promises');
const fs = require('fs');
const path = require('path');
const os = require('os');
(async () => {
  console.log(fs.promises === fsp, typeof fsp.constants.O_RDONLY);
  const dir = await fsp.mkdtemp(path.join(os.tmpdir(), 'fsp-'));
  const f = path.join(dir, 'f');
  await fsp.writeFile(f, new Uint8Array([104, 105]));
  await fsp.appendFile(f, '!', 'latin1');
  console.log(await fsp.readFile(f, { encoding: 'hex' }));
  await fsp.copyFile(f, f + '2');
  await fsp.copyFile(f, f + '2', fs.constants.COPYFILE_EXCL).catch((e) => console.log(e.code, e.syscall));
  await fsp.rename(f + '2', f + '3');
  await fsp.symlink(f, f + 'l');
  console.log((await fsp.readlink(f + 'l')) === f, (await fsp.lstat(f + 'l')).isSymbolicLink());
  await fsp.truncate(f + '3', 1);
  console.log(await fsp.readFile(f + '3', 'utf8'));
  await fsp.utimes(f, 5, 6);
  console.log((await fsp.stat(f)).mtimeMs);
  await fsp.chmod(f, '600');
  console.log(((await fsp.stat(f)).mode & 0o777).toString(8));
  await fsp.unlink(f + '3');
  console.log(await fsp.readdir(dir));
  await fsp.rmdir(dir).catch((e) => console.log(e.code, e.syscall));
  await fsp.rm(dir, { recursive: true });
  await fsp.access(dir).catch((e) => console.log(e.code));
  await fsp.readFile(42).catch((e) => console.log(e.code, e.message));
  try { await fsp.open(f, 'nope'); } catch (e) { console.log(e.code, e.message); }
})();
