// fs.watch on a directory and a file (events with filenames, buffer encoding, close), its ENOENT, ref/unref.
const fs = require('fs');
const path = require('path');
const os = require('os');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'w1-'));
const events = [];
const w = fs.watch(dir, (ev, name) => {
  events.push(ev + ':' + name);
});
console.log(w.constructor.name, typeof w.close, typeof w.ref, typeof w.unref);
w.on('close', () => console.log('close event'));
setTimeout(() => {
  fs.writeFileSync(path.join(dir, 'a.txt'), 'x');
  setTimeout(() => {
    w.close();
    const uniq = [...new Set(events)];
    console.log(uniq.sort().join(','));
    fs.rmSync(dir, { recursive: true });
  }, 200);
}, 50);
try { fs.watch('/nonexistent/zz'); } catch (e) { console.log(e.code, e.errno, e.syscall, e.path, e.filename, e.message); }
const fw = fs.watch(__filename, { persistent: false });
console.log(fw.unref() === fw, fw.ref() === fw);
fw.close();
const f = path.join(os.tmpdir(), 'w1-file.txt');
fs.writeFileSync(f, 'a');
const wf = fs.watch(f, { encoding: 'buffer' }, (ev, name) => {
  console.log('file', ev, Buffer.isBuffer(name), name.toString());
  wf.close();
});
setTimeout(() => fs.appendFileSync(f, 'b'), 20);
