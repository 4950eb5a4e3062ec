const fs = require('fs');
const path = require('path');
const os = require('os');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'fst-'));
process.chdir(dir);
fs.writeFileSync('a.txt', 'hello world');
console.log(fs.readFileSync('a.txt', 'utf8'), fs.readFileSync('a.txt'));
fs.appendFileSync('a.txt', '!!');
console.log(fs.readFileSync('a.txt', { encoding: 'base64' }));
const st = fs.statSync('a.txt');
console.log(st.isFile(), st.isDirectory(), st.size, st instanceof fs.Stats, Object.keys(st).join());
const bst = fs.statSync('a.txt', { bigint: true });
console.log(bst.size, typeof bst.atimeNs, bst.isFile(), Object.keys(bst).join());
console.log(fs.mkdirSync('x/y/z', { recursive: true }), fs.mkdirSync('x/y/z', { recursive: true }));
fs.writeFileSync('x/y/f', '');
console.log(fs.readdirSync('.'), fs.readdirSync('x', { recursive: true }));
console.log(fs.readdirSync('x', { withFileTypes: true, recursive: true }).map((d) => [d.name, d.parentPath, d.isDirectory()]));
fs.symlinkSync('a.txt', 'l');
console.log(fs.readlinkSync('l'), fs.lstatSync('l').isSymbolicLink(), fs.realpathSync('l') === path.join(fs.realpathSync(dir), 'a.txt'));
const fd = fs.openSync('a.txt', 'r+');
const b = Buffer.alloc(5);
console.log(fs.readSync(fd, b, 0, 5, 6), b.toString(), fs.writeSync(fd, 'HE', 0), fs.writeSync(fd, Buffer.from('xyz'), 0, 3, 8));
fs.ftruncateSync(fd, 9);
console.log(fs.fstatSync(fd).size);
fs.closeSync(fd);
console.log(fs.readFileSync('a.txt', 'latin1'));
fs.copyFileSync('a.txt', 'b.txt');
fs.renameSync('b.txt', 'c.txt');
console.log(fs.existsSync('b.txt'), fs.existsSync('c.txt'), fs.existsSync(), fs.existsSync('c\u0000'));
fs.truncateSync('c.txt', 2);
console.log(fs.readFileSync('c.txt', 'utf8'));
fs.utimesSync('c.txt', 1000, new Date(2000000));
console.log(fs.statSync('c.txt').atimeMs, fs.statSync('c.txt').mtime.toISOString());
fs.chmodSync('c.txt', 0o600);
console.log((fs.statSync('c.txt').mode & 0o777).toString(8));
fs.accessSync('c.txt', fs.constants.R_OK);
const errs = [
  () => fs.readFileSync('nope'), () => fs.openSync('a.txt', 'wx'), () => fs.mkdirSync('x'),
  () => fs.readdirSync('a.txt'), () => fs.readFileSync('x'), () => fs.writeFileSync('/dev/full', 'x'),
  () => fs.rmSync('x'), () => fs.rmSync('nope'), () => fs.rmdirSync('x'), () => fs.unlinkSync('x'),
  () => fs.copyFileSync('a.txt', 'c.txt', fs.constants.COPYFILE_EXCL), () => fs.renameSync('nope', 'z'),
  () => fs.symlinkSync('a', 'l'), () => fs.realpathSync('nope'), () => fs.realpathSync.native('nope'),
  () => fs.mkdtempSync('/nope/x'), () => fs.readlinkSync('a.txt'), () => fs.truncateSync('x'),
  () => fs.statSync('a.txt/b'), () => fs.openSync(1), () => fs.readFileSync(12345),
  () => fs.readSync(-1, Buffer.alloc(1)), () => fs.openSync('a.txt', 'zz'), () => fs.readFileSync('a', 'bogus'),
  () => fs.mkdirSync('a.txt/b', { recursive: true }), () => fs.accessSync('nope'), () => fs.closeSync(9999),
  () => fs.writeFileSync('q', 5), () => fs.readdir('.'), () => fs.accessSync('a.txt', fs.constants.X_OK),
];
for (const f of errs) {
  try { f(); console.log('no error', f.toString()); } catch (e) {
    console.log(e.name, e.code, e.errno, e.syscall, e.path && e.path.replace(dir, 'DIR'), e.dest, e.message.replace(dir, 'DIR'));
  }
}
console.log(fs.statSync('nope', { throwIfNoEntry: false }));
fs.rmSync('x', { recursive: true });
fs.rmSync('nope', { force: true });
console.log(fs.readdirSync('.'));
fs.rmSync(dir, { recursive: true });
