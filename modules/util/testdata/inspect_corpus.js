// The util.inspect corpus. gen.js runs it under node to write
// inspect_expected.json; corpus_test.go runs it under goja through the util
// module and compares every entry byte for byte.
//
// c(name, makeValue, opts) inspects makeValue() (with opts when given);
// r(name, run) compares run(util), for calls that need more than that.
// Errors get explicit stacks: stack formats differ between engines, and
// how inspect treats a stack is what is being tested.
'use strict';

const cases = [];
const c = (name, value, opts) => cases.push({ name, value, opts });
const r = (name, run) => cases.push({ name, run });

function withStack(err, stack) {
  Object.defineProperty(err, 'stack', { value: stack, writable: true, configurable: true, enumerable: false });
  return err;
}
const mkErr = (Ctor, msg, stack, opts) => withStack(new Ctor(msg, opts), stack);

// --- primitives
c('string', () => 'hello');
c('empty string', () => '');
c('string with single quote', () => "it's");
c('string with both quotes', () => 'it\'s "x"');
c('string with all quotes', () => 'it\'s "x" `y`');
c('string with all quotes and ${', () => 'it\'s "x" ${y}');
c('string escapes', () => 'a\nb\tc\\d\x00\x1b\x7f\x9f\u00a0');
c('string vertical tab and controls', () => '\x0b\x0c\x0e\x1f\b\r');
c('lone surrogates', () => 'a\ud800b\udc00c');
c('surrogate pair', () => 'smile \ud83d\ude00');
c('unicode text', () => 'héllo wörld 日本');
c('long string breaks at newlines', () => 'line one is here\nline two is here\nline three is here\nline four is here\nend');
c('long string without newline', () => 'x'.repeat(100));
c('long string ending in newline', () => 'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\nbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb\n');
c('string in object breaks', () => ({ key: 'first line of text\nsecond line of text\nthird line of text here\n' }));
c('long quoted string > 100 with quote', () => `${"'".repeat(3)}${'z'.repeat(120)}\n`);
c('number', () => 42);
c('negative zero', () => -0);
c('float', () => 0.1 + 0.2);
c('big float', () => 1e21);
c('small float', () => 1e-7);
c('NaN', () => NaN);
c('Infinity', () => -Infinity);
c('bigint', () => 123n);
c('negative bigint', () => -5n);
c('true', () => true);
c('undefined', () => undefined);
c('null', () => null);
c('symbol', () => Symbol('desc'));
c('symbol no description', () => Symbol());
c('symbol registered', () => Symbol.for('reg'));
c('well-known symbol', () => Symbol.iterator);

// --- numericSeparator
c('numericSeparator int', () => 1234567, { numericSeparator: true });
c('numericSeparator negative', () => -1234567.891234, { numericSeparator: true });
c('numericSeparator small', () => 123, { numericSeparator: true });
c('numericSeparator float', () => 1234.5678, { numericSeparator: true });
c('numericSeparator bigint', () => 123456789n, { numericSeparator: true });
c('numericSeparator exp', () => 1e21, { numericSeparator: true });
c('numericSeparator array', () => [1000, 20000, 3e6], { numericSeparator: true });

// --- plain objects
c('empty object', () => ({}));
c('simple object', () => ({ a: 1, b: 'two', c: null, d: undefined }));
c('nested objects', () => ({ a: { b: { c: { d: { e: 1 } } } } }));
c('nested depth 0', () => ({ a: { b: 1 }, c: [1] }), { depth: 0 });
c('depth Infinity', () => ({ a: { b: { c: { d: { e: 1 } } } } }), { depth: Infinity });
c('depth null', () => ({ a: { b: { c: { d: { e: [1] } } } } }), { depth: null });
c('quoted keys', () => ({ 'a-b': 1, 'has space': 2, '0x': 3, valid_id: 4, $dollar: 5, 'it\'s': 6 }));
c('numeric keys', () => ({ 1: 'a', 0: 'b', 10: 'c', x: 'd' }));
c('__proto__ own key', () => JSON.parse('{"__proto__": 1, "a": 2}'));
c('symbol keys', () => ({ [Symbol('s')]: 1, [Symbol.iterator]: 2, a: 3 }));
c('symbol key escaped', () => ({ [Symbol('it\'s\n')]: 1 }));
c('non-enumerable symbol key hidden', () => Object.defineProperty({ a: 1 }, Symbol('h'), { value: 2 }));
c('long object breaks lines', () => ({ alpha: 'aaaaaaaaaaaa', beta: 'bbbbbbbbbbbbb', gamma: 'ccccccccccccc', delta: 'ddddddddddd', eps: 1 }));
c('many short keys', () => { const o = {}; for (let i = 0; i < 26; i++) o[String.fromCharCode(97 + i)] = i; return o; });
c('object with array values', () => ({ list: [1, 2, 3], nested: { list: ['a', 'b'] } }));
c('four levels compact', () => ({ a: { b: { c: {} } } }));
c('compact 3 rule', () => ({ a: 1, b: { c: { d: 2 } }, e: [{ f: 1 }] }));
c('null prototype', () => Object.create(null));
c('null prototype with keys', () => Object.assign(Object.create(null), { a: 1 }));
c('null prototype nested', () => ({ x: Object.assign(Object.create(null), { y: [1] }) }));
c('prototype without constructor', () => Object.create(Object.create(null)));
c('prototype with keys no constructor', () => { const p = Object.create(null); p.z = 1; const o = Object.create(p); o.a = 1; return o; });
c('Object.prototype', () => Object.prototype);
c('toStringTag own enumerable', () => ({ [Symbol.toStringTag]: 'Tag', a: 1 }));
c('toStringTag inherited', () => Object.create({ [Symbol.toStringTag]: 'Tagged' }));
c('toStringTag on class', () => { class Foo { get [Symbol.toStringTag]() { return 'Bar'; } } return new Foo(); });
c('toStringTag same as class', () => { class Foo { get [Symbol.toStringTag]() { return 'Foo'; } } return new Foo(); });
c('toStringTag null proto', () => Object.create(Object.create(null, { [Symbol.toStringTag]: { value: 'Z' } })));

// --- getters and setters
const accessors = () => ({
  get g() { return 1; },
  set s(v) {},
  get gs() { return { x: 1 }; },
  set gs(v) {},
  get gnull() { return null; },
  get gthrow() { throw new Error('nope'); },
  get gstr() { return 'text'; },
});
c('accessors', accessors);
c('accessors getters true', accessors, { getters: true });
c('accessors getters get', accessors, { getters: 'get' });
c('accessors getters set', accessors, { getters: 'set' });
c('class getter on prototype not shown', () => { class P { get x() { return 1; } } return new P(); });

// --- arrays
c('empty array', () => []);
c('short array', () => [1, 'a', null, undefined, true]);
c('nested arrays', () => [[1, [2, [3, [4, [5]]]]]]);
c('sparse array', () => [1, , 3]);
c('sparse array many holes', () => { const a = [1]; a[10] = 2; a.length = 20; return a; });
c('all holes', () => new Array(5));
c('one hole', () => new Array(1));
c('array extra props', () => Object.assign([1, 2], { extra: true, [Symbol('s')]: 1 }));
c('array only extra props', () => Object.assign([], { a: 1 }));
c('array long', () => Array.from({ length: 120 }, (_, i) => i));
c('array maxArrayLength 3', () => [1, 2, 3, 4, 5], { maxArrayLength: 3 });
c('array maxArrayLength 0', () => [1, 2, 3], { maxArrayLength: 0 });
c('array maxArrayLength null', () => Array.from({ length: 105 }, () => 0), { maxArrayLength: null });
c('sparse with maxArrayLength', () => { const a = []; a[2] = 1; a[7] = 2; a[12] = 3; return a; }, { maxArrayLength: 2 });
c('grouped numbers', () => Array.from({ length: 26 }, (_, i) => i * 7));
c('grouped mixed length numbers', () => [1, 22, 333, 4444, 55555, 666666, 7, 88, 999, 1000, 12345678]);
c('grouped strings', () => ['apple', 'banana', 'cherry', 'date', 'elderberry', 'fig', 'grape', 'honeydew', 'kiwi', 'lemon']);
c('grouped short strings', () => 'abcdefghijklmnopqrstuvwxyz'.split(''));
c('grouped bigints', () => [1n, 22n, 333n, 4444n, 55555n, 6n, 77n, 888n]);
c('not grouped one long item', () => [1, 2, 3, 4, 5, 6, 'a very long string that is longer than the others by far']);
c('grouped with more items', () => Array.from({ length: 30 }, (_, i) => i), { maxArrayLength: 20 });
c('array of objects', () => [{ a: 1, b: 2 }, { a: 3, b: 4 }, { a: 5, b: 6 }]);
c('array of arrays grouped', () => Array.from({ length: 8 }, (_, i) => [i]));
c('array nested in object grouping', () => ({ data: Array.from({ length: 12 }, (_, i) => i * 1000) }));
c('array subclass', () => { class MyArr extends Array {} return MyArr.from([1, 2]); });
c('array subclass empty', () => { class MyArr extends Array {} return new MyArr(); });
c('null proto array', () => Object.setPrototypeOf([1, 2], null));
c('array with toStringTag', () => Object.defineProperty([1], Symbol.toStringTag, { value: 'T' }));
c('array showHidden', () => [1, 2], { showHidden: true });
c('array breakLength 20', () => ['aaaa', 'bbbb', 'cccc', 'dddd'], { breakLength: 20 });
c('array sorted', () => [3, 1, 2], { sorted: true });
c('array extras sorted', () => Object.assign([9, 8], { z: 1, a: 2, m: 3 }), { sorted: true });

// --- circular
c('circular object', () => { const o = { a: 1 }; o.self = o; return o; });
c('circular array', () => { const a = [1]; a.push(a); return a; });
c('two circular refs', () => { const a = { name: 'a' }; const b = { name: 'b', a }; a.b = b; a.self = a; b.self = b; return a; });
c('circular nested', () => { const o = { x: { y: {} } }; o.x.y.back = o.x; return o; });
c('circular compact true', () => { const o = { a: 1 }; o.self = o; return o; }, { compact: true });
c('circular map', () => { const m = new Map(); m.set('me', m); return m; });
c('shared non-circular', () => { const s = { v: 1 }; return { a: s, b: s }; });

// --- compact and breakLength
const wide = () => ({ a: 'x'.repeat(30), b: { c: 'y'.repeat(30), d: [1, 2, 3] }, e: 'zzz' });
c('compact false', wide, { compact: false });
c('compact true', wide, { compact: true });
c('compact 1', wide, { compact: 1 });
c('compact 0', () => ({ a: 1, b: [1, 2] }), { compact: 0 });
c('compact false small', () => ({ a: 1, b: [1, 2] }), { compact: false });
c('compact true small', () => ({ a: 1, b: [1, 2] }), { compact: true });
c('compact true long', () => ({ first: 'x'.repeat(50), second: 'y'.repeat(50) }), { compact: true });
c('compact true set', () => new Set(['x'.repeat(40), 'y'.repeat(40)]), { compact: true });
c('compact true long value', () => ({ k: { deep: 'v'.repeat(90) } }), { compact: true });
c('breakLength Infinity', () => ({ a: 'x'.repeat(60), b: 'y'.repeat(60), c: [1, 2, 3] }), { breakLength: Infinity });
c('breakLength 1', () => ({ a: 1, b: 2 }), { breakLength: 1 });
c('breakLength Infinity compact false', () => ({ a: { b: 1 } }), { breakLength: Infinity, compact: false });
c('sorted object', () => ({ c: 1, a: 2, b: 3 }), { sorted: true });
c('sorted comparator', () => ({ c: 1, a: 2, b: 3 }), { sorted: (a, b) => (a < b ? 1 : a > b ? -1 : 0) });
c('sorted map', () => new Map([['z', 1], ['a', 2]]), { sorted: true });

// --- Map and Set
c('empty map', () => new Map());
c('map', () => new Map([['a', 1], [{ k: 1 }, [1, 2]]]));
c('map nested', () => new Map([['outer', new Map([['inner', new Set([1])]])]]));
c('map maxArrayLength', () => new Map([[1, 1], [2, 2], [3, 3]]), { maxArrayLength: 1 });
c('map with props', () => Object.assign(new Map([[1, 2]]), { extra: 'x' }));
c('empty set', () => new Set());
c('set', () => new Set([1, 'two', [3]]));
c('set maxArrayLength', () => new Set([1, 2, 3]), { maxArrayLength: 2 });
c('set with props', () => Object.assign(new Set(), { p: 1 }));
c('map subclass', () => { class MyMap extends Map {} return new MyMap([[1, 2]]); });
c('set subclass', () => { class MySet extends Set {} return new MySet([1]); });
c('null proto map', () => Object.setPrototypeOf(new Map([[1, 2]]), null));
c('null proto set', () => Object.setPrototypeOf(new Set([1, 2]), null));
c('map iterator keys', () => new Map([[1, 'a'], [2, 'b']]).keys());
c('map iterator values', () => new Map([[1, 'a'], [2, 'b']]).values());
c('map iterator entries', () => new Map([[1, 'a'], [2, 'b']]).entries());
c('map iterator partly consumed', () => { const it = new Map([[1, 'a'], [2, 'b'], [3, 'c']]).keys(); it.next(); return it; });
c('map iterator exhausted', () => { const it = new Map([[1, 'a']]).entries(); it.next(); it.next(); return it; });
c('map iterator after delete', () => { const m = new Map([[1, 'a'], [2, 'b'], [3, 'c']]); const it = m.values(); it.next(); m.delete(1); return it; });
c('set iterator', () => new Set([1, 2]).values());
c('set entries iterator', () => new Set(['a']).entries());
c('set iterator maxArrayLength', () => new Set([1, 2, 3]).values(), { maxArrayLength: 1 });
c('map entries maxArrayLength', () => new Map([[1, 2], [3, 4]]).entries(), { maxArrayLength: 1 });
c('iterator in object', () => ({ it: new Map([['k', { v: 1 }]]).entries() }));
c('weakmap', () => new WeakMap([[{}, 1]]));
c('weakset', () => new WeakSet([{}]));
c('weakmap with props', () => Object.assign(new WeakMap(), { a: 1 }));
r('weakmap showHidden', (util) => { const k = { key: 1 }; const w = new WeakMap([[k, 'v']]); return util.inspect(w, { showHidden: true }); });
r('weakset showHidden', (util) => { const k = [1]; const w = new WeakSet([k]); return util.inspect(w, { showHidden: true }); });

// --- classes and functions
c('class instance', () => { class Foo { constructor() { this.a = 1; } } return new Foo(); });
c('empty class instance', () => { class Foo {} return new Foo(); });
c('class instance null-named', () => new (class {})());
c('inherited class instance', () => { class A {} class B extends A { constructor() { super(); this.x = 1; } } return new B(); });
c('constructor function instance', () => { function Old() { this.v = 1; } return new Old(); });
c('constructor name property overridden', () => { function F() {} F.prototype.constructor = function G() {}; return new F(); });
c('function', () => function foo() {});
c('anonymous function', () => [function () {}]);
c('arrow function', () => { const arrow = () => {}; return arrow; });
c('async function', () => async function af() {});
c('async arrow', () => [async () => {}]);
c('generator function', () => function* gen() {});
c('async method', () => ({ async m() {} }).m);
c('generator method', () => ({ *g() {} }).g);
c('function with props', () => Object.assign(function withProps() {}, { a: 1, b: 'x' }));
c('function null proto', () => Object.setPrototypeOf(function np() {}, null));
c('function with toStringTag', () => { const f = function tagged() {}; Object.defineProperty(f, Symbol.toStringTag, { value: 'TT' }); return f; });
c('class', () => class A {});
c('anonymous class', () => [class {}]);
c('class extends', () => { class A {} return class B extends A {}; });
c('class extends builtin', () => class E extends Error {});
c('class with static', () => { class S { static x = 1; } return S; });
c('class null proto', () => Object.setPrototypeOf(class N {}, null));
c('bound function', () => function bf() {}.bind(null));
c('builtin function', () => Math.max);
c('functions in object', () => ({ f() {}, g: () => {}, h: class {} }));
c('function name not string', () => { const f = function () {}; Object.defineProperty(f, 'name', { value: 42 }); return f; });

// --- boxed primitives
c('boxed number', () => new Number(3));
c('boxed negative zero', () => new Number(-0));
c('boxed string', () => new String('ab'));
c('boxed string with props', () => Object.assign(new String('ab'), { x: 1 }));
c('boxed boolean', () => new Boolean(false));
c('boxed bigint', () => Object(7n));
c('boxed symbol', () => Object(Symbol('bx')));
c('boxed number subclass', () => { class N extends Number {} return new N(5); });
c('boxed null proto', () => Object.setPrototypeOf(new Number(1), null));

// --- Date and RegExp
c('date', () => new Date(Date.UTC(2020, 0, 2, 3, 4, 5, 6)));
c('date with props', () => Object.assign(new Date(0), { x: 1 }));
c('date subclass', () => { class D extends Date {} return new D(0); });
c('regexp', () => /ab+c/gi);
c('regexp with slash', () => /a\/b/);
c('regexp with props', () => Object.assign(/x/, { y: 1 }));
c('regexp subclass', () => { class R extends RegExp {} return new R('q', 'm'); });
c('regexp past depth', () => ({ a: { b: { c: Object.assign(/deep/, { k: 1 }) } } }));
c('regexp null proto', () => Object.setPrototypeOf(/np/g, null));

// --- errors
c('error', () => mkErr(Error, 'boom', 'Error: boom\n    at f (file.js:1:1)\n    at g (file.js:2:2)'));
c('error no frames', () => mkErr(Error, 'plain', 'Error: plain'));
c('type error', () => mkErr(TypeError, 'bad', 'TypeError: bad\n    at x (y.js:1:1)'));
c('error extra props', () => Object.assign(mkErr(Error, 'p', 'Error: p\n    at z (z.js:1:1)'), { code: 'E_CODE', n: 1 }));
c('error name in stack only', () => { const e = mkErr(Error, 'm', 'Error: m\n    at a (b.js:1:1)'); e.name = 'Error'; return e; });
c('error custom class', () => { class MyError extends Error {} return mkErr(MyError, 'mine', 'Error: mine\n    at q (q.js:1:1)'); });
c('error custom class with name', () => { class ValidationError extends Error { constructor(m) { super(m); this.name = 'ValidationError'; } } return mkErr(ValidationError, 'v', 'ValidationError: v\n    at q (q.js:1:1)'); });
c('error stack without name', () => mkErr(Error, 'msg', 'just text\n    at w (w.js:1:1)'));
c('error stack not string', () => { const e = new Error('fallback'); Object.defineProperty(e, 'stack', { value: undefined, configurable: true, writable: true }); return e; });
c('error stack empty', () => { const e = new TypeError('empty stack'); Object.defineProperty(e, 'stack', { value: '', configurable: true, writable: true }); return e; });
c('error stack number', () => { const e = new RangeError('num'); Object.defineProperty(e, 'stack', { value: 42, configurable: true, writable: true }); return e; });
c('error with cause', () => mkErr(Error, 'outer', 'Error: outer\n    at o (o.js:1:1)', { cause: mkErr(Error, 'inner', 'Error: inner\n    at i (i.js:1:1)') }));
c('error cause primitive', () => mkErr(Error, 'c', 'Error: c\n    at c (c.js:1:1)', { cause: 'reason' }));
c('error cause undefined', () => mkErr(Error, 'u', 'Error: u', { cause: undefined }));
c('error cause shared frames', () => {
  const frames = '\n    at a (x.js:1:1)\n    at b (x.js:2:1)\n    at c (x.js:3:1)\n    at d (x.js:4:1)\n    at e (x.js:5:1)';
  const inner = mkErr(Error, 'in', `Error: in\n    at inner (x.js:9:9)${frames}`);
  return mkErr(Error, 'out', `Error: out\n    at outer (x.js:8:8)${frames}`, { cause: inner });
});
c('aggregate error', () => {
  const e = new AggregateError([mkErr(Error, 'e1', 'Error: e1'), 'two'], 'many');
  return withStack(e, 'AggregateError: many\n    at agg (a.js:1:1)');
});
c('error in object', () => ({ err: mkErr(Error, 'nested', 'Error: nested\n    at n (n.js:1:1)') }));
c('error in array', () => [mkErr(RangeError, 'r', 'RangeError: r\n    at n (n.js:1:1)')]);
c('error null proto', () => Object.setPrototypeOf(mkErr(Error, 'np', 'Error: np\n    at n (n.js:1:1)'), null));
c('error name differs', () => { const e = mkErr(Error, 'x', 'Error: x\n    at n (n.js:1:1)'); e.name = 'CustomName'; return e; });
c('error with toStringTag', () => { class TE extends Error { get [Symbol.toStringTag]() { return 'Tg'; } } return mkErr(TE, 't', 'Error: t\n    at n (n.js:1:1)'); });
c('error message with at', () => mkErr(Error, 'look\n    at this', 'Error: look\n    at this\n    at real (r.js:1:1)'));
c('error own message prop shown', () => { const e = mkErr(Error, 'shown', 'Error: other'); return e; }, { showHidden: false });
c('error showHidden', () => mkErr(Error, 'hid', 'Error: hid\n    at h (h.js:1:1)'), { showHidden: true });
c('error-like object', () => Object.create(Error.prototype));

// --- promises
c('resolved promise', () => Promise.resolve(42));
c('pending promise', () => new Promise(() => {}));
r('rejected promise', (util) => { const p = Promise.reject(3); p.catch(() => {}); return util.inspect(p); });
r('rejected promise with error', (util) => { const p = Promise.reject(mkErr(Error, 'rej', 'Error: rej\n    at p (p.js:1:1)')); p.catch(() => {}); return util.inspect(p); });
c('promise of object', () => Promise.resolve({ a: [1, 2] }));
c('promise with props', () => Object.assign(Promise.resolve(1), { tag: 'x' }));
c('promise subclass', () => { class P extends Promise {} return P.resolve(1); });

// --- typed arrays and buffers
c('uint8array', () => new Uint8Array([1, 2, 3]));
c('empty uint8array', () => new Uint8Array(0));
c('float64array', () => new Float64Array([1.5, -0, NaN]));
c('int16array', () => new Int16Array([-1, 2]));
c('bigint64array', () => new BigInt64Array([1n, -2n]));
c('long typed array', () => new Uint8Array(200));
c('typed array grouped', () => Uint16Array.from({ length: 30 }, (_, i) => i * 33));
c('typed array showHidden', () => new Uint8Array([5, 6]), { showHidden: true });
c('typed array extra props', () => Object.assign(new Uint8Array(2), { x: 1 }));
c('typed array null proto', () => Object.setPrototypeOf(new Int8Array([1, 2]), null));
c('typed array subclass', () => { class Bytes extends Uint8Array {} return new Bytes(2); });
c('typed array maxArrayLength', () => new Uint8Array(10), { maxArrayLength: 3 });
c('typed array numericSeparator', () => new Uint32Array([1000000]), { numericSeparator: true });
c('arraybuffer', () => new Uint8Array([1, 2, 255]).buffer);
c('empty arraybuffer', () => new ArrayBuffer(0));
c('arraybuffer long', () => new ArrayBuffer(120));
c('arraybuffer maxArrayLength', () => new ArrayBuffer(4), { maxArrayLength: 2 });
c('arraybuffer with props', () => Object.assign(new ArrayBuffer(1), { p: 1 }));
c('dataview', () => new DataView(new ArrayBuffer(4), 1, 2));
c('dataview in object', () => ({ dv: new DataView(new ArrayBuffer(2)) }));

// --- arguments, proxies, iterables, misc
c('arguments', () => (function () { return arguments; })(1, 'a'));
c('empty arguments', () => (function () { return arguments; })());
c('proxy of object', () => new Proxy({ a: 1 }, {}));
c('proxy traps not triggered', () => new Proxy({ b: 2 }, { get() { throw new Error('trap'); }, ownKeys() { throw new Error('trap'); } }));
c('proxy showProxy', () => new Proxy({ a: 1 }, { get: () => 5 }), { showProxy: true });
c('proxy of array', () => new Proxy([1, 2], {}));
c('proxy of function', () => new Proxy(function pf() {}, {}));
c('proxy showProxy nested depth', () => ({ a: { b: new Proxy({}, {}) } }), { showProxy: true, depth: 0 });
r('revoked proxy', (util) => { const { proxy, revoke } = Proxy.revocable({}, {}); revoke(); return util.inspect(proxy); });
r('revoked proxy showProxy', (util) => { const { proxy, revoke } = Proxy.revocable({}, {}); revoke(); return util.inspect(proxy, { showProxy: true }); });
c('proxy of proxy', () => new Proxy(new Proxy({ deep: 1 }, {}), {}));
c('generator object', () => (function* g() { yield 1; })());
c('object with iterator', () => ({ [Symbol.iterator]() {}, a: 1 }));
c('Math', () => Math);
c('JSON', () => JSON);
c('globalThis-like tag', () => ({ [Symbol.toStringTag]: 'global' }));

// --- custom inspect
c('custom inspect string', () => ({ [Symbol.for('nodejs.util.inspect.custom')]() { return 'CUSTOM'; } }));
c('custom inspect multiline indented', () => ({ inner: { [Symbol.for('nodejs.util.inspect.custom')]() { return 'line1\nline2'; } } }));
c('custom inspect returns object', () => ({ [Symbol.for('nodejs.util.inspect.custom')]() { return { replaced: [1, 2] }; } }));
c('custom inspect returns this', () => ({ a: 1, [Symbol.for('nodejs.util.inspect.custom')]() { return this; } }));
c('custom inspect disabled', () => ({ a: 1, [Symbol.for('nodejs.util.inspect.custom')]() { return 'X'; } }), { customInspect: false });
c('custom inspect args', () => ({
  x: {
    [Symbol.for('nodejs.util.inspect.custom')](depth, options, insp) {
      return `depth=${depth} indentless=${typeof options.stylize} colors=${options.colors} same=${typeof insp} user=${options.userOpt}`;
    },
  },
}), { userOpt: 'u' });
c('custom inspect uses inspect arg', () => ({ [Symbol.for('nodejs.util.inspect.custom')](d, o, i) { return i({ nested: true }, o); } }));
c('custom inspect on class', () => { class K { [Symbol.for('nodejs.util.inspect.custom')]() { return 'K!'; } } return [new K(), K.prototype]; });
c('custom inspect null proto options', () => {
  const o = Object.create(null);
  o[Symbol.for('nodejs.util.inspect.custom')] = (d, opts) => `${Object.getPrototypeOf(opts) === null} ${typeof opts.stylize}`;
  return o;
});
c('custom inspect depth at depth', () => ({ a: { b: { [Symbol.for('nodejs.util.inspect.custom')](depth) { return `d${depth}`; } } } }));
c('custom inspect depth null', () => ({ a: { [Symbol.for('nodejs.util.inspect.custom')](depth) { return `d${depth}`; } } }), { depth: null });
c('util.inspect as custom ignored', (util) => ({ v: 1, [Symbol.for('nodejs.util.inspect.custom')]: undefined }));

// --- colors
c('colors primitives', () => [1, 'str', true, null, undefined, Symbol('s'), 5n], { colors: true });
c('colors object', () => ({ d: new Date(0), r: /x/, f() {}, nested: { deep: { deeper: {} } } }), { colors: true });
c('colors grouped', () => Array.from({ length: 10 }, (_, i) => i * 111), { colors: true });
c('colors circular', () => { const o = {}; o.o = o; return o; }, { colors: true });
c('colors map set', () => [new Map([[1, 'a']]), new Set([null])], { colors: true });
c('colors sparse', () => [1, , 2], { colors: true });
c('colors boxed', () => [new Number(1), new String('s')], { colors: true });
c('colors getters', () => ({ get a() { return 1; }, get b() { return {}; } }), { colors: true, getters: true });
c('colors showHidden proto props', () => { class Q { constructor() { this.own = 1; } } Q.prototype.shared = 2; return new Q(); }, { colors: true, showHidden: true });
r('custom colors and styles', (util) => {
  const savedNumber = util.inspect.styles.number;
  util.inspect.styles.number = 'red';
  util.inspect.colors.myColor = [95, 39];
  util.inspect.styles.string = 'myColor';
  try {
    return util.inspect([1, 'x'], { colors: true });
  } finally {
    util.inspect.styles.number = savedNumber;
    util.inspect.styles.string = 'green';
    delete util.inspect.colors.myColor;
  }
});
r('color aliases', (util) => JSON.stringify([util.inspect.colors.grey, util.inspect.colors.faint, Object.keys(util.inspect.colors).length, Object.keys(util.inspect.styles)]));

// --- showHidden
c('showHidden object', () => Object.defineProperty({ a: 1 }, 'hidden', { value: 2, enumerable: false }), { showHidden: true });
c('showHidden non-enumerable escaped', () => Object.defineProperty({}, "it's", { value: 1 }), { showHidden: true });
c('showHidden proto props', () => { class Q { constructor() { this.own = 1; } get acc() { return 1; } } Q.prototype.shared = 2; return new Q(); }, { showHidden: true });
c('showHidden three layers', () => {
  class A {} A.prototype.a = 1;
  class B extends A {} B.prototype.b = 2;
  class C extends B {} C.prototype.c = 3;
  class D extends C {} D.prototype.d = 4;
  return new D();
}, { showHidden: true });
c('showHidden map', () => new Map([[1, 2]]), { showHidden: true });
c('showHidden symbol', () => Object.defineProperty({}, Symbol('hidden'), { value: 1 }), { showHidden: true });
c('showHidden toStringTag own', () => Object.defineProperty({}, Symbol.toStringTag, { value: 'Own' }), { showHidden: true });
c('showHidden dataview', () => new DataView(new ArrayBuffer(1)), { showHidden: true });

// --- maxStringLength
c('maxStringLength', () => 'abcdefghij', { maxStringLength: 4 });
c('maxStringLength one', () => 'ab', { maxStringLength: 1 });
c('maxStringLength nested', () => ({ s: 'x'.repeat(50) }), { maxStringLength: 10 });
c('maxStringLength null', () => 'abc', { maxStringLength: null });

// --- legacy signature and defaultOptions
r('legacy showHidden arg', (util) => util.inspect(Object.defineProperty({}, 'h', { value: 1 }), true));
r('legacy depth arg', (util) => util.inspect({ a: { b: { c: 1 } } }, false, 0));
r('legacy colors arg', (util) => util.inspect([1], false, 2, true));
r('legacy undefined depth', (util) => util.inspect({ a: { b: { c: { d: 1 } } } }, false, undefined));
r('defaultOptions set', (util) => {
  const saved = { ...util.inspect.defaultOptions };
  util.inspect.defaultOptions = { depth: 0, breakLength: 20 };
  try {
    return util.inspect({ a: { b: 1 }, c: 'xxxxxxxxxxxx', d: 'yyyyyyyyy' });
  } finally {
    util.inspect.defaultOptions = saved;
  }
});
r('defaultOptions read', (util) => JSON.stringify(util.inspect.defaultOptions));
r('defaultOptions invalid', (util) => { try { util.inspect.defaultOptions = null; return 'no throw'; } catch (e) { return `${e.name} ${e.code} ${e.message}`; } });
r('defaultOptions array invalid', (util) => { try { util.inspect.defaultOptions = []; return 'no throw'; } catch (e) { return `${e.code} ${e.message}`; } });
r('defaultOptions sealed', (util) => { util.inspect.defaultOptions.bogus = 1; return String(Object.keys(util.inspect.defaultOptions).includes('bogus')); });
r('inspect.custom symbol', (util) => String(util.inspect.custom === Symbol.for('nodejs.util.inspect.custom')));
r('stylize option', (util) => util.inspect({ a: 'x', n: 1 }, { stylize: (s, t) => `<${t}:${s}>` }));

// --- depth markers
c('object past depth', () => ({ l1: { l2: { l3: { l4: 1 } } } }));
c('array past depth', () => [[[[1]]]]);
c('class past depth', () => { class Deep { constructor() { this.x = 1; } } return { a: { b: { c: new Deep() } } }; });
c('map past depth', () => ({ a: { b: { c: new Map([[1, 2]]) } } }));
c('null proto past depth', () => ({ a: { b: { c: Object.assign(Object.create(null), { x: 1 }) } } }));
c('empty past depth', () => ({ a: { b: { c: {}, d: [], e: new Set() } } }));
c('depth -1', () => ({ a: 1 }), { depth: -1 });
c('depth -1 array', () => [1, 2], { depth: -1 });

// --- mixed real-world shapes
c('config object', () => ({
  name: 'gorun',
  version: '1.0.0',
  scripts: { test: 'go test ./...', build: 'go build' },
  dependencies: { goja: '^1.0.0', cobra: '^1.8.0' },
  keywords: ['runtime', 'javascript', 'go'],
  private: false,
}));
c('http-like request', () => ({
  method: 'GET',
  url: '/api/v1/items?limit=10',
  headers: { host: 'localhost:3000', 'user-agent': 'curl/8.0', accept: '*/*', 'content-length': '0' },
  query: new Map([['limit', '10']]),
  timestamps: [new Date(0), new Date(86400000)],
}));
c('matrix', () => [[1, 2, 3], [4, 5, 6], [7, 8, 9]]);
c('big matrix', () => Array.from({ length: 4 }, (_, i) => Array.from({ length: 10 }, (_, j) => i * 10 + j)));
c('list of users', () => Array.from({ length: 3 }, (_, i) => ({ id: i, name: `user${i}`, tags: ['a', 'b'], active: i % 2 === 0 })));
c('deep mixed', () => ({ level1: [{ level2: new Map([['level3', { level4: 'hidden' }]]) }] }));
c('long keys and values', () => ({ someRatherLongPropertyName: 'and a rather long value to go with it', another: 1 }));
c('unicode widths in array', () => ['日本', '中文字', 'ab', 'c', 'def', 'gh', 'ijk', 'l']);

// --- engine-sensitive corners
c('number extremes', () => [5e-324, 1.7976931348623157e308, 123e-20, 0.000001, 1e-6 * 3, 2 ** 53 + 2, 4.35, 0.1, 100, 1e100, -1e-7, 12345678901234567890]);
c('number fractions', () => [1 / 3, 2 / 3, 10 / 3, 0.5, 1.005, 255 / 256, 1e-10 + 1]);
c('date far future', () => new Date(Date.UTC(12000, 0, 1)));
c('date negative year', () => new Date(Date.UTC(-50, 5, 1)));
c('invalid date', () => new Date(NaN));
c('invalid date with props', () => Object.assign(new Date(NaN), { a: 1 }));
c('arguments showHidden', () => (function () { return arguments; })(1), { showHidden: true });
c('function showHidden', () => function shf(a, b) {}, { showHidden: true });
c('arrow showHidden', () => (x) => x, { showHidden: true });
c('class showHidden', () => class SH { m() {} }, { showHidden: true });
c('unicode keys', () => ({ 'ключ': 1, 'naïve': 2, 日本: 3 }));
c('emoji values in array', () => ['😀', '😀😀', 'a', 'bb', 'ccc', 'dddd', 'eeeee']);
c('very long string default max', () => 'q'.repeat(10050));
c('string exactly at limit', () => ({ k: 'a'.repeat(16) + '\n' + 'b'.repeat(60) }));
c('constructor prop not function', () => ({ constructor: 'nope', a: 1 }));
c('class with static name method', () => { class X { static name() { return 'n'; } } return new X(); });
c('object with numeric string keys beyond index', () => ({ 4294967295: 'a', 4294967294: 'b', '-1': 'c', '01': 'd' }));
c('array with large index', () => { const a = [1]; a[4294967294] = 2; return a; });
c('array with non-index key sparse', () => { const a = [, 1]; a['-1'] = 'neg'; return a; });
c('set of objects breaking', () => new Set([{ name: 'first item here', value: 1 }, { name: 'second item here', value: 2 }, { name: 'third', value: 3 }]));
c('map object keys breaking', () => new Map([[{ aKey: 'with a long enough value' }, { aValue: 'also long enough to break' }], [1, 2]]));
c('nested arrays grouped in object', () => ({ rows: [Array.from({ length: 8 }, (_, i) => i), Array.from({ length: 8 }, (_, i) => i * 2)] }));
c('array of long strings', () => Array.from({ length: 8 }, (_, i) => `string number ${i} is here`));
c('array of mixed short', () => [1, 'a', null, true, 2n, undefined, Symbol('s'), {}]);
c('array 7 objects', () => Array.from({ length: 7 }, (_, i) => ({ i })));
c('grouping with indentation', () => ({ a: { b: Array.from({ length: 40 }, (_, i) => i) } }));
c('grouping near breakLength', () => Array.from({ length: 7 }, () => 'x'.repeat(20)));
c('compact 3 arrays in arrays', () => [[1, 2, [3, 4, [5, 6]]], [7, 8]]);
c('multiline string in array', () => ['first line is long enough\nsecond line is also long enough to wrap here', 'x']);
c('object entries exactly 80', () => ({ aaaaaaaaaa: 'bbbbbbbbbbbbbbbbbbbb', cccccccccc: 'dddddddddddddddddddddd', e: 'fffffff' }));
c('empty nested things', () => ({ a: {}, b: [], c: new Map(), d: new Set(), e: '', f: Object.create(null) }));
c('sorted set', () => new Set(['b', 'a', 'c']), { sorted: true });
c('getter on class instance own', () => { class G { constructor() { Object.defineProperty(this, 'own', { get() { return 5; }, enumerable: true }); } } return new G(); }, { getters: true });
c('proxy with custom inspect on target', () => new Proxy({ [Symbol.for('nodejs.util.inspect.custom')]() { return 'via target'; } }, {}));
c('proxy of map', () => new Proxy(new Map([[1, 2]]), {}));
c('proxy in array showProxy', () => [new Proxy([1], {})], { showProxy: true });
c('symbol with quotes description', () => Symbol('a\'b"c'));
c('symbol control chars', () => Symbol('tab\there'));
c('key with newline', () => ({ 'a\nb': 1 }));
c('key with quote', () => ({ "it's": 1, 'say "hi"': 2 }));
c('string with only double quotes', () => 'say "hi"');
c('string with backslash and quote', () => '\\\'');
c('null proto with symbol tag and keys', () => Object.assign(Object.create(null), { [Symbol.toStringTag]: 'NT', a: 1 }));
c('boxed string extra index keys', () => { const s = new String('ab'); s[5] = 'x'; return s; });
c('bigint in map', () => new Map([[1n, 2n]]));
c('negative zero in array', () => [-0, 0, -0.0]);
c('typed array negative zero', () => new Float32Array([-0, 0.5]));
c('nested promise', () => Promise.resolve(Promise.resolve(1)));
c('promise of promise pending', () => Promise.resolve(new Promise(() => {})));
c('object with inspect property', () => ({ inspect() { return 'old style'; } }));
c('symbol.toStringTag Promise subclass', () => Object.defineProperty(Promise.resolve(2), Symbol.toStringTag, { value: 'Task' }));
c('class extends null', () => { class N extends null {} return N; });
c('instance of class extends null', () => { class N extends null { constructor() { return Object.create(N.prototype); } } return new N(); });
c('WeakMap in object depth', () => ({ a: { b: { c: new WeakMap() } } }));
c('frozen object', () => Object.freeze({ a: 1, b: [2] }));
c('object with getter and value', () => Object.defineProperties({}, { v: { value: 1, enumerable: true }, g: { get() { return 2; }, enumerable: true } }));
c('setter only', () => Object.defineProperty({}, 'so', { set(v) {}, enumerable: true }));
c('undefined value property', () => ({ u: undefined }));
c('depth 1 mixed', () => ({ a: [{ b: 1 }], c: new Map([[1, { d: 1 }]]), e: new Set([[1]]) }), { depth: 1 });
c('breakLength 40 nested', () => ({ alpha: [1, 2, 3], beta: { gamma: 'delta', epsilon: 'zeta' } }), { breakLength: 40 });
c('compact 2', () => ({ a: { b: { c: { d: 1 } } }, x: [1, [2, [3]]] }), { compact: 2 });
c('compact 5 deep', () => ({ a: { b: { c: { d: 1 } } } }), { compact: 5, depth: 10 });
c('array holes at end', () => { const a = [1, 2]; a.length = 5; return a; });
c('array holes between', () => [1, , , , 5, , 7]);
c('array holes showHidden', () => [, 1], { showHidden: true });

// --- more layout and special cases
c('compact 3 nested arrays of objects', () => ({ a: [{ b: { c: 1 } }], d: [[{ e: [1] }]] }));
c('compact 3 wide leaf', () => ({ outer: { inner: { leaf: 'x'.repeat(70) } } }));
c('entry longer than breakLength', () => ({ k: 'v'.repeat(90), n: 1 }));
c('nested string split indentation', () => ({ a: { b: 'first line that is long\nsecond line that is also quite long\nthird' } }));
c('array of multiline strings', () => ['aaaaaaaaaaaaaaaaaaaa\nbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb', 'c']);
c('function with toStringTag static', () => { class T { static get [Symbol.toStringTag]() { return 'StaticTag'; } } return T; });
c('class with own props', () => { class P {} P.a = 1; P.b = [2]; return P; });
c('error name not ending in Error', () => { const e = mkErr(Error, 'x', 'Error: x\n    at y (y.js:1:1)'); e.name = 'Failure'; return e; });
c('error enumerable name', () => { const e = mkErr(TypeError, 'bad', 'TypeError: bad\n    at y (y.js:1:1)'); Object.defineProperty(e, 'name', { value: 'TypeError', enumerable: true }); return e; });
c('error message changed', () => { const e = mkErr(Error, 'original', 'Error: original\n    at y (y.js:1:1)'); e.message = 'changed'; return e; });
c('error cause object', () => mkErr(Error, 'c', 'Error: c\n    at y (y.js:1:1)', { cause: { code: 42, detail: [1, 2] } }));
c('error in map value', () => new Map([['k', mkErr(Error, 'in map', 'Error: in map\n    at m (m.js:1:1)\n    at n (n.js:2:2)')]]));
c('error deep nested', () => ({ a: { b: [mkErr(Error, 'deep', 'Error: deep\n    at d (d.js:1:1)')] } }));
c('error with code and stack header', () => { const e = mkErr(TypeError, 'The argument is wrong', 'TypeError [ERR_X]: The argument is wrong\n    at v (v.js:1:1)'); e.code = 'ERR_X'; return e; });
c('error subclass stack with other name', () => { class HttpError extends Error {} return mkErr(HttpError, 'nf', 'Error: nf\n    at h (h.js:1:1)'); });
c('error subclass named differently', () => { class HttpError extends Error {} const e = mkErr(HttpError, 'nf', 'NotFound: nf\n    at h (h.js:1:1)'); e.name = 'NotFound'; return e; });
c('error aggregate nested depth', () => withStack(new AggregateError([withStack(new AggregateError([new Error('x')], 'inner'), 'AggregateError: inner')], 'outer'), 'AggregateError: outer'));
c('error past depth', () => ({ a: { b: { c: mkErr(Error, 'far', 'Error: far\n    at f (f.js:1:1)') } } }));
c('custom inspect returning custom', () => ({ [Symbol.for('nodejs.util.inspect.custom')]() { return { [Symbol.for('nodejs.util.inspect.custom')]() { return 'inner custom'; } }; } }));
c('custom inspect spreading this', () => {
  class Pt { constructor() { this.x = 1; this.y = 2; } [Symbol.for('nodejs.util.inspect.custom')](depth, opts, insp) { return `Pt ${insp({ ...this }, opts)}`; } }
  return [new Pt(), { p: new Pt() }];
});
c('custom inspect with stylize', () => ({ [Symbol.for('nodejs.util.inspect.custom')](d, opts) { return opts.stylize('styled', 'special'); } }), { colors: true });
c('own constructor property', () => ({ constructor: function Fake() {}, a: 1 }));
c('getter constructor', () => Object.create({ get constructor() { throw new Error('no'); } }));
c('object created from Array.prototype', () => Object.create(Array.prototype));
c('object created from Map.prototype', () => Object.create(Map.prototype));
c('object created from Date.prototype', () => Object.create(Date.prototype));
c('typed array subarray showHidden', () => new Uint8Array([1, 2, 3, 4]).subarray(1, 3), { showHidden: true });
c('boxed NaN and Infinity', () => [new Number(NaN), new Number(-Infinity)]);
c('line separators not escaped', () => 'a\u2028b\u2029c\u200bd');
c('set with circular', () => { const s = new Set(); s.add(s); s.add({ s }); return s; });
c('array with circular and sorted', () => { const a = [3, 1]; a.push(a); return a; }, { sorted: true });
c('map with object keys sorted', () => new Map([[{ b: 1 }, 1], [{ a: 1 }, 2]]), { sorted: true });
c('object with many types', () => ({
  u: undefined, n: null, b: false, num: -1.5, big: 10n, s: 'str', sym: Symbol('x'), f() {}, arr: [1], obj: {}, d: new Date(1e12), re: /r/, m: new Map(), st: new Set(), e: mkErr(Error, 'e', 'Error: e'),
}));
c('object with many types colors', () => ({ u: undefined, n: null, b: false, num: -1.5, big: 10n, s: 'str', sym: Symbol('x') }), { colors: true });
c('arguments in object', () => ({ args: (function () { return arguments; })(1, [2]) }));
c('nested null protos', () => { const a = Object.create(null); a.b = Object.create(null); a.b.c = Object.create(null); a.b.c.d = Object.create(null); return a; });
c('compact false nested empty', () => ({ a: {}, b: [], c: { d: [] } }), { compact: false });
c('compact false array', () => [1, [2, 3], { a: 4 }], { compact: false });
c('compact true grouping', () => Array.from({ length: 30 }, (_, i) => i), { compact: true });
c('compact 1 grouping', () => Array.from({ length: 30 }, (_, i) => i), { compact: 1 });
c('breakLength 100', () => Array.from({ length: 40 }, (_, i) => `item${i}`), { breakLength: 100 });
c('depth 0 containers', () => [new Map([[1, 2]]), new Set([1]), [1], { a: 1 }, new Uint8Array(1), Promise.resolve(1)], { depth: 0 });
c('number keys sorted', () => ({ b: 1, 10: 2, 2: 3, a: 4 }), { sorted: true });
c('weak collections in array', () => [new WeakMap(), new WeakSet()]);
c('maxArrayLength on object keys', () => ({ a: 1, b: 2, c: 3 }), { maxArrayLength: 1 });
c('maxArrayLength on arguments', () => (function () { return arguments; })(1, 2, 3), { maxArrayLength: 1 });
c('promise rejected-like pending in object', () => ({ p: new Promise(() => {}), q: Promise.resolve(undefined) }));

c('error colors frames', () => mkErr(Error, 'colored', 'Error: colored\n    at userFn (/tmp/app/index.js:1:1)\n    at Object.<anonymous> (/tmp/app/node_modules/express/lib/router.js:2:2)\n    at scoped (/tmp/app/node_modules/@scope/pkg/index.js:3:3)\n    at Module._compile (node:internal/modules/cjs/loader:1256:14)\n    at node:fs:10:5'), { colors: true });
c('error colors cause', () => mkErr(Error, 'o', 'Error: o\n    at a (/x.js:1:1)', { cause: mkErr(Error, 'i', 'Error: i\n    at b (/y.js:1:1)') }), { colors: true });

module.exports = cases;
