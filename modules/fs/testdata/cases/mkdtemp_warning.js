// A mkdtemp prefix ending in X warns once per process, whatever its
// form (string, Buffer, URL) or API flavour.
const fs = require('fs');
const os = require('os');
const path = require('path');
const { pathToFileURL } = require('url');
process.on('warning', (w) => console.log('warning', w.name, w.message));
const base = path.join(os.tmpdir(), 'mkdtw-');
const made = [];
made.push(fs.mkdtempSync(base + 'a'));
made.push(fs.mkdtempSync(base + 'X'));
made.push(fs.mkdtempSync(Buffer.from(base + 'X')).toString());
made.push(fs.mkdtempSync(pathToFileURL(base + 'X')));
fs.mkdtemp(base + 'X', (e, p) => {
  made.push(p);
  fs.promises.mkdtemp(base + 'X').then((q) => {
    made.push(q);
    for (const d of made) fs.rmdirSync(d);
    console.log('made', made.length, made.every((d) => path.basename(d).startsWith('mkdtw-')));
  });
});
