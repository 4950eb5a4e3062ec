'use strict';
// An unref'd worker does not keep the parent alive, even with a
// referenced parentPort listener of its own; a ref'd one does.
const { Worker } = require('worker_threads');

const forever = new Worker(`
  const { parentPort } = require('worker_threads');
  parentPort.on('message', () => {});
  setInterval(() => {}, 1000);
  parentPort.postMessage('up');
`, { eval: true });
forever.unref();
forever.on('exit', () => console.log('never: the parent exits first'));

const short = new Worker(`
  setTimeout(() => require('worker_threads').parentPort.postMessage('done later'), 50);
`, { eval: true });
short.on('message', (m) => console.log(m));
short.on('exit', (code) => console.log('short exit', code));
process.on('exit', () => console.log('parent exit'));
