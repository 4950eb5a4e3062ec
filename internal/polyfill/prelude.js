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


  // RegExp: goja never matches \p{…}/\P{…} (it reads `\p` as `p`), so the
  // constructor is wrapped to expand them (hooks.expandPattern, Go) for
  // u-flag patterns built at run time; literals are rewritten by the loader.
  // The wrapper shares the native prototype (instanceof, RegExp.prototype,
  // `/x/.constructor === RegExp` all hold) and passes new.target through, so
  // subclasses construct as before. Its Symbol.species getter answers the
  // native constructor for plain regexps, which keeps goja's fast paths in
  // split/matchAll (they compare the species with the intrinsic RegExp).
  {
    const NativeRegExp = RegExp;
    const hasPropertyEscape = (p) => typeof p === 'string' && (p.includes('\\p{') || p.includes('\\P{'));
    const isRegExp = (v) => {
      if (!isObject(v)) return false;
      const m = v[Symbol.match];
      return m !== undefined ? !!m : v instanceof NativeRegExp;
    };
    const nativeExec = NativeRegExp.prototype.exec;
    // execWithIndices adds `indices` to a match, as the d flag does. goja
    // reports no group offsets, so a group's start is found by searching
    // its text inside the match from the previous group's start: exact for
    // the usual left-to-right, non-repeating groups, approximate otherwise.
    const execWithIndices = {
      exec(s) {
        const m = Reflect.apply(nativeExec, this, [s]);
        if (m === null) return m;
        const str = String(s);
        const start = m.index;
        const end = start + m[0].length;
        const indices = [[start, end]];
        let cursor = start;
        for (let i = 1; i < m.length; i++) {
          if (m[i] === undefined) { indices.push(undefined); continue; }
          let at = str.indexOf(m[i], cursor);
          if (at < 0 || at + m[i].length > end) at = str.indexOf(m[i], start);
          indices.push([at, at + m[i].length]);
          cursor = at;
        }
        let groups;
        if (m.groups !== undefined) {
          groups = { __proto__: null };
          const used = new Set();
          for (const name of Object.keys(m.groups)) {
            const v = m.groups[name];
            let idx;
            for (let i = 1; i < m.length; i++) if (!used.has(i) && m[i] === v) { idx = i; break; }
            if (idx !== undefined) used.add(idx);
            groups[name] = idx === undefined ? undefined : indices[idx];
          }
        }
        indices.groups = groups;
        m.indices = indices;
        return m;
      },
    }.exec;
    // newer gives a regexp built without d/v what those flags show.
    const newer = (rx, flags) => {
      const own = (k, v) => Object.defineProperty(rx, k, { __proto__: null, value: v, writable: false, enumerable: false, configurable: true });
      const order = 'dgimsuvy';
      own('flags', order.split('').filter((c) => flags.includes(c)).join(''));
      if (flags.includes('d')) { own('hasIndices', true); own('exec', execWithIndices); }
      if (flags.includes('v')) { own('unicodeSets', true); own('unicode', false); }
      // split/matchAll/replace copy a regexp through its species with its
      // flags; the species of these must accept d and v.
      Object.defineProperty(rx, 'constructor', { __proto__: null, value: FlagsRegExp, writable: true, enumerable: false, configurable: true });
    };
    const FlagsRegExp = function RegExp(pattern, flags) {
      return Reflect.construct(Wrapped, [pattern, flags], new.target === undefined || new.target === FlagsRegExp ? Wrapped : new.target);
    };
    Object.defineProperty(FlagsRegExp, 'prototype', { __proto__: null, value: NativeRegExp.prototype, writable: false, enumerable: false, configurable: false });
    Object.defineProperty(FlagsRegExp, Symbol.species, { __proto__: null, value: FlagsRegExp, configurable: true });
    for (const k of ['hasIndices', 'unicodeSets']) {
      if (!Object.prototype.hasOwnProperty.call(NativeRegExp.prototype, k)) {
        const getter = { get [k]() { return NativeRegExp.prototype === this ? undefined : false; } };
        Object.defineProperty(NativeRegExp.prototype, k, { __proto__: null, get: Object.getOwnPropertyDescriptor(getter, k).get, enumerable: false, configurable: true });
      }
    }
    const Wrapped = function RegExp(pattern, flags) {
      const nt = new.target;
      // Fast path, the common `new RegExp(string, flags?)`: nothing to do
      // but construct (a plain `new` is much cheaper than Reflect.construct).
      if (nt === Wrapped && typeof pattern === 'string' && (flags === undefined || (typeof flags === 'string' && !flags.includes('d') && !flags.includes('v'))) &&
          !pattern.includes('\\p{') && !pattern.includes('\\P{')) {
        return new NativeRegExp(pattern, flags);
      }
      if (nt === undefined && flags === undefined && isRegExp(pattern) && pattern.constructor === Wrapped) {
        return pattern;
      }
      let f = flags === undefined ? undefined : String(flags);
      // goja knows neither d (hasIndices) nor v (unicodeSets): build the
      // regexp without them and add what they change (see newer below).
      let extra = null;
      if (f !== undefined && (f.includes('d') || f.includes('v')) && !f.includes('u')) {
        if (f.includes('v')) {
          // v-mode classes (set operations, nesting) evaluated into plain
          // u-mode range lists (TranslateUnicodeSets, Go).
          const src = pattern === undefined ? '(?:)' : typeof pattern === 'string' ? pattern : isRegExp(pattern) ? pattern.source : String(pattern);
          pattern = hooks.unicodeSets(src, f);
        }
        extra = f;
        f = f.replace('d', '').replace('v', 'u');
      }
      if (hasPropertyEscape(pattern)) {
        if (f !== undefined && (f.includes('u') || f.includes('v'))) pattern = hooks.expandPattern(pattern, f);
      } else if (f !== undefined && pattern instanceof NativeRegExp && hasPropertyEscape(pattern.source)) {
        // new RegExp(/\p{L}/, 'u'): the literal had no u flag, so it was
        // left alone; expand its source now that u applies.
        if (f.includes('u') || f.includes('v')) pattern = hooks.expandPattern(pattern.source, f);
      }
      const rx = Reflect.construct(NativeRegExp, [pattern, f], nt === undefined || nt === Wrapped ? NativeRegExp : nt);
      if (extra !== null) newer(rx, extra);
      return rx;
    };
    Object.defineProperty(Wrapped, 'prototype', { __proto__: null, value: NativeRegExp.prototype, writable: false, enumerable: false, configurable: false });
    Object.defineProperty(NativeRegExp.prototype, 'constructor', { __proto__: null, value: Wrapped, writable: true, enumerable: false, configurable: true });
    Object.defineProperty(Wrapped, Symbol.species, {
      __proto__: null,
      get: Object.getOwnPropertyDescriptor({ get [Symbol.species]() { return this === Wrapped ? NativeRegExp : this; } }, Symbol.species).get,
      enumerable: false, configurable: true,
    });
    // Legacy static properties ($1…, lastMatch) read through to the native.
    const statics = Object.getOwnPropertyNames(NativeRegExp);
    for (let i = 0; i < statics.length; i++) {
      const k = statics[i];
      if (k === 'prototype' || k === 'length' || k === 'name') continue;
      const d = Object.getOwnPropertyDescriptor(NativeRegExp, k);
      if (d !== undefined && !Object.prototype.hasOwnProperty.call(Wrapped, k)) Object.defineProperty(Wrapped, k, d);
    }
    Object.setPrototypeOf(Wrapped, Object.getPrototypeOf(NativeRegExp));
    Object.defineProperty(globalThis, 'RegExp', { __proto__: null, value: Wrapped, writable: true, enumerable: false, configurable: true });
  }
})
