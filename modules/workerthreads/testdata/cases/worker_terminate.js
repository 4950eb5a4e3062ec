'use strict';
// terminate() stops even a busy while(true) worker; the promise gives
// the exit code (1), after 'exit'.
const { Worker } = require('worker_threads');

const w = new Worker(`
  require('worker_threads').parentPort.postMessage('spinning');
  while (true) {}
`, { eval: true });
w.on('exit', (code) => console.log('exit event', code));
w.on('message', async (m) => {
  console.log('message', m);
  const code = await w.terminate();
  console.log('terminated', code, w.threadId);
  // Terminating before the worker even started: code 0, nothing runs.
  const early = new Worker('console.log("should not run")', { eval: true });
  early.on('exit', (c) => console.log('early exit event', c));
  early.terminate().then((c) => console.log('early', c));
});
