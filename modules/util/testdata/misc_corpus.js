// The rest of util, compared with node like the inspect corpus:
// r(name, run) compares the string run(util) returns.
'use strict';

const cases = [];
const r = (name, run) => cases.push({ name, run });
const thrown = (fn) => {
  try {
    fn();
    return 'no throw';
  } catch (e) {
    return `${e.name} ${e.code}: ${e.message}`;
  }
};

// --- util.types over a spread of values
const samples = () => {
  const args = (function () { return arguments; })();
  const proxied = new Proxy({}, {});
  return {
    object: {},
    array: [],
    nullProto: Object.create(null),
    fn: function () {},
    arrow: () => {},
    asyncFn: async function () {},
    asyncArrow: async () => {},
    asyncMethod: ({ async m() {} }).m,
    genFn: function* () {},
    genMethod: ({ *g() {} }).g,
    genObj: (function* () {})(),
    cls: class {},
    date: new Date(0),
    fakeDate: Object.create(Date.prototype),
    regexp: /x/,
    fakeRegexp: { [Symbol.toStringTag]: 'RegExp' },
    error: new Error('e'),
    typeError: new TypeError('t'),
    subError: new (class E extends Error {})(),
    fakeError: Object.create(Error.prototype),
    map: new Map(),
    set: new Set(),
    weakMap: new WeakMap(),
    weakSet: new WeakSet(),
    mapIter: new Map().entries(),
    setIter: new Set().values(),
    arrayIter: [][Symbol.iterator](),
    promise: Promise.resolve(),
    thenable: { then() {} },
    proxied,
    proxiedFn: new Proxy(function () {}, {}),
    arrayBuffer: new ArrayBuffer(1),
    dataView: new DataView(new ArrayBuffer(1)),
    u8: new Uint8Array(1),
    u8c: new Uint8ClampedArray(1),
    i8: new Int8Array(1),
    u16: new Uint16Array(1),
    i16: new Int16Array(1),
    u32: new Uint32Array(1),
    i32: new Int32Array(1),
    f32: new Float32Array(1),
    f64: new Float64Array(1),
    b64: new BigInt64Array(1),
    bu64: new BigUint64Array(1),
    numObj: new Number(1),
    strObj: new String('s'),
    boolObj: new Boolean(true),
    bigObj: Object(1n),
    symObj: Object(Symbol('s')),
    args,
    num: 1,
    str: 's',
    nul: null,
    undef: undefined,
    sym: Symbol('p'),
  };
};

r('types table', (util) => {
  const values = samples();
  const lines = [];
  for (const pred of Object.keys(util.types).sort()) {
    if (pred === 'isKeyObject' || pred === 'isCryptoKey' || pred === 'isExternal') continue;
    const hits = Object.keys(values).filter((k) => util.types[pred](values[k]) === true);
    lines.push(`${pred}: ${hits.join(' ')}`);
  }
  return lines.join('\n');
});
r('types list', (util) => Object.keys(util.types).sort().join(' '));
r('types is util/types', (util) => String(require('util/types') === util.types));
r('deprecated is helpers', (util) => {
  const values = samples();
  const lines = [];
  for (const pred of ['isArray', 'isBoolean', 'isNull', 'isNullOrUndefined', 'isNumber', 'isString',
    'isSymbol', 'isUndefined', 'isRegExp', 'isObject', 'isDate', 'isError', 'isFunction', 'isPrimitive']) {
    const hits = Object.keys(values).filter((k) => util[pred](values[k]) === true);
    lines.push(`${pred}: ${hits.join(' ')}`);
  }
  return lines.join('\n');
});

// --- inherits
r('inherits', (util) => {
  function Base() {}
  Base.prototype.hello = function () { return 'hi'; };
  function Derived() { Base.call(this); }
  util.inherits(Derived, Base);
  const d = new Derived();
  const desc = Object.getOwnPropertyDescriptor(Derived, 'super_');
  return [d.hello(), d instanceof Base, Derived.super_ === Base, desc.enumerable, desc.writable, desc.configurable].join(' ');
});
r('inherits null ctor', (util) => thrown(() => util.inherits(null, function () {})));
r('inherits undefined super', (util) => thrown(() => util.inherits(function () {}, undefined)));
r('inherits super without prototype', (util) => thrown(() => util.inherits(function () {}, () => {})));
r('inherits super prototype message', (util) => thrown(() => util.inherits(function () {}, { prototype: undefined })));

// --- promisify / callbackify shapes (their async results are tested in Go)
r('promisify custom', (util) => {
  function withCustom() {}
  const custom = () => 'custom';
  withCustom[util.promisify.custom] = custom;
  return [util.promisify(withCustom) === custom, util.promisify.custom === Symbol.for('nodejs.util.promisify.custom')].join(' ');
});
r('promisify copies props', (util) => {
  function orig(a, b, cb) {}
  orig.extra = 1;
  const p = util.promisify(orig);
  return [p.name, p.length, p.extra, p[util.promisify.custom] === p, util.promisify(p) === p].join(' ');
});
r('promisify not a function', (util) => thrown(() => util.promisify('nope')));
r('promisify bad custom', (util) => thrown(() => { const f = () => {}; f[util.promisify.custom] = 5; util.promisify(f); }));
r('callbackify shape', (util) => {
  async function fetchThing(a, b) {}
  const cb = util.callbackify(fetchThing);
  return `${cb.name} ${cb.length}`;
});
r('callbackify not a function', (util) => thrown(() => util.callbackify(null)));
r('callbackified without callback', (util) => thrown(() => util.callbackify(async () => {})(1)));

// --- deprecate (warning delivery is tested in Go)
r('deprecate wraps', (util) => {
  function old(a) { return a * 2; }
  old.prototype.m = 1;
  const dep = util.deprecate(old, 'old is old');
  return [dep(21), dep.prototype === old.prototype, Object.getPrototypeOf(dep) === old, dep.name].join(' ');
});
r('deprecate bad code', (util) => thrown(() => util.deprecate(() => {}, 'm', 5)));
r('deprecate construct', (util) => {
  class K { constructor(v) { this.v = v; } }
  const D = util.deprecate(K, 'K is deprecated');
  const k = new D(3);
  return [k.v, k instanceof K].join(' ');
});

// --- strings
r('toUSVString', (util) => JSON.stringify([util.toUSVString('a\ud800b'), util.toUSVString('\udc00'), util.toUSVString('ok\ud83d\ude00'), util.toUSVString(12)]));
r('stripVTControlCharacters', (util) => JSON.stringify([
  util.stripVTControlCharacters('\u001b[31mred\u001b[39m'),
  util.stripVTControlCharacters('\u001b]8;;http://x\u0007link\u001b]8;;\u0007'),
  util.stripVTControlCharacters('plain'),
]));
r('stripVTControlCharacters bad arg', (util) => thrown(() => util.stripVTControlCharacters(5)));
r('styleText', (util) => JSON.stringify([
  util.styleText('red', 'txt', { validateStream: false }),
  util.styleText(['bold', 'underline'], 'both', { validateStream: false }),
]));
r('styleText bad format', (util) => thrown(() => util.styleText('nocolor', 'x', { validateStream: false })));
r('styleText bad text', (util) => thrown(() => util.styleText('red', 5)));

// --- format and inspect argument checks
r('formatWithOptions bad options', (util) => thrown(() => util.formatWithOptions(null, 'x')));
r('formatWithOptions string options', (util) => thrown(() => util.formatWithOptions('x', 'y')));
r('inspect defaultOptions number', (util) => thrown(() => { util.inspect.defaultOptions = 5; }));
r('invalid arg type received variants', (util) => [
  () => util.promisify(5),
  () => util.promisify(-0),
  () => util.promisify(5n),
  () => util.promisify(true),
  () => util.promisify(Symbol('q')),
  () => util.promisify('a string that is far too long to show in full'),
  () => util.promisify("it's"),
  () => util.promisify({}),
  () => util.promisify([]),
  () => util.promisify(Object.create(null)),
  () => util.promisify(new (class Thing {})()),
].map(thrown).join('\n'));

// --- misc
r('_extend', (util) => JSON.stringify(util._extend({ a: 1 }, { b: 2, a: 3 })));
r('_extend non-object', (util) => JSON.stringify(util._extend({ a: 1 }, 'str')));
r('isArray', (util) => String(util.isArray === Array.isArray));
r('debuglog disabled', (util) => { const d = util.debuglog('gorun_test_section'); d('never'); return String(d.enabled); });
r('format is same function', (util) => [typeof util.format, typeof util.formatWithOptions, typeof util.inspect].join(' '));

// --- outputs past 64 KiB (kept aside as pieces while formatting)
r('huge nested inspect', (util) => {
  let last = {};
  const obj = last;
  for (let i = 0; i < 25; i++) {
    last.next = { circular: obj, last, obj: { a: 1, b: 'x'.repeat(i) }, arr: [i, [i], new Map([[i, { i }]])] };
    last = last.next;
    obj[i] = last;
  }
  const hash = (s) => {
    let h = 2166136261;
    for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 16777619) >>> 0;
    return `${s.length}:${h}`;
  };
  return [util.inspect(obj, { depth: Infinity }), util.inspect(obj, { depth: 12, compact: true }),
    util.inspect([obj, obj], { depth: 20, sorted: true }), util.inspect(obj, { depth: 6, breakLength: 200 })]
    .map(hash).join(' ');
});

// --- SharedArrayBuffer (gorun's, from util's internals, until it is a global)
const SAB = () => globalThis.SharedArrayBuffer ??
  require('util')[Symbol.for('gorun.util.internals')].SharedArrayBuffer;
r('SharedArrayBuffer checks', (util) => {
  const S = SAB();
  const s = new S(4);
  new Uint8Array(s)[1] = 7;
  return [util.inspect(s), util.types.isSharedArrayBuffer(s), util.types.isArrayBuffer(s),
    util.types.isAnyArrayBuffer(s), util.types.isSharedArrayBuffer(new ArrayBuffer(1)),
    Object.prototype.toString.call(s), s.byteLength, s instanceof ArrayBuffer,
    util.isDeepStrictEqual(new S(2), new S(2)), util.isDeepStrictEqual(new ArrayBuffer(2), new S(2)),
    util.inspect(s.slice(1, 3)), thrown(() => S(1))].join('\n');
});

module.exports = cases;
