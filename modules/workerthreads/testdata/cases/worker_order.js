'use strict';
// Many messages in both directions arrive in order, each as its own
// macrotask (microtasks run between them).
const { Worker } = require('worker_threads');
const N = 2000;

const w = new Worker(`
  const { parentPort } = require('worker_threads');
  let expected = 0;
  let bad = 0;
  parentPort.on('message', (n) => {
    if (n !== expected++) bad++;
    if (expected === ${N}) {
      for (let i = 0; i < ${N}; i++) parentPort.postMessage(i);
      parentPort.postMessage({ bad });
      parentPort.close();
    }
  });
`, { eval: true });
let expected = 0;
let bad = 0;
let microtasks = 0;
w.on('message', (m) => {
  Promise.resolve().then(() => microtasks++);
  if (typeof m === 'number') {
    if (m !== expected++) bad++;
    return;
  }
  console.log('worker saw bad', m.bad, 'parent got', expected, 'bad', bad, 'microtasks', microtasks);
});
w.on('exit', (code) => console.log('exit', code));
for (let i = 0; i < N; i++) w.postMessage(i);
