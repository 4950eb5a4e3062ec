// The module's surface.
console.log(process.domain, Object.keys(process).includes('domain'));
const { nextTick, _fatalException } = process;
const domain = require('domain');
// Loading domain replaces neither process.nextTick nor _fatalException.
console.log(nextTick === process.nextTick, _fatalException === process._fatalException);
console.log(Object.keys(domain));
console.log(Object.getOwnPropertyNames(domain.Domain.prototype));
const desc = Object.getOwnPropertyDescriptor(process, 'domain');
console.log(typeof desc.get, typeof desc.set, desc.enumerable, desc.configurable);
const d = domain.createDomain();
console.log(d instanceof domain.Domain, d instanceof require('events'), d.domain, d.members);
console.log(domain.Domain.prototype.members, typeof domain.Domain.prototype.dispose);
console.log(domain.active, domain._stack);
