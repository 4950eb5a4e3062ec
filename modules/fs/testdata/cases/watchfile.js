// fs.watchFile/unwatchFile (curr/prev Stats, a missing file zeroed once, bigint, stop) and fsPromises.watch with a signal.
const fs = require('fs');
const path = require('path');
const os = require('os');
const f = path.join(os.tmpdir(), 'w2-file-' + process.pid);
fs.writeFileSync(f, 'abc');
let n = 0;
function listener(curr, prev) {
  n++;
  console.log('change', n, curr.size, prev.size, curr.isFile(), curr.mtimeMs >= prev.mtimeMs, typeof curr.ino);
  if (n === 1) fs.unlinkSync(f);
  else {
    fs.unwatchFile(f, listener);
    console.log('done', curr.size, curr.mtimeMs, curr.ino);
  }
}
const sw = fs.watchFile(f, { interval: 20 }, listener);
console.log(sw.constructor.name, typeof sw.ref, typeof sw.unref);
sw.on('stop', () => { console.log('stop'); watchPromise(); });
setTimeout(() => fs.writeFileSync(f, 'abcdef'), 100);

// missing file: called once with zeroed stats
const missing = path.join(os.tmpdir(), 'w2-missing-' + process.pid);
fs.watchFile(missing, { interval: 10, bigint: true }, (c, p) => {
  console.log('missing', typeof c.size, c.size, p.size, c.mtimeMs, c.birthtime.getTime());
  fs.unwatchFile(missing);
});
// unref'd watcher does not hold the loop
fs.watchFile(__filename, { persistent: false, interval: 10 }, () => {});
async function watchPromise() {
  const d = fs.mkdtempSync(path.join(os.tmpdir(), 'w2d-'));
  const ac = new AbortController();
  setTimeout(() => fs.writeFileSync(path.join(d, 'p.txt'), '1'), 30);
  try {
    for await (const ev of fs.promises.watch(d, { signal: ac.signal })) {
      console.log('promise watch', ev.eventType, ev.filename);
      ac.abort();
    }
  } catch (e) { console.log(e.name, e.code); }
  fs.rmSync(d, { recursive: true });
}
