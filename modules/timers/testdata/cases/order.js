// Phases in Node's order, with ticks and microtasks after each callback.
// The scenario starts inside a timer: from there, immediates run before
// any new timer, whatever the machine's speed; the delays leave the
// immediates time to finish first.
const log = [];
const out = (s) => log.push(s);
setTimeout(() => {
  setTimeout(() => {
    out('timeout 20');
    process.nextTick(() => out('tick in timeout 20'));
    Promise.resolve().then(() => out('promise in timeout 20'));
    setImmediate(() => out('immediate from timeout 20'));
    setTimeout(() => out('timeout from timeout 20'), 0);
  }, 20);
  setTimeout(() => out('timeout 25'), 25);
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
  setTimeout(() => out('timeout 50'), 50);
  setTimeout(() => out('timeout 35'), 35);
  setTimeout(() => {
    setTimeout(() => out('timeout in 70'), 0);
    setImmediate(() => out('immediate in 70'));
  }, 70);
}, 1);
process.on('exit', () => console.log(log.join('\n')));
