'use strict';
// workerData arrives cloned; argv, env and the worker's view of the
// module (isMainThread, threadId, parentPort) are node's.
const { Worker, isMainThread, threadId, workerData, parentPort, SHARE_ENV } = require('worker_threads');
const { pathToFileURL } = require('url');
const path = require('path');

console.log('main', isMainThread, threadId, workerData, parentPort);
const data = { list: [1, 2, 3], when: new Date(5), parentThreadId: threadId, cwd: process.cwd() };
process.env.WT_TEST = 'inherited';
const file = path.join(__dirname, 'fixtures', 'data.js');
const runs = [
  () => new Worker(file, { workerData: data, argv: ['a', 1, true] }),
  () => new Worker(pathToFileURL(file), { workerData: 'by url', env: { WT_TEST: 'own' } }),
  () => new Worker('./fixtures/data.js', { env: SHARE_ENV }),
];
data.list.push(4); // after the clone: the worker must not see it
function next() {
  const run = runs.shift();
  if (!run) return;
  const w = run();
  w.on('message', (m) => console.log(m));
  w.on('exit', (code) => {
    console.log('exit', code);
    next();
  });
}
next();
