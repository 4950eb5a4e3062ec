// run/exit/enterWith/snapshot/bind/disable and AsyncResource.
const { AsyncLocalStorage, AsyncResource } = require('async_hooks');
const a = new AsyncLocalStorage();
const b = new AsyncLocalStorage();
console.log(a.getStore(), a.run(7, (x, y) => x + y + a.getStore(), 1, 2));
a.run('A', () => {
  b.run('B', () => {
    console.log('nested', a.getStore(), b.getStore());
    a.exit(() => console.log('exit', a.getStore(), b.getStore()));
    console.log('after exit', a.getStore());
  });
  console.log('b gone', b.getStore(), a.getStore());
});
let snap;
a.run('snap', () => { snap = AsyncLocalStorage.snapshot(); });
console.log('snapshot', snap(() => a.getStore()), a.getStore());
let bound;
a.run('bound', () => { bound = AsyncLocalStorage.bind((v) => `${v}:${a.getStore()}`); });
console.log(bound('x'));
let res;
a.run('resource', () => { res = new AsyncResource('THING'); });
console.log(res.runInAsyncScope(function (v) { return `${v}:${a.getStore()}:${this.t}`; }, { t: 'this' }, 'arg'));
const fn = res.bind(() => a.getStore());
console.log(fn(), fn.length, typeof fn.asyncResource, typeof res.asyncId(), typeof res.triggerAsyncId());
a.enterWith('entered');
console.log('enterWith', a.getStore());
setTimeout(() => {
  console.log('timer sees entered', a.getStore());
  a.disable();
  console.log('disabled', a.getStore());
}, 1);
try { new AsyncResource(); } catch (e) { console.log(e.code); }
