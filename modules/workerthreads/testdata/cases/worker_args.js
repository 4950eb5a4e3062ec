'use strict';
// Argument validation, with node's codes and messages.
const { Worker } = require('worker_threads');

const tries = [
  () => new Worker('a.js'),
  () => new Worker(5),
  () => new Worker('x', 5),
  () => new Worker('x', { eval: true, argv: 5 }),
  () => new Worker(new URL('http://a/b')),
  () => new Worker('x', { eval: true, env: 5 }),
  () => new Worker('x', { eval: true, name: 5 }),
  () => new Worker(new URL('file:///a/b'), { eval: true }),
  () => new Worker('x', { eval: true, workerData: () => 1 }),
];
for (const t of tries) {
  try {
    t();
    console.log('no throw');
  } catch (e) {
    console.log(e.name, e.code, e.message);
  }
}
const missing = new Worker('/nonexistent/worker.js');
missing.on('error', (e) => console.log('error', e.code, e.message));
missing.on('exit', (code) => console.log('exit', code));
