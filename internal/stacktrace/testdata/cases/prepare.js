// Error.prepareStackTrace(error, callSites), called when the stack is first
// read.
const log = (...a) => console.log(a.map(x => typeof x === 'string' ? x : JSON.stringify(x)).join(' '));
function describe(c) {
  return [c.getFunctionName(), c.getMethodName(), c.getTypeName(), c.getFileName(), c.getLineNumber(),
    c.getColumnNumber(), c.isToplevel(), c.isConstructor(), c.isNative(), c.isEval(), c.isAsync(),
    c.isPromiseAll(), c.getPromiseIndex(), c.getEvalOrigin(), c.getScriptNameOrSourceURL(),
    typeof c.getThis(), typeof c.getFunction(), String(c)];
}
// node's own frames are left out: gorun has its own.
const user = cs => cs.filter(c => !String(c.getFileName()).startsWith('node:'));
Error.prepareStackTrace = (err, cs) => user(cs).map(describe);
function named() { return new Error('x').stack; }
for (const row of named()) log(row);
class K { m() { return new Error('x').stack; } static s() { return new Error('x').stack; } constructor() { this.s = new Error('x').stack; } }
log(new K().m()[0]);
log(K.s()[0]);
log(new K().s[0]);
const o = { f() { return new Error('x').stack; } };
log(o.f()[0]);
log((function () { 'use strict'; return new Error('x').stack; })()[0]);
log([1].map(function cb() { return new Error('x').stack; })[0][1]);
Error.prepareStackTrace = (err, cs) => [cs[0].getEnclosingLineNumber(), cs[0].getEnclosingColumnNumber(),
  cs[0].getPosition(), Object.keys(cs[0]), Object.prototype.toString.call(cs[0]),
  Object.getOwnPropertyNames(Object.getPrototypeOf(cs[0])).sort().join()];
function
  enclosing() {
  return new Error('x').stack; }
log(enclosing());
log((() => new Error('x').stack)());
Error.prepareStackTrace = undefined;

// Lazy: the hook in place when the stack is read is the one used.
const early = new Error('early');
Error.prepareStackTrace = (err, cs) => 'PST ' + err.message + ' ' + user(cs).length;
log(early.stack);
const late = new Error('late');
Error.prepareStackTrace = undefined;
log(late.stack.split('\n')[0]);

// Any value may be returned.
Error.prepareStackTrace = () => ({ obj: 1 });
log(new Error('x').stack);
Error.prepareStackTrace = () => 42;
log(new Error('x').stack);
Error.prepareStackTrace = () => undefined;
log(new Error('x').stack);
Error.prepareStackTrace = (err) => err.message.toUpperCase();
log(new Error('upper').stack);
Error.prepareStackTrace = function () { return this === Error; };
log(new Error('x').stack);

// Exceptions propagate to the reader; nested reads use the default format.
Error.prepareStackTrace = () => { throw new Error('pst throws'); };
const bad = new Error('x');
try { log(bad.stack); } catch (x) { log('caught', x.message); }
Error.prepareStackTrace = (err, cs) => 'outer(' + new Error('inner').stack.split('\n')[0] + ')';
log(new Error('x').stack);

// Also for captureStackTrace and for errors the engine raises.
Error.prepareStackTrace = (err, cs) => 'PST ' + cs[0].getFunctionName();
function cap() { const t = {}; Error.captureStackTrace(t); return t.stack; }
log(cap());
function engine() { try { null.x; } catch (e) { return e.stack; } }
log(engine());
Error.prepareStackTrace = undefined;

// The ones depd and callsites use.
function callsites() {
  const orig = Error.prepareStackTrace;
  Error.prepareStackTrace = (_, stack) => stack;
  const stack = new Error().stack.slice(1);
  Error.prepareStackTrace = orig;
  return stack;
}
function caller() { return callsites()[0]; }
const site = caller();
log(site.getFunctionName(), site.getFileName(), site.getLineNumber(), site.getColumnNumber(), typeof site.getThis());
