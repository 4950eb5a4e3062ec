// AsyncLocalStorage follows its store through every kind of async hop.
const { AsyncLocalStorage } = require('async_hooks');
const als = new AsyncLocalStorage();
const log = (where) => console.log(where, JSON.stringify(als.getStore()));

log('outside');
als.run({ id: 1 }, () => {
  log('sync');
  setTimeout(() => {
    log('timeout');
    setImmediate(() => log('immediate in timeout'));
  }, 60);
  setImmediate(() => log('immediate'));
  process.nextTick(() => log('nextTick'));
  queueMicrotask(() => log('microtask'));
  Promise.resolve().then(() => log('then'));
  (async () => {
    await null;
    log('after await');
    await new Promise((r) => setTimeout(r, 20));
    log('after timer await');
  })();
  const iv = setInterval(() => {
    log('interval');
    clearInterval(iv);
  }, 40);
});
als.run({ id: 2 }, () => {
  setTimeout(() => log('second store timeout'), 80);
});
log('outside again');
setTimeout(() => log('outside timeout'), 100);
