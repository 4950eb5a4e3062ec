// A domain without 'error' listeners does not catch: the exception goes
// to process 'uncaughtException' with the domain stack cleared.
const domain = require('domain');
const d = domain.create();
process.on('uncaughtException', (err) => {
  console.log('uncaught', err.message, err.domain === d, err.domainThrown, process.domain, domain._stack.length);
});
d.run(() => {
  setTimeout(() => { throw new Error('no listener'); }, 1);
});
