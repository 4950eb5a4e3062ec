// Domains and AsyncLocalStorage share the async context: each keeps its
// own value through nested scopes and into callbacks; entering and
// exiting many times does not grow the context.
const { AsyncLocalStorage } = require('async_hooks');
const domain = require('domain');
const als = new AsyncLocalStorage();
const d1 = domain.create(), d2 = domain.create();
d1.on('error', (e) => console.log('d1 caught', e.message, als.getStore()));
d2.on('error', (e) => console.log('d2 caught', e.message, als.getStore()));
als.run('A', () => {
  d1.run(() => {
    als.run('B', () => {
      d2.run(() => {
        console.log('stack', domain._stack.length, als.getStore());
        setTimeout(() => { console.log('t', process.domain === d2, als.getStore()); throw new Error('e1'); }, 1);
      });
      console.log('after d2', process.domain === d1, domain._stack.length, als.getStore());
    });
    console.log('after B', process.domain === d1, domain._stack.length, als.getStore());
    setImmediate(() => { console.log('i', process.domain === d1, als.getStore()); });
  });
  console.log('after d1', process.domain, domain._stack.length, als.getStore());
});
for (let i = 0; i < 100000; i++) d1.run(() => {});
console.log('loop ok', process.domain, domain._stack.length);
