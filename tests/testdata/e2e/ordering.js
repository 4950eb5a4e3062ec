// Node's ordering of ticks, microtasks, timers and immediates. Timers are
// far apart (100 vs 400 ms) so a loaded machine keeps the order. (Two
// timers of equal delay set a millisecond apart may or may not share a
// timers phase, in node too, so there is only one at 400 ms.)
const log = (s) => console.log(s);
log('main start');
setTimeout(() => {
  log('timeout 1');
  process.nextTick(() => log('tick in timeout 1'));
  Promise.resolve().then(() => log('promise in timeout 1'));
  setImmediate(() => log('immediate from timeout 1'));
}, 400);
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
  await new Promise((r) => setTimeout(r, 100));
  log('after timer await');
})();
log('main end');
