// The built-ins goja lacks, written to ECMAScript 2024 and to what V8 (Node
// 20/22) does. Compiled once per process; run once per VM with the Go hooks
// from polyfill.go. Every method is defined as V8 defines built-ins: writable,
// non-enumerable, configurable, with the spec's `name` and `length`, and
// without [[Construct]] (method shorthand).
(function (hooks) {
  'use strict';

  const defineMethods = (target, methods) => {
    const keys = Object.keys(methods); // plain loop: no iterator objects at start-up
    for (let i = 0; i < keys.length; i++) {
      const key = keys[i];
      if (Object.prototype.hasOwnProperty.call(target, key)) continue; // goja has it: keep the native one
      Object.defineProperty(target, key, {
        __proto__: null, value: methods[key], writable: true, enumerable: false, configurable: true,
      });
    }
  };
  const isObject = (v) => (typeof v === 'object' && v !== null) || typeof v === 'function';
  const isCallable = (v) => typeof v === 'function';
  // V8's message for a built-in's GetIterator on a non-iterable.
  const notIterable = (v) => {
    const type = typeof v;
    const shown = type === 'number' || type === 'boolean' || type === 'bigint' || type === 'string'
      ? `${type} ${type === 'string' ? JSON.stringify(v) : String(v)}` : type;
    return new TypeError(`${shown} is not iterable (cannot read property Symbol(Symbol.iterator))`);
  };
  // NewPromiseCapability (ECMA-262 §27.2.1.5).
  const newCapability = (C) => {
    let resolve, reject;
    const promise = new C((res, rej) => {
      if (resolve !== undefined || reject !== undefined) throw new TypeError('Promise executor has already been invoked with non-undefined arguments');
      resolve = res; reject = rej;
    });
    if (!isCallable(resolve) || !isCallable(reject)) throw new TypeError('Promise resolve or reject function is not callable');
    return { promise, resolve, reject };
  };
  const describe = (v) => (typeof v === 'string' ? `"${v}"` : String(v));

  // Symbol.asyncIterator: goja has no such well-known symbol. esbuild's
  // lowered `for await` looks it up as Symbol[name] ?? Symbol.for('Symbol.' +
  // name), so the registered symbol keeps lowered code and this one in step.
  if (typeof Symbol.asyncIterator !== 'symbol') {
    Object.defineProperty(Symbol, 'asyncIterator', {
      __proto__: null, value: Symbol.for('Symbol.asyncIterator'),
      writable: false, enumerable: false, configurable: false,
    });
  }

  // GroupBy (ECMA-262 §7.3.35) with property-key coercion for Object.groupBy
  // and SameValueZero keys for Map.groupBy.
  const groupBy = (items, callback, toKey, what) => {
    if (items == null) throw new TypeError(`${what} called on null or undefined`);
    if (!isCallable(callback)) throw new TypeError(`${describe(callback)} is not a function`);
    if (!isCallable(items[Symbol.iterator])) throw notIterable(items);
    const groups = new Map();
    let k = 0;
    for (const value of items) {
      let key = callback(value, k++);
      key = toKey(key);
      const g = groups.get(key);
      if (g) g.push(value); else groups.set(key, [value]);
    }
    return groups;
  };
  const toPropertyKey = (key) => (typeof key === 'symbol' ? key : `${key}`);
  const normalizeZero = (key) => (key === 0 ? 0 : key); // -0 → +0

  defineMethods(Object, {
    groupBy(items, callbackfn) {
      const groups = groupBy(items, callbackfn, toPropertyKey, 'Object.groupBy');
      const obj = Object.create(null);
      for (const [key, list] of groups) obj[key] = list;
      return obj;
    },
  });
  defineMethods(Map, {
    groupBy(items, callbackfn) {
      return groupBy(items, callbackfn, normalizeZero, 'Map.groupBy');
    },
  });

  defineMethods(Promise, {
    withResolvers() {
      const C = this;
      if (!isObject(C)) throw new TypeError('Promise.withResolvers called on non-object');
      return newCapability(C);
    },
  });

  // Promise.any (ECMA-262 §27.2.4.3) replaces goja's so that the rejection
  // carries V8's message; the algorithm is the spec's, so reaction ordering is
  // the native one.
  {
    const AggregateErrorCtor = AggregateError;
    const any = {
      any(iterable) {
        const C = this;
        if (!isObject(C)) throw new TypeError('Promise.any called on non-object');
        const { promise, resolve, reject } = newCapability(C);
        try {
          const promiseResolve = C.resolve;
          if (!isCallable(promiseResolve)) throw new TypeError('Promise resolve or reject function is not callable');
          const errors = [];
          let remaining = 1;
          let index = 0;
          const finish = () => {
            if (--remaining === 0) {
              reject(new AggregateErrorCtor(errors, 'All promises were rejected'));
            }
          };
          for (const value of iterable) {
            const i = index++;
            errors.push(undefined);
            const next = promiseResolve.call(C, value);
            let called = false;
            remaining++;
            next.then(resolve, (err) => {
              if (called) return;
              called = true;
              errors[i] = err;
              finish();
            });
          }
          finish();
        } catch (err) {
          reject(err);
        }
        return promise;
      },
    }.any;
    Object.defineProperty(Promise, 'any', {
      __proto__: null, value: any, writable: true, enumerable: false, configurable: true,
    });
  }

  // Array.fromAsync (proposal-array-from-async, ES2026): awaits each element
  // of an async iterable, a sync iterable, or an array-like, in order.
  defineMethods(Array, {
    async fromAsync(asyncItems, mapfn = undefined, thisArg = undefined) {
      const C = this;
      if (mapfn !== undefined && !isCallable(mapfn)) {
        throw new TypeError(`${describe(mapfn)} is not a function`);
      }
      const isCtor = typeof C === 'function';
      if (asyncItems == null) throw new TypeError(`${describe(asyncItems)} is not iterable`);
      const usingAsync = asyncItems[Symbol.asyncIterator];
      const usingSync = usingAsync == null ? asyncItems[Symbol.iterator] : undefined;
      if (usingAsync != null || usingSync != null) {
        const A = isCtor ? new C() : [];
        let k = 0;
        if (usingAsync != null) {
          const it = usingAsync.call(asyncItems);
          for (;;) {
            const step = await it.next();
            if (!isObject(step)) throw new TypeError(`Iterator result ${describe(step)} is not an object`);
            if (step.done) break;
            let v = step.value;
            if (mapfn !== undefined) {
              try { v = await mapfn.call(thisArg, v, k); } catch (err) {
                if (typeof it.return === 'function') await it.return();
                throw err;
              }
            }
            Object.defineProperty(A, k++, { __proto__: null, value: v, writable: true, enumerable: true, configurable: true });
          }
        } else {
          for (const item of asyncItems) {
            let v = await item;
            if (mapfn !== undefined) v = await mapfn.call(thisArg, v, k);
            Object.defineProperty(A, k++, { __proto__: null, value: v, writable: true, enumerable: true, configurable: true });
          }
        }
        A.length = k;
        return A;
      }
      const arrayLike = Object(asyncItems);
      const len = Math.min(Math.max(Math.trunc(Number(arrayLike.length)) || 0, 0), Number.MAX_SAFE_INTEGER);
      const A = isCtor ? new C(len) : new Array(len);
      for (let k = 0; k < len; k++) {
        let v = await arrayLike[k];
        if (mapfn !== undefined) v = await mapfn.call(thisArg, v, k);
        Object.defineProperty(A, k, { __proto__: null, value: v, writable: true, enumerable: true, configurable: true });
      }
      A.length = len;
      return A;
    },
  });

  // The scans over UTF-16 code units run in Go (hooks).
  defineMethods(String.prototype, {
    isWellFormed() {
      if (this == null) throw new TypeError('String.prototype.isWellFormed called on null or undefined');
      return hooks.isWellFormed(`${this}`);
    },
    toWellFormed() {
      if (this == null) throw new TypeError('String.prototype.toWellFormed called on null or undefined');
      return hooks.toWellFormed(`${this}`);
    },
  });

  // WeakRef and FinalizationRegistry. goja's objects are plain Go heap values
  // with no weak handle, so a WeakRef holds its target strongly: deref()
  // returns the target for the WeakRef's whole life, which the spec allows
  // (collection is never guaranteed) but means the target is only freed with
  // the WeakRef. FinalizationRegistry validates and tracks registrations so
  // unregister() answers correctly, but its cleanup callbacks never run
  // because nothing is ever reported collected; it keeps no target alive.
  const canBeHeldWeakly = (v) => isObject(v) || (typeof v === 'symbol' && Symbol.keyFor(v) === undefined);
  // Side tables created on first use: a VM that never makes a WeakRef never
  // builds them.
  let weakRefTargets, registries; // WeakRef → target; registry → WeakMap(token → count)
  const refs = () => weakRefTargets || (weakRefTargets = new WeakMap());
  const regs = () => registries || (registries = new WeakMap());
  function WeakRef(target) {
    if (new.target === undefined) throw new TypeError("Constructor WeakRef requires 'new'");
    if (!canBeHeldWeakly(target)) throw new TypeError('WeakRef: invalid target');
    const self = Object.create(new.target.prototype);
    refs().set(self, target);
    return self;
  }
  defineMethods(WeakRef.prototype, {
    deref() {
      if (!isObject(this) || !refs().has(this)) {
        throw new TypeError(`Method WeakRef.prototype.deref called on incompatible receiver ${receiverString(this)}`);
      }
      return refs().get(this);
    },
  });

  function FinalizationRegistry(cleanupCallback) {
    if (new.target === undefined) throw new TypeError("Constructor FinalizationRegistry requires 'new'");
    if (!isCallable(cleanupCallback)) throw new TypeError('FinalizationRegistry: cleanup must be callable');
    const self = Object.create(new.target.prototype);
    regs().set(self, new WeakMap());
    return self;
  }
  const tokensOf = (self, method) => {
    const tokens = isObject(self) ? regs().get(self) : undefined;
    if (tokens === undefined) {
      throw new TypeError(`Method FinalizationRegistry.prototype.${method} called on incompatible receiver ${receiverString(self)}`);
    }
    return tokens;
  };
  defineMethods(FinalizationRegistry.prototype, {
    register(target, heldValue, unregisterToken = undefined) {
      const tokens = tokensOf(this, 'register');
      if (!canBeHeldWeakly(target)) throw new TypeError('FinalizationRegistry.prototype.register: invalid target');
      if (target === heldValue) throw new TypeError('FinalizationRegistry.prototype.register: target and holdings must not be same');
      if (unregisterToken !== undefined) {
        if (!canBeHeldWeakly(unregisterToken)) throw new TypeError(`Invalid unregisterToken ('${String(unregisterToken)}')`);
        tokens.set(unregisterToken, (tokens.get(unregisterToken) || 0) + 1);
      }
    },
    unregister(unregisterToken) {
      const tokens = tokensOf(this, 'unregister');
      if (!canBeHeldWeakly(unregisterToken)) throw new TypeError(`Invalid unregisterToken ('${String(unregisterToken)}')`);
      return tokens.delete(unregisterToken);
    },
  });
  const installClass = (Ctor, tag) => {
    Object.defineProperty(Ctor, 'prototype', { __proto__: null, writable: false, enumerable: false, configurable: false });
    Object.defineProperty(Ctor.prototype, Symbol.toStringTag, {
      __proto__: null, value: tag, writable: false, enumerable: false, configurable: true,
    });
    if (typeof globalThis[tag] !== 'function') {
      Object.defineProperty(globalThis, tag, {
        __proto__: null, value: Ctor, writable: true, enumerable: false, configurable: true,
      });
    }
  };
  installClass(WeakRef, 'WeakRef');
  installClass(FinalizationRegistry, 'FinalizationRegistry');

  // structuredClone: the implementation (structured_clone.js) is evaluated on
  // first use. Length 0 and enumerable on globalThis: Node 20 defines it as
  // a Web IDL operation, not as an ECMAScript built-in.
  if (typeof globalThis.structuredClone !== 'function') {
    let impl;
    const structuredClone = {
      structuredClone(...args) {
        if (impl === undefined) impl = hooks.loadStructuredClone();
        return Reflect.apply(impl, undefined, args);
      },
    }.structuredClone;
    Object.defineProperty(globalThis, 'structuredClone', {
      __proto__: null, value: structuredClone, writable: true, enumerable: true, configurable: true,
    });
  }

  // V8 names a receiver in its messages as #<Ctor> for objects.
  function receiverString(v) {
    if (isObject(v)) {
      if (typeof v === 'function') return String(v);
      const ctor = v.constructor;
      const name = typeof ctor === 'function' && ctor.name ? ctor.name : 'Object';
      return `#<${name}>`;
    }
    return typeof v === 'string' ? v : String(v);
  }

})
