// Error.captureStackTrace(targetObject, constructorOpt).
const log = (...a) => console.log(a.map(x => typeof x === 'string' ? x : JSON.stringify(x)).join(' '));
function outer() { return middle(); }
function middle() { return inner(); }
function inner() { const o = {}; Error.captureStackTrace(o); return o.stack; }
log(outer());
function inner2() { const o = {}; Error.captureStackTrace(o, inner2); return o.stack; }
function middle2() { return inner2(); }
log(middle2());
function skipMiddle() { const o = {}; Error.captureStackTrace(o, middle3); return o.stack; }
function middle3() { return skipMiddle(); }
function top3() { return middle3(); }
log(top3());
let o = {};
Error.captureStackTrace(o, function notOnStack() {});
log(o.stack);
o = { message: 'hi' }; Error.captureStackTrace(o); log(o.stack.split('\n')[0]);
o = { name: 'X' }; Error.captureStackTrace(o); log(o.stack.split('\n')[0]);
o = { name: 'X', message: 'm', toString() { return 'TS'; } }; Error.captureStackTrace(o); log(o.stack.split('\n')[0]);
o = { name: '', message: 'only message' }; Error.captureStackTrace(o); log(o.stack.split('\n')[0]);
o = {}; Error.captureStackTrace(o); o.name = 'late'; log(o.stack.split('\n')[0]);
o = {}; Error.captureStackTrace(o, 42); log(o.stack.split('\n').filter(l => !l.includes('node:internal')).length);
try { Error.captureStackTrace(1); } catch (x) { log(x.name + ': ' + x.message); }
try { Error.captureStackTrace(Object.freeze({})); } catch (x) { log(x.name + ': ' + x.message); }
o = {}; Error.captureStackTrace(o);
log(Object.getOwnPropertyDescriptor(o, 'stack').enumerable, Object.getOwnPropertyDescriptor(o, 'stack').writable,
  typeof Object.getOwnPropertyDescriptor(o, 'stack').value, Object.keys(o).length, Reflect.ownKeys(o));
o = {}; Error.captureStackTrace(o); o.stack = 'assigned'; log(o.stack);
const e = new Error('recaptured');
function recapture() { Error.captureStackTrace(e); }
recapture();
log(e.stack);
function MyError(message) {
  this.message = message;
  Error.captureStackTrace(this, MyError);
}
MyError.prototype = Object.create(Error.prototype);
MyError.prototype.name = 'MyError';
MyError.prototype.constructor = MyError;
function thrower() { throw new MyError('es5 style'); }
try { thrower(); } catch (err) { log(err.stack); log(err instanceof Error, String(err)); }
log(Error.captureStackTrace.length, Error.captureStackTrace.name, String(Error.captureStackTrace));
log(JSON.stringify(Object.getOwnPropertyDescriptor(Error, 'captureStackTrace')));
