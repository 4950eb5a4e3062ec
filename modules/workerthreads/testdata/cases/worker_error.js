'use strict';
// An uncaught exception in a worker reaches the parent as 'error', then
// 'exit' with code 1; the worker prints nothing and the parent lives on.
const { Worker } = require('worker_threads');

const cases = [
  `const e = new RangeError('boom'); e.code = 'E_BOOM'; e.extra = { n: 1 }; throw e;`,
  `throw 42;`,
  `Promise.reject(new TypeError('rejected'));`,
  `process.on('exit', (c) => console.log('worker exit event', c)); ({}).x.y;`,
  `process.on('uncaughtException', (e) => { console.log('handled in worker:', e.message); }); throw new Error('caught');`,
  `class MyError extends Error {}; throw new MyError('mine');`,
];
function next() {
  const src = cases.shift();
  if (src === undefined) {
    console.log('parent still alive');
    return;
  }
  const w = new Worker(src, { eval: true });
  w.on('error', (e) => {
    if (e instanceof Error) {
      console.log('error', e.constructor.name, e.name, e.message, e.code, JSON.stringify(e.extra), Object.keys(e),
                  e.stack.includes(`${e.name}: ${e.message}`));
    } else {
      console.log('error value', e);
    }
  });
  w.on('exit', (code) => {
    console.log('exit', code);
    next();
  });
}
next();
