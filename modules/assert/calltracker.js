'use strict';
// assert.CallTracker (deprecated, DEP0173): wrappers that count their
// calls, and a report of those called a wrong number of times.

const { codes: trackerCodes, validateUint32 } = require('internal/errors');

// A CallRecord is what the tracker knows of one wrapped function.
class CallRecord {
  #expected;
  #calls = [];
  #name;
  #stack;

  constructor(expected, name, stack) {
    this.#expected = expected;
    this.#name = name;
    this.#stack = stack;
  }

  track(thisArg, args) {
    const copy = Object.freeze(Array.prototype.slice.call(args));
    this.#calls.push(Object.freeze({ thisArg, arguments: copy }));
  }

  reset() {
    this.#calls = [];
  }

  getCalls() {
    return Object.freeze(this.#calls.slice());
  }

  report() {
    const calls = this.#calls.length;
    if (calls === this.#expected) return undefined;
    return {
      message: `Expected the ${this.#name} function to be executed ${this.#expected} time(s) ` +
        `but was executed ${calls} time(s).`,
      actual: calls,
      expected: this.#expected,
      operator: this.#name,
      stack: this.#stack,
    };
  }
}

// Node's default tracked function is Function.prototype itself.
const noop = Function.prototype;

class CallTracker {
  #records = new Set();
  #byFunction = new WeakMap();

  #record(tracked) {
    const record = this.#byFunction.get(tracked);
    if (record === undefined) {
      throw new trackerCodes.ERR_INVALID_ARG_VALUE('tracked', tracked, 'is not a tracked function');
    }
    return record;
  }

  reset(tracked) {
    if (tracked === undefined) {
      for (const record of this.#records) record.reset();
      return;
    }
    this.#record(tracked).reset();
  }

  getCalls(tracked) {
    return this.#record(tracked).getCalls();
  }

  calls(fn, expected = 1) {
    if (process._exiting) throw new trackerCodes.ERR_UNAVAILABLE_DURING_EXIT();
    if (typeof fn === 'number') {
      expected = fn;
      fn = noop;
    } else if (fn === undefined) {
      fn = noop;
    }
    validateUint32(expected, 'expected', true);
    const record = new CallRecord(expected, fn.name || 'calls', new Error());
    const tracked = new Proxy(fn, {
      __proto__: null,
      apply(target, thisArg, args) {
        record.track(thisArg, args);
        return Reflect.apply(target, thisArg, args);
      },
    });
    this.#records.add(record);
    this.#byFunction.set(tracked, record);
    return tracked;
  }

  report() {
    const errors = [];
    for (const record of this.#records) {
      const entry = record.report();
      if (entry !== undefined) errors.push(entry);
    }
    return errors;
  }

  verify() {
    const errors = this.report();
    if (errors.length === 0) return;
    const message = errors.length === 1 ?
      errors[0].message :
      'Functions were not called the expected number of times';
    throw new AssertionError({ message, details: errors });
  }
}
