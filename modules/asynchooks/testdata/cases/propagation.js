// AsyncLocalStorage follows its store through every kind of async hop.
// What each hop saw is printed at exit in a fixed order, so the output
// does not depend on how timers of different delays interleave.
const { AsyncLocalStorage } = require('async_hooks');
const als = new AsyncLocalStorage();
const seen = {};
const log = (where) => { seen[where] = JSON.stringify(als.getStore()); };

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
process.on('exit', () => {
  for (const k of Object.keys(seen).sort()) console.log(k, seen[k]);
});
