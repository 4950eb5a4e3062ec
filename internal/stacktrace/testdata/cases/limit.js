// Error.stackTraceLimit is read when the stack is captured.
// node's own frames are not counted: gorun has its own.
const frames = s => s.split('\n').filter(l => !l.includes('node:internal')).length - 1;
const log = (...a) => console.log(a.map(x => typeof x === 'string' ? x : JSON.stringify(x)).join(' '));
function a() { return new Error('x'); }
function b() { return a(); }
function c() { return b(); }
log(JSON.stringify(Object.getOwnPropertyDescriptor(Error, 'stackTraceLimit')));
for (const l of [0, 1, 2, 2.9, -5, NaN, Infinity, -Infinity, 1e10, '3', null, true, undefined]) {
  Error.stackTraceLimit = l;
  const s = c().stack;
  log(String(l), s === undefined ? 'undefined' : frames(s));
}
Error.stackTraceLimit = 0;
log(c().stack);
const limited = c();
Error.stackTraceLimit = 10;
log(limited.stack);
Error.stackTraceLimit = 'x';
const none = c();
Error.stackTraceLimit = 10;
log('stack' in none, none.hasOwnProperty('stack'), none.stack, Object.getOwnPropertyNames(none));
Error.stackTraceLimit = 1;
log(c().stack);
Error.stackTraceLimit = 10;
delete Error.stackTraceLimit;
log(c().stack);
Error.stackTraceLimit = 10;
function rec(n) { return n === 0 ? new Error('deep') : rec(n - 1); }
log(rec(30).stack);
Error.stackTraceLimit = Infinity;
log(frames(rec(12).stack));
Error.stackTraceLimit = 10;
