// structuredClone (HTML §2.7 StructuredSerialize/Deserialize) as V8's
// ValueSerializer behaves in Node 20: serialisation and deserialisation are
// fused into one deep copy over a memory map, which keeps cycles and shared
// references (two views on one ArrayBuffer share the cloned buffer).
// Evaluated on the first structuredClone call (see prelude.js), so VMs that
// never clone never pay for it; evaluates to the implementation.
(function (hooks) {
  'use strict';

  const isObject = (v) => (typeof v === 'object' && v !== null) || typeof v === 'function';
  const getter = (proto, key) => Object.getOwnPropertyDescriptor(proto, key).get;
  // Brand checks through built-in getters and methods: each throws (or
  // answers undefined) unless the receiver has the internal slot, so they
  // are not fooled by prototypes or Symbol.toStringTag.
  const brand = (fn, v) => { try { fn.call(v); return true; } catch { return false; } };
  const typedArrayTag = getter(Object.getPrototypeOf(Uint8Array.prototype), Symbol.toStringTag);
  const typedArrayBuffer = getter(Object.getPrototypeOf(Uint8Array.prototype), 'buffer');
  const arrayBufferByteLength = getter(ArrayBuffer.prototype, 'byteLength');
  const dataViewBuffer = getter(DataView.prototype, 'buffer');
  const regExpSource = getter(RegExp.prototype, 'source');
  const regExpFlags = getter(RegExp.prototype, 'flags');
  const mapSize = getter(Map.prototype, 'size');
  const setSize = getter(Set.prototype, 'size');
  const errorNames = new Set(['Error', 'EvalError', 'RangeError', 'ReferenceError', 'SyntaxError', 'TypeError', 'URIError']);
  const isError = typeof Error.isError === 'function' ? Error.isError : (v) => v instanceof Error;
  const define = (obj, key, value, enumerable) => Object.defineProperty(obj, key, {
    __proto__: null, value, writable: true, enumerable, configurable: true,
  });

  const dataCloneError = (what) => dataCloneErrorText(`${what} could not be cloned.`);
  const dataCloneErrorText = (message) => {
    // DOMException is a global the runtime defines (modules/events); read it
    // at throw time so the prelude does not depend on load order.
    const DOMException = globalThis.DOMException;
    if (typeof DOMException === 'function') return new DOMException(message, 'DataCloneError');
    const err = new Error(message);
    define(err, 'name', 'DataCloneError', false);
    define(err, 'code', 25, true);
    return err;
  };
  const describe = (v) => {
    if (typeof v === 'function' || typeof v === 'symbol') return String(v);
    const ctor = v.constructor;
    return `#<${typeof ctor === 'function' && ctor.name ? ctor.name : 'Object'}>`;
  };

  const cloneError = (v, memory) => {
    let name = v.name;
    name = name === undefined ? 'Error' : `${name}`;
    if (!errorNames.has(name)) name = 'Error';
    const out = Reflect.construct(globalThis[name], []);
    memory.set(v, out);
    const stack = v.stack;
    // V8 copies stack, message and cause, in that order, and nothing else.
    if (typeof stack === 'string') define(out, 'stack', stack, false);
    else delete out.stack;
    const msg = Object.getOwnPropertyDescriptor(v, 'message');
    if (msg && 'value' in msg) define(out, 'message', `${msg.value}`, false);
    const cause = Object.getOwnPropertyDescriptor(v, 'cause');
    if (cause && 'value' in cause) define(out, 'cause', clone(cause.value, memory), false);
    return out;
  };

  const copyProperties = (v, out, memory) => {
    for (const key of Object.keys(v)) {
      if (!Object.prototype.hasOwnProperty.call(v, key)) continue; // deleted by a getter meanwhile
      define(out, key, clone(v[key], memory), true);
    }
    return out;
  };

  const clone = (v, memory) => {
    if (typeof v === 'symbol' || typeof v === 'function') throw dataCloneError(describe(v));
    if (!isObject(v)) return v;
    const seen = memory.get(v);
    if (seen !== undefined) return seen;
    let out;
    if (Array.isArray(v)) {
      out = new Array(v.length);
      memory.set(v, out);
      return copyProperties(v, out, memory);
    }
    const tag = typedArrayTag.call(v);
    if (tag !== undefined) {
      const buffer = clone(typedArrayBuffer.call(v), memory);
      out = new globalThis[tag](buffer, v.byteOffset, v.length);
    } else if (brand(arrayBufferByteLength, v)) {
      if (hooks.isDetached(v)) throw dataCloneError('An ArrayBuffer is detached and');
      out = ArrayBuffer.prototype.slice.call(v, 0);
    } else if (brand(dataViewBuffer, v)) {
      const buffer = clone(dataViewBuffer.call(v), memory);
      out = new DataView(buffer, v.byteOffset, v.byteLength);
    } else if (brand(Date.prototype.getTime, v)) {
      out = new Date(Date.prototype.getTime.call(v));
    } else if (v !== RegExp.prototype && brand(regExpSource, v)) {
      out = new RegExp(regExpSource.call(v), regExpFlags.call(v));
    } else if (brand(Number.prototype.valueOf, v)) {
      out = Object(Number.prototype.valueOf.call(v));
    } else if (brand(String.prototype.valueOf, v)) {
      out = Object(String.prototype.valueOf.call(v));
    } else if (brand(Boolean.prototype.valueOf, v)) {
      out = Object(Boolean.prototype.valueOf.call(v));
    } else if (brand(BigInt.prototype.valueOf, v)) {
      out = Object(BigInt.prototype.valueOf.call(v));
    } else if (brand(Symbol.prototype.valueOf, v)) {
      throw dataCloneError('[object Symbol]');
    } else if (brand(mapSize, v)) {
      out = new Map();
      memory.set(v, out);
      // The entries are listed before any is cloned, as the spec does.
      for (const [k, val] of [...Map.prototype.entries.call(v)]) out.set(clone(k, memory), clone(val, memory));
      return out;
    } else if (brand(setSize, v)) {
      out = new Set();
      memory.set(v, out);
      for (const val of [...Set.prototype.values.call(v)]) out.add(clone(val, memory));
      return out;
    } else if (isError(v)) {
      return cloneError(v, memory);
    } else if (isPlatformObject(v)) {
      throw dataCloneError(describe(v));
    } else {
      out = {};
      memory.set(v, out);
      return copyProperties(v, out, memory);
    }
    memory.set(v, out);
    return out;
  };

  // Objects with internal slots the serializer has no tag for.
  const isPlatformObject = (v) => brand(WeakMap.prototype.has, v) || brand(WeakSet.prototype.has, v) ||
    v instanceof Promise || (typeof WeakRef === 'function' && v instanceof WeakRef) ||
    (typeof FinalizationRegistry === 'function' && v instanceof FinalizationRegistry);

  // Node 20 checks its arguments before cloning (C++), in this order.
  return function structuredClone(...args) {
    if (args.length === 0) throw hooks.missingValue();
    const [value, options] = args;
    let list = [];
    if (options !== undefined && options !== null) {
      if (!isObject(options)) throw hooks.argTypeError('The options argument must be either an object or undefined');
      const transfer = options.transfer;
      if (transfer !== undefined && transfer !== null) {
        if (typeof transfer[Symbol.iterator] !== 'function') {
          throw hooks.argTypeError('Optional transferList argument must be an iterable');
        }
        list = [...transfer];
      }
    }
    // Transferred ArrayBuffers: the clone gets a new buffer over the same
    // memory (references to the old one map to it) and the old one is
    // detached once the clone succeeded.
    const memory = new Map();
    for (let i = 0; i < list.length; i++) {
      const t = list[i];
      if (!isObject(t) || !brand(arrayBufferByteLength, t)) {
        if (isObject(t) && t.constructor?.name === 'MessagePort') throw hooks.notImplemented('structuredClone transfer of a MessagePort');
        throw hooks.invalidTransfer();
      }
      if (memory.has(t)) throw dataCloneErrorText('Transfer list contains duplicate ArrayBuffer');
      // A Buffer pool is shared by many Buffers: copied, never moved.
      memory.set(t, hooks.isUntransferable(t) ? ArrayBuffer.prototype.slice.call(t, 0) : hooks.moveArrayBuffer(t));
    }
    const out = clone(value, memory);
    for (let i = 0; i < list.length; i++) {
      if (!hooks.isUntransferable(list[i])) hooks.detachArrayBuffer(list[i]);
    }
    return out;
  };
})
