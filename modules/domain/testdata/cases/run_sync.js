// A synchronous throw inside run() goes to the domain's 'error' event,
// with err.domain and err.domainThrown set, and leaves no domain entered.
const domain = require('domain');
const d = domain.create();
d.on('error', (err) => {
  console.log('caught', err.message, err.domain === d, err.domainThrown,
    err.domainEmitter, err.domainBound, process.domain === d, domain._stack.length);
  setImmediate(() => console.log('after', process.domain, domain.active, domain._stack.length));
});
console.log('before', process.domain, domain.active);
const r = d.run((a, b) => {
  console.log('inside', process.domain === d, domain.active === d, domain._stack.length, a, b);
  return a + b;
}, 1, 2);
console.log('returned', r, process.domain, domain._stack.length);
d.run(function() {
  console.log('this is domain', this === d);
  throw new Error('sync boom');
});
console.log('not reached');
