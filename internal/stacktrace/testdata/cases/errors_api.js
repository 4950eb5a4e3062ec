// The wrapped constructors behave as the originals.
const log = (...a) => console.log(a.map(x => typeof x === 'string' ? x : JSON.stringify(x)).join(' '));
const names = ['Error', 'TypeError', 'RangeError', 'SyntaxError', 'ReferenceError', 'EvalError', 'URIError', 'AggregateError'];
for (const n of names) {
  const C = globalThis[n];
  log(n, C.name, C.length, String(C), C.prototype.constructor === C, C.prototype.name,
    n === 'Error' ? Object.getPrototypeOf(C) === Function.prototype : Object.getPrototypeOf(C) === Error,
    Object.getPrototypeOf(C.prototype) === (n === 'Error' ? Object.prototype : Error.prototype),
    JSON.stringify(Object.getOwnPropertyDescriptor(C, 'prototype')),
    JSON.stringify(Object.getOwnPropertyDescriptor(globalThis, n)));
}
log(Object.getOwnPropertyNames(Error).sort().join());
log(JSON.stringify(Object.getOwnPropertyDescriptor(Error, 'prepareStackTrace')));
const e = new Error('msg');
log(e instanceof Error, e.message, e.name, String(e), Object.prototype.toString.call(e),
  Object.getOwnPropertyNames(e), Object.keys(e), e.hasOwnProperty('stack'), 'stack' in e);
log(JSON.stringify(Object.getOwnPropertyDescriptor(e, 'message')));
const d = Object.getOwnPropertyDescriptor(new Error('d'), 'stack');
log(typeof d.value, d.writable, d.enumerable, d.configurable, 'get' in d);
const nonew = Error('without new');
log(nonew instanceof Error, nonew.message, nonew.stack);
const t = TypeError('type without new');
log(t instanceof TypeError, t.stack);
const withCause = new Error('x', { cause: 5 });
log(withCause.cause, JSON.stringify(Object.getOwnPropertyDescriptor(withCause, 'cause')), Object.getOwnPropertyNames(withCause));
log('cause' in new Error('x', {}), 'cause' in new Error('x', { cause: undefined }), 'cause' in new Error('x', 'str'));
const causeGetter = { get cause() { log('cause read'); return 'c'; } };
log(new Error('x', causeGetter).cause);
log(new Error({ toString() { return 'from toString'; } }).message);
log(new Error(undefined).message === '', 'message' in new Error(undefined), new Error(undefined).hasOwnProperty('message'));
log(new Error(42).message, typeof new Error(42).message);
try { new Error(Symbol('s')); } catch (x) { log(x.name, x.message); }
const agg = new AggregateError([new Error('a'), 'b'], 'agg', { cause: 'why' });
log(agg instanceof AggregateError, agg instanceof Error, agg.message, agg.errors.length, agg.cause,
  Object.getOwnPropertyNames(agg), agg.stack);
log(new AggregateError(new Set([1, 2])).errors);
class MyErr extends Error {
  constructor(m) { super(m); this.name = 'MyErr'; }
}
const me = new MyErr('sub');
log(me instanceof MyErr, me instanceof Error, me.name, String(me), Object.prototype.toString.call(me), me.stack);
class Implicit extends TypeError {}
const im = new Implicit('implicit');
log(im instanceof Implicit, im instanceof TypeError, im.name, im.constructor === Implicit, im.stack);
class WithField extends Error { code = 'E_FIELD'; }
log(new WithField('f').code, Object.keys(new WithField('f')));
function Legacy(m) { return Reflect.construct(Error, [m], Legacy); }
Legacy.prototype = Object.create(Error.prototype);
const lg = new Legacy('reflect');
log(lg instanceof Legacy, lg.stack);
class NT extends Error { constructor() { super('nt'); this.nt = new.target === NT; } }
log(new NT().nt);
log(Error.prototype.toString.call({ name: 'N', message: 'M' }));
e.stack = 'replaced';
log(e.stack, JSON.stringify(Object.getOwnPropertyDescriptor(e, 'stack')));
const del = new Error('deleted');
delete del.stack;
log('stack' in del, del.stack);
const frozen = Object.freeze(new Error('frozen'));
log(frozen.stack.split('\n')[0], Object.isFrozen(frozen));
const inherits = Object.create(new Error('proto'));
log(inherits.stack.split('\n')[0], inherits.hasOwnProperty('stack'));
const named = new Error('renamed');
named.name = 'Renamed';
named.message = 'after';
log(named.stack.split('\n')[0]);
log(Object.getOwnPropertySymbols(new Error('s')).length, Reflect.ownKeys(new Error('k')));
