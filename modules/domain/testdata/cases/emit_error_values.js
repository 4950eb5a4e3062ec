// An unhandled 'error' event on a member emitter goes to its domain, with
// node's substitutes for missing or falsy values; queueing order is kept.
const events = require('events');
const domain = require('domain');
for (const arg of [[], [false], [null], [undefined], [42], ['fortytwo'], [true]]) {
  const e = new events.EventEmitter();
  const d = domain.create();
  d.add(e);
  d.on('error', (er) => {
    console.log(typeof er, er instanceof Error ? er.code + ' ' + er.message : er, er.domainEmitter === e);
  });
  e.emit('error', ...arg);
}
const d = domain.create();
const e = new events.EventEmitter();
d.add(e);
try { e.emit('error', new Error('no domain listener')); } catch (er) { console.log('thrown', er.message, er.domainThrown, er.domain === d); }
// microtask ordering with domain loaded
let done = 0;
process.on('exit', () => console.log('done', done));
setTimeout(() => { Promise.resolve().then(() => done++); }, 0);
setTimeout(() => {
  let called = false;
  Promise.resolve().then(() => process.nextTick(() => { called = true; }));
  setTimeout(() => { if (called) done++; }, 0);
}, 0);
const d2 = domain.create();
d2.enter();
Promise.resolve().then(() => console.log('micro in d2', process.domain === d2));
process.nextTick(() => console.log('tick in d2', process.domain === d2));
d2.exit();
