// Phases in Node's order, with ticks and microtasks after each callback.
// The scenario starts inside a timer: from there, immediates run before
// any new timer, whatever the machine's speed; the delays (hundreds of
// ms) leave the immediates time to finish first even on a loaded machine,
// and timers 200+ ms apart keep their order there (labels name the
// original delays).
const log = [];
const out = (s) => log.push(s);
setTimeout(() => {
  setTimeout(() => {
    out('timeout 200');
    process.nextTick(() => out('tick in timeout 200'));
    Promise.resolve().then(() => out('promise in timeout 200'));
    setImmediate(() => out('immediate from timeout 200'));
    setTimeout(() => out('timeout from timeout 200'), 0);
  }, 200);
  setTimeout(() => out('timeout 250'), 450);
  setImmediate(() => {
    out('immediate 1');
    setImmediate(() => out('immediate from immediate 1'));
    process.nextTick(() => out('tick in immediate 1'));
    Promise.resolve().then(() => out('promise in immediate 1'));
  });
  setImmediate(() => out('immediate 2'));
  process.nextTick(() => out('tick'));
  Promise.resolve().then(() => out('promise'));
  queueMicrotask(() => out('microtask'));
  process.nextTick(() => out('tick 2'));
  setTimeout(() => out('timeout 500'), 900);
  setTimeout(() => out('timeout 350'), 700);
  setTimeout(() => {
    setTimeout(() => out('timeout in 700'), 0);
    setImmediate(() => out('immediate in 700'));
  }, 1200);
}, 1);
process.on('exit', () => console.log(log.join('\n')));
