// Node's ordering of ticks, microtasks, timers and immediates.
const log = (s) => console.log(s);
log('main start');
setTimeout(() => {
  log('timeout 1');
  process.nextTick(() => log('tick in timeout 1'));
  Promise.resolve().then(() => log('promise in timeout 1'));
  setImmediate(() => log('immediate from timeout 1'));
}, 30);
setTimeout(() => log("timeout 2"), 30);
setImmediate(() => {
  log('immediate 1');
  process.nextTick(() => log('tick in immediate 1'));
  setImmediate(() => log('immediate from immediate 1'));
});
setImmediate(() => log('immediate 2'));
process.nextTick(() => {
  log('tick 1');
  process.nextTick(() => log('tick nested'));
  Promise.resolve().then(() => log('promise from tick 1'));
});
Promise.resolve().then(() => {
  log('promise 1');
  process.nextTick(() => log('tick from promise 1'));
  Promise.resolve().then(() => log('promise nested'));
});
queueMicrotask(() => log('microtask 1'));
process.nextTick(() => log('tick 2'));
(async () => {
  log('async start');
  await null;
  log('after await 1');
  await new Promise((r) => setTimeout(r, 10));
  log('after timer await');
})();
log('main end');
