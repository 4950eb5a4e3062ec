'use strict';
// process.exit() in a worker ends only the worker, with its code; the
// messages it sent before still arrive first.
const { Worker } = require('worker_threads');

const w = new Worker(`
  const { parentPort } = require('worker_threads');
  process.on('exit', (c) => parentPort.postMessage('exiting ' + c));
  parentPort.postMessage('before');
  setTimeout(() => { parentPort.postMessage('never'); }, 10000);
  process.exit(3);
  parentPort.postMessage('after');
`, { eval: true });
w.on('message', (m) => console.log('message', m));
w.on('exit', (code) => {
  console.log('exit', code, w.threadId);
  console.log('postMessage after exit', w.postMessage('x'));
  w.terminate().then((v) => console.log('terminate after exit', v));
  setTimeout(() => {
    console.log('parent still here');
    const w2 = new Worker('process.exitCode = 9', { eval: true });
    w2.on('exit', (code) => console.log('exitCode', code));
  }, 20);
});
