const tp = require('timers/promises');
const timers = require('timers');
const util = require('util');
console.log(Object.keys(tp), timers.promises === tp);
console.log(Object.getOwnPropertyNames(Object.getPrototypeOf(tp.scheduler)));
console.log(tp.scheduler.yield.length, tp.scheduler.wait.length, tp.setTimeout.length,
  tp.setInterval.length, tp.setImmediate.length);
console.log(util.promisify(setTimeout) === tp.setTimeout, util.promisify(setImmediate) === tp.setImmediate);
function err(label) {
  return (e) => console.log(label, e.name, e.code, e.message, e.cause === undefined ? '' : String(e.cause));
}
try { new tp.scheduler.constructor(); } catch (e) { err('ctor')(e); }
try { tp.scheduler.yield.call({}); } catch (e) { err('this')(e); }
const ac = new AbortController();
ac.abort('why');
tp.setTimeout(10, 1, { signal: ac.signal }).catch(err('A'));
tp.setTimeout(10, 1, 'x').catch(err('B'));
tp.setTimeout(10, 1, { ref: 1 }).catch(err('C'));
tp.setTimeout(10, 1, { signal: 1 }).catch(err('D'));
tp.setImmediate('v', null).catch(err('E'));
const bad = tp.setInterval(1, 1, 'x');
bad.next().catch(err('G'));
const early = tp.setInterval(1, 1);
early.return(5).then((r) => console.log('return before start', JSON.stringify(r)));
const thrown = tp.setInterval(1, 1);
thrown.throw(new Error('t')).catch((e) => console.log('throw before start', e.message));
tp.setTimeout(1000, 1, { ref: false }).then(() => console.log('unref timeout must not settle'));

// One after another: which of two timers due together runs first is not
// what this checks.
(async () => {
  console.log('immediate', await tp.setImmediate('v'));
  console.log('timeout', await tp.setTimeout(5, 'w'));
  console.log('no value', await tp.setTimeout(1));
  console.log(await util.promisify(setTimeout)(2, 'promisified'));
  console.log('waited', await tp.scheduler.wait(3));
  console.log('yielded', await tp.scheduler.yield());

  const ac2 = new AbortController();
  const later = tp.setTimeout(1000, 1, { signal: ac2.signal });
  setTimeout(() => ac2.abort(), 2);
  await later.catch((e) => console.log('aborted later', e.name, e.cause.name));

  const it = tp.setInterval(5, 'iv');
  console.log(Object.prototype.toString.call(it), typeof it.next, typeof it.return, typeof it.throw,
    it[Symbol.asyncIterator]() === it);
  for (let n = 0; n < 3; n++) console.log('iter', JSON.stringify(await it.next()));
  console.log('return', JSON.stringify(await it.return('r')));
  console.log('after return', JSON.stringify(await it.next()));

  // Requests made together are answered in order.
  const it2 = tp.setInterval(2, 'q');
  const all = await Promise.all([it2.next(), it2.next(), it2.return('end'), it2.next()]);
  console.log('queued', JSON.stringify(all));

  const ac3 = new AbortController();
  const g = tp.setInterval(50, 1, { signal: ac3.signal });
  try {
    for (let n = 1; ; n++) {
      const r = await g.next();
      if (r.done) break;
      console.log('signal iter', r.value);
      if (n === 2) setTimeout(() => ac3.abort(), 1);
    }
  } catch (e) {
    console.log('interval aborted', e.name, e.message, e.cause && e.cause.name);
  }
  console.log('then', JSON.stringify(await g.next()));
  await tp.setTimeout(1000, 1, { signal: AbortSignal.timeout(5) })
    .catch((e) => console.log('timed out', e.name, e.cause.name));
})();
