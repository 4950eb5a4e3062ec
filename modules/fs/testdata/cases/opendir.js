// fs.opendir / Dir in the three forms, with node's errors.
const fs = require('fs');
const path = require('path');
const os = require('os');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'fso-'));
for (const f of ['b', 'a', 'c']) fs.writeFileSync(path.join(dir, f), f);
const d = fs.opendirSync(dir);
const names = [];
let e;
while ((e = d.readSync()) !== null) names.push([e.name, e.isFile(), e.parentPath === dir]);
console.log(names.sort(), d.path === dir);
d.closeSync();
try { d.readSync(); } catch (err) { console.log(err.code, err.message); }
try { fs.opendirSync(dir, { bufferSize: 0 }); } catch (err) { console.log(err.code); }
try { fs.opendirSync(path.join(dir, 'nope')); } catch (err) { console.log(err.code, err.syscall); }
fs.opendir(dir, (err, d2) => {
  d2.read((err, ent) => {
    console.log('cb read', err, typeof ent.name);
    d2.close((err) => {
      console.log('cb close', err);
      (async () => {
        const d3 = await fs.promises.opendir(dir);
        const p = d3.read();
        try { d3.closeSync(); } catch (err) { console.log(err.code); }
        console.log((await p).isFile());
        const it = d3[Symbol.asyncIterator]();
        let n = 0;
        while (!(await it.next()).done) n++;
        console.log('rest', n);
        await d3.close().catch((err) => console.log(err.code));
        fs.rmSync(dir, { recursive: true });
      })();
    });
  });
});
