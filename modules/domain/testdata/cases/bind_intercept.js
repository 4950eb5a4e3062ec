// bind() runs a callback inside the domain; intercept() also turns an
// error first argument into an 'error' event with err.domainBound.
const domain = require('domain');
const d = domain.create();
d.on('error', (err) => {
  console.log('error', err.message, err.domain === d, err.domainThrown,
    typeof err.domainBound, err.domainBound === handler);
});
function handler(a, b) {
  console.log('handler', this && this.tag, a, b, process.domain === d);
  return 'ret';
}
const bound = d.bind(handler);
console.log('bound.domain', bound.domain === d, bound.name, bound.length);
console.log(bound.call({ tag: 'T' }, 1, 2), process.domain);
const icpt = d.intercept(handler);
console.log(icpt.call({ tag: 'I' }, null, 'x', 'y'));
console.log(icpt(new Error('intercepted')));
setTimeout(d.bind(() => { throw new Error('bound throw'); }), 1);
