// Emitters made while a domain is active join it; their unhandled 'error'
// events go to the domain with err.domainEmitter; add/remove/members.
const domain = require('domain');
const EventEmitter = require('events');
const d = domain.create();
d.on('error', (err) => {
  console.log('domain got', err.message, err.domain === d, err.domainThrown,
    err.domainEmitter === implicit ? 'implicit' : err.domainEmitter === explicit ? 'explicit' : '?',
    process.domain === d);
});
console.log('usingDomains', EventEmitter.usingDomains);
const outside = new EventEmitter();
console.log('outside domain', outside.domain, Object.keys(outside).includes('domain'));
let implicit;
d.run(() => { implicit = new EventEmitter(); });
console.log('implicit member', implicit.domain === d, d.members.length);
const explicit = new EventEmitter();
d.add(explicit);
console.log('explicit', explicit.domain === d, d.members.length, d.members[0] === explicit);
explicit.on('ping', () => console.log('ping in', process.domain === d));
explicit.emit('ping');
console.log('after ping', process.domain);
implicit.emit('error', new Error('implicit error'));
explicit.emit('error', new Error('explicit error'));
const handled = new EventEmitter();
d.add(handled);
handled.on('error', (e) => console.log('own listener', e.message, e.domain));
handled.emit('error', new Error('handled'));
d.remove(explicit);
console.log('removed', explicit.domain, d.members.length);
try {
  explicit.emit('error', new Error('no domain now'));
} catch (e) {
  console.log('thrown', e.message);
}
explicit.on('x', () => { throw new Error('listener throws'); });
d.add(explicit);
setTimeout(() => explicit.emit('x'), 1);
