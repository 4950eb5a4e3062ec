'use strict';
// Two workers at once, each with its own threadId and state; CPU work in
// parallel reaches the parent in whatever order, printed sorted.
const { Worker } = require('worker_threads');

const src = `
  const { parentPort, workerData, threadId } = require('worker_threads');
  globalThis.counter = (globalThis.counter || 0) + 1;
  let sum = 0;
  for (let i = 0; i < workerData.n; i++) sum += i;
  parentPort.postMessage({ name: workerData.name, sum, counter: globalThis.counter, threadId });
`;
const results = [];
const ids = new Set();
let exited = 0;
for (const [name, n] of [['a', 100000], ['b', 200000]]) {
  const w = new Worker(src, { eval: true, workerData: { name, n } });
  ids.add(w.threadId);
  w.on('message', (m) => {
    results.push(m);
    ids.delete(m.threadId);
  });
  w.on('exit', () => {
    if (++exited < 2) return;
    results.sort((x, y) => (x.name < y.name ? -1 : 1));
    for (const r of results) console.log(r.name, r.sum, r.counter);
    console.log('threadIds matched', ids.size === 0, 'main counter', globalThis.counter);
  });
}
