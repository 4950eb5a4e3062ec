// Stack frames through run(), bind() and a domain emitter's emit() are
// named as node's (locations inside node:domain are not compared; the
// native emit of events has no frame of its own here).
const d = require('domain').create();
function names(err, n = 3) {
  return err.stack.split('\n').slice(1, 1 + n).map((l) => l.trim().split(' (')[0]).join(' | ');
}
d.run(function inner() { console.log(names(new Error('x'))); });
const b = d.bind(function bound() { console.log(names(new Error('y'))); });
b();
const E = require('events');
const e = new E();
d.add(e);
e.on('z', function lis() { console.log(names(new Error('z'), 2)); });
e.emit('z');
