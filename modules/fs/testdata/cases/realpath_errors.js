// realpath's errors name what failed as node's JS walk does: stat on a
// link in a loop (ELOOP) or a dangling link, lstat on a missing
// component; the native flavour is realpath(3) on the whole path.
const fs = require('fs');
const os = require('os');
const path = require('path');
const dir = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'rperr-')));
const rel = (s) => String(s).split(dir).join('<tmp>');
fs.symlinkSync(path.join(dir, 'a'), path.join(dir, 'b'));
fs.symlinkSync(path.join(dir, 'b'), path.join(dir, 'a'));
fs.mkdirSync(path.join(dir, 'd'));
fs.symlinkSync('nothere', path.join(dir, 'd', 'broken'));
fs.symlinkSync('../d', path.join(dir, 'd', 'up'));
fs.writeFileSync(path.join(dir, 'd', 'f'), '');
const cases = ['a', 'd/broken', 'd/broken/x', 'd/none/y', 'd/up/up/f', 'd/up/../d/f'];
for (const c of cases) {
  const p = path.join(dir, c);
  for (const [name, f] of [['js', fs.realpathSync], ['native', fs.realpathSync.native]]) {
    try {
      console.log(c, name, rel(f(p)));
    } catch (e) {
      console.log(c, name, e.code, e.syscall, rel(e.path), rel(e.message));
    }
  }
}
fs.realpath(path.join(dir, 'a'), (e) => {
  console.log('cb', e.code, e.syscall, rel(e.message));
  fs.promises.realpath(path.join(dir, 'a')).catch((e) => {
    console.log('promise', e.code, e.syscall, rel(e.message));
    fs.rmSync(dir, { recursive: true });
  });
});
