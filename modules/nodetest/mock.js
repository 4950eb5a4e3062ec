'use strict';
// node:test's mocks: mock.fn, mock.method/getter/setter and mock.timers.
// A mocked function is a Proxy over the original, so it keeps the
// original's name, length and properties while recording every call.
// https://nodejs.org/docs/latest-v20.x/api/test.html#class-mocktracker

const {
  codes: { ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE, ERR_INVALID_STATE },
  validateFunction, validateInteger, validateObject, validateBoolean, validateNumber,
} = require('internal/errors');

function kDefaultFunction() {}

class MockFunctionContext {
  #calls = [];
  #mocks = new Map();
  #implementation;
  #restore;
  #times;

  constructor(implementation, restore, times) {
    this.#implementation = implementation;
    this.#restore = restore;
    this.#times = times;
  }

  get calls() { return this.#calls.slice(); }
  callCount() { return this.#calls.length; }

  mockImplementation(implementation) {
    validateFunction(implementation, 'implementation');
    this.#implementation = implementation;
  }

  mockImplementationOnce(implementation, onCall) {
    validateFunction(implementation, 'implementation');
    const nextCall = this.#calls.length;
    const call = onCall ?? nextCall;
    validateInteger(call, 'onCall', nextCall);
    this.#mocks.set(call, implementation);
  }

  restore() {
    if (this.#restore === undefined) return;
    const { descriptor, object, methodName, original } = this.#restore;
    if (object === undefined) {
      this.#implementation = original;
      return;
    }
    Object.defineProperty(object, methodName, descriptor);
  }

  resetCalls() { this.#calls = []; }

  trackCall(call) { this.#calls.push(call); }

  nextImpl() {
    const nextCall = this.#calls.length;
    const mock = this.#mocks.get(nextCall);
    const impl = mock ?? this.#implementation;
    if (nextCall + 1 === this.#times) this.restore();
    this.#mocks.delete(nextCall);
    return impl;
  }
}

function setupMock(tracker, ctx, fnToMatch) {
  const mock = new Proxy(fnToMatch, {
    __proto__: null,
    apply(target, thisArg, args) {
      // goja hands the trap an array that aliases its call stack: it
      // changes after the call returns, so the record keeps a copy.
      const argList = Array.prototype.slice.call(args);
      const impl = ctx.nextImpl();
      let result, error;
      try {
        result = Reflect.apply(impl, thisArg, argList);
      } catch (err) {
        error = err;
        throw err;
      } finally {
        ctx.trackCall({
          __proto__: null, arguments: argList, error, result,
          stack: new Error(), target: undefined, this: thisArg,
        });
      }
      return result;
    },
    construct(target, args, newTarget) {
      const argList = Array.prototype.slice.call(args);
      const realTarget = ctx.nextImpl();
      // `new mock()` constructs the implementation, not the proxy.
      if (newTarget === mock) newTarget = realTarget;
      let result, error;
      try {
        result = Reflect.construct(realTarget, argList, newTarget);
      } catch (err) {
        error = err;
        throw err;
      } finally {
        ctx.trackCall({
          __proto__: null, arguments: argList, error, result,
          stack: new Error(), target: newTarget, this: result,
        });
      }
      return result;
    },
    get(target, property, receiver) {
      if (property === 'mock') return ctx;
      return Reflect.get(target, property, receiver);
    },
  });
  tracker.mocks.push({ __proto__: null, ctx, restore: () => ctx.restore() });
  return mock;
}

function validateTimes(value, name) {
  if (value === Infinity) return;
  validateInteger(value, name, 1);
}

function findDescriptor(object, name) {
  for (let o = object; o !== null && o !== undefined; o = Object.getPrototypeOf(o)) {
    const d = Object.getOwnPropertyDescriptor(o, name);
    if (d !== undefined) return d;
  }
  return undefined;
}

class MockTracker {
  #timers;
  constructor() { this.mocks = []; }

  get timers() {
    if (this.#timers === undefined) {
      const { MockTimers } = require('internal/test_runner/mock_timers');
      this.#timers = new MockTimers();
    }
    return this.#timers;
  }

  fn(original = function() {}, implementation = original, options = {}) {
    if (original !== null && typeof original === 'object') {
      options = original;
      original = function() {};
      implementation = original;
    } else if (implementation !== null && typeof implementation === 'object') {
      options = implementation;
      implementation = original;
    }
    validateFunction(original, 'original');
    validateFunction(implementation, 'implementation');
    validateObject(options, 'options');
    const { times = Infinity } = options;
    validateTimes(times, 'options.times');
    const ctx = new MockFunctionContext(implementation, { __proto__: null, original }, times);
    return setupMock(this, ctx, original);
  }

  method(objectOrFunction, methodName, implementation = kDefaultFunction, options = {}) {
    if (objectOrFunction === null || (typeof objectOrFunction !== 'object' && typeof objectOrFunction !== 'function')) {
      throw new ERR_INVALID_ARG_TYPE('object', ['Object', 'Function'], objectOrFunction);
    }
    if (typeof methodName !== 'string' && typeof methodName !== 'symbol') {
      throw new ERR_INVALID_ARG_TYPE('methodName', ['string', 'symbol'], methodName);
    }
    if (implementation !== null && typeof implementation === 'object') {
      options = implementation;
      implementation = kDefaultFunction;
    }
    validateFunction(implementation, 'implementation');
    validateObject(options, 'options');
    const { getter = false, setter = false, times = Infinity } = options;
    validateBoolean(getter, 'options.getter');
    validateBoolean(setter, 'options.setter');
    validateTimes(times, 'options.times');
    if (setter && getter) {
      throw new ERR_INVALID_ARG_VALUE('options.setter', setter, "cannot be used with 'options.getter'");
    }
    const descriptor = findDescriptor(objectOrFunction, methodName);
    let original;
    if (getter) original = descriptor?.get;
    else if (setter) original = descriptor?.set;
    else original = descriptor?.value;
    if (typeof original !== 'function') {
      throw new ERR_INVALID_ARG_VALUE('methodName', original, 'must be a method');
    }
    const restore = { __proto__: null, descriptor, object: objectOrFunction, methodName };
    const impl = implementation === kDefaultFunction ? original : implementation;
    const ctx = new MockFunctionContext(impl, restore, times);
    const mock = setupMock(this, ctx, original);
    const mockDescriptor = {
      __proto__: null,
      configurable: descriptor.configurable,
      enumerable: descriptor.enumerable,
    };
    if (getter) {
      mockDescriptor.get = mock;
      mockDescriptor.set = descriptor.set;
    } else if (setter) {
      mockDescriptor.get = descriptor.get;
      mockDescriptor.set = mock;
    } else {
      mockDescriptor.writable = descriptor.writable;
      mockDescriptor.value = mock;
    }
    Object.defineProperty(objectOrFunction, methodName, mockDescriptor);
    return mock;
  }

  getter(object, methodName, implementation = kDefaultFunction, options = {}) {
    if (implementation !== null && typeof implementation === 'object') {
      options = implementation;
      implementation = kDefaultFunction;
    } else {
      validateObject(options, 'options');
    }
    if (options.getter === false) {
      throw new ERR_INVALID_ARG_VALUE('options.getter', false, 'cannot be false');
    }
    return this.method(object, methodName, implementation, { ...options, getter: true });
  }

  setter(object, methodName, implementation = kDefaultFunction, options = {}) {
    if (implementation !== null && typeof implementation === 'object') {
      options = implementation;
      implementation = kDefaultFunction;
    } else {
      validateObject(options, 'options');
    }
    if (options.setter === false) {
      throw new ERR_INVALID_ARG_VALUE('options.setter', false, 'cannot be false');
    }
    return this.method(object, methodName, implementation, { ...options, setter: true });
  }

  reset() {
    this.restoreAll();
    this.#timers?.reset();
    this.mocks = [];
  }

  restoreAll() {
    for (const m of this.mocks) m.restore();
  }
}

void ERR_INVALID_STATE;
void validateNumber;
module.exports = { MockTracker, MockFunctionContext };
