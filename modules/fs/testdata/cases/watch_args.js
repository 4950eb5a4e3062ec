// fs.watch/watchFile/unwatchFile/fsPromises.watch argument errors, abort signals, double close.
const fs = require('fs');
const tries = [
  () => fs.watchFile('./some-file'),
  () => fs.watchFile('./another-file', {}, 'bad listener'),
  () => fs.watchFile(new Object(), () => {}),
  () => fs.watchFile('x', { interval: 'a' }, () => {}),
  () => fs.watch(1),
  () => fs.watch('.', { persistent: 1 }),
  () => fs.watch('.', { recursive: 'x' }),
  () => fs.watch('.', { encoding: 'bad' }),
  () => fs.watch('.', 5),
  () => fs.watch('.', { signal: 1 }),
  () => fs.unwatchFile(1),
  () => fs.promises.watch(1),
  () => fs.promises.watch('.', 1),
  () => fs.watch('\u0000x'),
];
for (const t of tries) { try { const r = t(); console.log("ok", typeof r); if (r && r.close) r.close(); if (r && r.stop) r.stop(); } catch (e) { console.log(e.name, e.code, e.message); } }
const ac = new AbortController(); ac.abort();
const w = fs.watch('.', { signal: ac.signal }); w.on('close', () => console.log('closed by abort'));
const ac2 = new AbortController();
const w2 = fs.watch('.', { signal: ac2.signal }); w2.on('close', () => console.log('closed by later abort'));
setTimeout(() => ac2.abort(), 10);
(async () => { const it = fs.promises.watch('.', { signal: ac.signal }); try { for await (const e of it) {} } catch (e) { console.log('p', e.name, e.code); } })();
const w3 = fs.watch('.'); w3.close(); w3.close(); console.log('double close ok');
console.log(Object.keys(w3).filter(k => !k.startsWith('_')), typeof fs.FSWatcher, typeof fs.StatWatcher);
