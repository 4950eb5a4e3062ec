// Nested domains: the inner one catches first; an error thrown by the
// inner 'error' listener goes to the enclosing domain when both are on
// the stack. A callback carries only the domain it was scheduled in.
const domain = require('domain');
const outer = domain.create();
const inner = domain.create();
outer.on('error', (err) => {
  console.log('outer caught', err.message, err.domain === outer, domain._stack.length);
});
inner.on('error', (err) => {
  console.log('inner caught', err.message, err.domain === inner, process.domain === outer);
  if (err.message === 'first') throw new Error('from inner handler');
});
outer.run(() => {
  inner.run(() => {
    console.log('stack', domain._stack.length, domain._stack[0] === outer, domain._stack[1] === inner);
    setTimeout(() => {
      console.log('timer stack', domain._stack.length, domain._stack[0] === inner);
      throw new Error('second');
    }, 1);
  });
  console.log('after inner', process.domain === outer, domain._stack.length);
});
// enter/exit by hand; exiting a domain exits the ones entered after it.
const a = domain.create();
const b = domain.create();
a.enter();
b.enter();
console.log('entered', domain._stack.length, process.domain === b);
a.exit();
console.log('exited', domain._stack.length, process.domain);
b.exit();
console.log('exit again', domain._stack.length);
outer.run(() => {
  inner.run(() => {
    throw new Error('first');
  });
});
