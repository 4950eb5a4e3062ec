// Sets up the globals Node has before any user code runs. Heavy ones are
// loaded on first use, so start-up stays near a bare VM.
(function (global, getProcess, require, rawQueueMicrotask, moduleGlobals, zoneKey) {
  'use strict';
  // Enumerability follows node's, so Object.keys(globalThis) matches.
  function define(name, value, enumerable = false) {
    Object.defineProperty(global, name, { value, writable: true, configurable: true, enumerable });
  }
  // Node defines these as data properties from the start, where ours are
  // accessors until first use. Only reflection can tell the two apart, so
  // Object.getOwnPropertyDescriptor(s) and Reflect's build a pending one
  // first (runtime/globals.go wraps them with `settle`).
  const dataInNode = new Set(['console', 'clearImmediate', 'setImmediate', 'clearInterval',
    'clearTimeout', 'setInterval', 'setTimeout', 'URL', 'URLSearchParams', 'Event',
    'EventTarget', 'CustomEvent', 'SharedArrayBuffer', 'Intl', 'fetch']);
  const pending = new Set();
  function settle(key) {
    if (key === undefined) {
      for (const name of pending) void global[name];
    } else if (pending.has(key)) {
      void global[key];
    }
    // A getter whose module is still loading leaves the name pending.
  }
  function lazy(name, load, enumerable = false) {
    if (dataInNode.has(name)) pending.add(name);
    Object.defineProperty(global, name, {
      configurable: true,
      enumerable,
      get() {
        pending.delete(name);
        // A module that checks for the global while loading it must see
        // it absent, not re-enter this getter.
        define(name, undefined, enumerable);
        const value = load();
        if (value === undefined) {
          // Read while its own module was still loading (AbortController's
          // module asks for DOMException, which lives in it): stay lazy.
          lazy(name, load, enumerable);
          return value;
        }
        define(name, value, enumerable);
        return value;
      },
      set(value) {
        pending.delete(name);
        define(name, value, enumerable);
      },
    });
  }

  define('global', global, true);
  // goja's wrapper class for Go errors; node has no such global.
  delete global.GoError;
  for (const name of ['clearImmediate', 'setImmediate', 'clearInterval', 'clearTimeout',
    'setInterval', 'setTimeout']) {
    lazy(name, () => require('timers')[name], true);
  }
  // Built on first use. Node's is an accessor; ours becomes a data
  // property once built, because every process.nextTick in stream code
  // reads the global and a getter call there costs a tenth of a tick.
  lazy('process', getProcess);
  lazy('console', () => require('console'));
  // Globals that live in a module, e.g. EventTarget in
  // internal/event_target: [[global name, module name], ...].
  for (const [name, from] of moduleGlobals) {
    if (!(name in global)) lazy(name, () => require(from)[name]);
  }
  // Date's toString/toTimeString name the zone as V8 does, with ICU's
  // long names ("Central European Summer Time"); goja prints the
  // abbreviation. Intl (lazy) is asked once per zone, offset and
  // abbreviation.
  {
    const names = new Map();
    const longName = (date, abbr) => {
      const key = `${zoneKey()}|${date.getTimezoneOffset()}|${abbr}`;
      let name = names.get(key);
      if (name === undefined) {
        const parts = new Intl.DateTimeFormat('en-US', { timeZoneName: 'long' }).formatToParts(date);
        name = parts.find((p) => p.type === 'timeZoneName')?.value ?? abbr;
        names.set(key, name);
      }
      return name;
    };
    for (const method of ['toString', 'toTimeString']) {
      const native = Date.prototype[method];
      const wrapped = {
        [method]() {
          const text = native.call(this);
          const m = / \(([^)]*)\)$/.exec(text);
          return m === null ? text : `${text.slice(0, m.index)} (${longName(this, m[1])})`;
        },
      }[method];
      Object.defineProperty(Date.prototype, method, { value: wrapped, writable: true, configurable: true, enumerable: false });
    }
  }
  // V8 caps strings at 2**29 - 24 UTF-16 units (buffer.constants.
  // MAX_STRING_LENGTH) and names a bad count; goja has no cap (it would
  // try to build the string) and says only "Invalid count value".
  {
    const nativeRepeat = String.prototype.repeat;
    const kMaxStringLength = 2 ** 29 - 24;
    Object.defineProperty(String.prototype, 'repeat', {
      writable: true,
      enumerable: false,
      configurable: true,
      value: {
        repeat(count) {
          if (this == null) throw new TypeError('String.prototype.repeat called on null or undefined');
          const s = `${this}`;
          const num = Number(count);
          const n = Math.trunc(num) || 0;
          if (n < 0 || n === Infinity) throw new RangeError(`Invalid count value: ${num}`);
          if (s.length * n > kMaxStringLength) throw new RangeError('Invalid string length');
          return nativeRepeat.call(s, n);
        },
      }.repeat,
    });
  }
  // goja's parseInt loses the sign of zero (parseInt('-0.5') is 0, V8
  // says -0); util.format('%i', -0.5) prints '-0' in node.
  {
    const parse = global.parseInt;
    const parseInt = function parseInt(string, radix) {
      const n = parse(string, radix);
      if (n === 0 && String(string).trimStart()[0] === '-') return -0;
      return n;
    };
    Object.defineProperty(parseInt, 'length', { value: 2 });
    define('parseInt', parseInt);
    Object.defineProperty(Number, 'parseInt', { value: parseInt, writable: true, configurable: true, enumerable: false });
  }
  // Node 20 defines the explicit-resource-management symbols this way.
  if (Symbol.dispose === undefined) {
    Object.defineProperty(Symbol, 'dispose', { value: Symbol.for('nodejs.dispose') });
  }
  if (Symbol.asyncDispose === undefined) {
    Object.defineProperty(Symbol, 'asyncDispose', { value: Symbol.for('nodejs.asyncDispose') });
  }
  define('queueMicrotask', function queueMicrotask(callback) {
    require('internal/errors').validateFunction(callback, 'callback');
    rawQueueMicrotask(callback);
  }, true);
  // structuredClone comes from internal/polyfill; moved here, after
  // queueMicrotask, for node's key order.
  if (Object.prototype.hasOwnProperty.call(global, 'structuredClone')) {
    const clone = global.structuredClone;
    delete global.structuredClone;
    define('structuredClone', clone, true);
  }
  // From buffer: enumerable atob/btoa here, in node's key order; Buffer,
  // Blob, File and the text codecs are not enumerable.
  lazy('atob', () => require('buffer').atob, true);
  lazy('btoa', () => require('buffer').btoa, true);
  for (const name of ['Buffer', 'Blob', 'File']) lazy(name, () => require('buffer')[name]);
  for (const name of ['TextEncoder', 'TextDecoder']) lazy(name, () => require('internal/encoding')[name]);
  for (const name of ['URL', 'URLSearchParams']) lazy(name, () => require('url')[name]);
  for (const name of ['Performance', 'PerformanceEntry', 'PerformanceMark', 'PerformanceMeasure',
    'PerformanceObserver', 'PerformanceObserverEntryList', 'PerformanceResourceTiming']) {
    lazy(name, () => require('perf_hooks')[name]);
  }
  for (const name of ['MessageChannel', 'MessagePort', 'MessageEvent', 'BroadcastChannel']) {
    lazy(name, () => require('worker_threads')[name]);
  }
  for (const name of ['ReadableStream', 'ReadableStreamDefaultReader', 'ReadableStreamBYOBReader',
    'ReadableStreamBYOBRequest', 'ReadableByteStreamController', 'ReadableStreamDefaultController',
    'TransformStream', 'TransformStreamDefaultController', 'WritableStream',
    'WritableStreamDefaultWriter', 'WritableStreamDefaultController', 'ByteLengthQueuingStrategy',
    'CountQueuingStrategy', 'TextEncoderStream', 'TextDecoderStream', 'CompressionStream',
    'DecompressionStream']) {
    lazy(name, () => require('stream/web')[name]);
  }
  // goja has no SharedArrayBuffer; util's stand-in (modules/util) is
  // memory shared within this one thread, which is all a runtime without
  // workers can share.
  if (global.SharedArrayBuffer === undefined) {
    lazy('SharedArrayBuffer', () => require('util')[Symbol.for('gorun.util.internals')].SharedArrayBuffer);
  }
  lazy('WebAssembly', () => require('internal/wasm'));
  for (const name of ['Crypto', 'CryptoKey', 'SubtleCrypto']) lazy(name, () => require('internal/webcrypto')[name]);
  // An accessor, as in node: perf_hooks loads on first use.
  Object.defineProperty(global, 'performance', {
    configurable: true,
    enumerable: true,
    get() { return require('perf_hooks').performance; },
    set(value) { Object.defineProperty(global, 'performance', { value, writable: true, configurable: true, enumerable: true }); },
  });
  // The Fetch API (modules/fetch), after performance as in node's key order.
  lazy('fetch', () => require('internal/deps/undici').fetch, true);
  for (const name of ['FormData', 'Headers', 'Request', 'Response']) {
    lazy(name, () => require('internal/deps/undici')[name]);
  }
  lazy('crypto', () => require('internal/webcrypto').crypto, true);
  // Intl is internal/polyfill's accessor (built on first use).
  if (Object.getOwnPropertyDescriptor(global, 'Intl')?.get !== undefined) pending.add('Intl');
  // V8 remembers which constructor made an object, and inspect names an
  // instance cut off from its class by it: `[Foo: null prototype] {}`.
  // goja doesn't, so the class is noted when a prototype is set to null
  // (runtime/globals.go wraps Object.setPrototypeOf, Reflect's and the
  // __proto__ setter); util's inspect reads the note.
  const formerConstructors = new WeakMap();
  const noteDetach = (obj) => {
    const proto = Object.getPrototypeOf(obj);
    if (proto === null || formerConstructors.has(obj)) return;
    const ctor = Object.getOwnPropertyDescriptor(proto, 'constructor')?.value;
    if (typeof ctor === 'function' && typeof ctor.name === 'string' && ctor.name !== '' &&
        ctor.name !== 'Object') {
      formerConstructors.set(obj, ctor.name);
    }
  };
  return {
    settle(key) {
      if (pending.size !== 0) settle(key);
    },
    noteDetach,
    formerConstructors,
  };
})
