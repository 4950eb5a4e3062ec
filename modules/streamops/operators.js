'use strict';
// The iterator helpers of Readable.prototype (lib/internal/streams/
// operators.js behaviour). Each runs with `this` = the readable. The
// stream-returning ones return an async iterator that the core wraps with
// Readable.from; the others return promises. map runs fn with up to
// `concurrency` calls in flight and `highWaterMark` results buffered,
// delivering results in input order.

const {
  codes: { ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE, ERR_MISSING_ARGS, ERR_OUT_OF_RANGE },
  AbortError,
  validateAbortSignal,
  validateInteger,
  validateObject,
} = require('internal/errors');
const u = require('internal/streamops/utils');

const kEmpty = Symbol('kEmpty');
const kEof = Symbol('kEof');

function validateOptions(options) {
  if (options != null) validateObject(options, 'options');
  if (options != null && options.signal != null) validateAbortSignal(options.signal, 'options.signal');
}

function signalOf(options) {
  return options != null ? options.signal : undefined;
}

function compose(stream, options) {
  validateOptions(options);
  if (u.isNodeStream(stream) && !u.isWritable(stream)) {
    throw new ERR_INVALID_ARG_VALUE('stream', stream, 'must be writable');
  }
  const composedStream = require('internal/streams/compose')(this, stream);
  if (signalOf(options)) {
    require('internal/streams/add-abort-signal').addAbortSignalNoValidate(options.signal, composedStream);
  }
  return composedStream;
}

function map(fn, options) {
  if (typeof fn !== 'function') {
    throw new ERR_INVALID_ARG_TYPE('fn', ['Function', 'AsyncFunction'], fn);
  }
  validateOptions(options);

  let concurrency = 1;
  if (options != null && options.concurrency != null) concurrency = Math.floor(options.concurrency);
  let highWaterMark = concurrency - 1;
  if (options != null && options.highWaterMark != null) highWaterMark = Math.floor(options.highWaterMark);
  validateInteger(concurrency, 'options.concurrency', 1);
  validateInteger(highWaterMark, 'options.highWaterMark', 0);
  highWaterMark += concurrency;

  const stream = this;
  return u.asyncGen(async (emit) => {
    const ac = new AbortController();
    const signal = ac.signal;
    const signalOpt = { signal };
    const outer = signalOf(options);
    const abort = () => ac.abort();
    if (outer && outer.aborted) abort();
    if (outer) outer.addEventListener('abort', abort);

    const queue = [];
    let next;
    let resume;
    let done = false;
    let cnt = 0;

    function onCatch() {
      done = true;
      afterItemProcessed();
    }
    function afterItemProcessed() {
      cnt -= 1;
      maybeResume();
    }
    function maybeResume() {
      if (resume && !done && cnt < concurrency && queue.length < highWaterMark) {
        resume();
        resume = null;
      }
    }

    async function pump() {
      try {
        let stopped = false;
        await u.forAwait(stream, async (val) => {
          if (done) {
            stopped = true;
            return u.BREAK;
          }
          if (signal.aborted) throw new AbortError();
          try {
            val = fn(val, signalOpt);
            if (val === kEmpty) return;
            val = Promise.resolve(val);
          } catch (err) {
            val = Promise.reject(err);
          }
          cnt += 1;
          val.then(afterItemProcessed, onCatch);
          queue.push(val);
          if (next) {
            next();
            next = null;
          }
          if (!done && (queue.length >= highWaterMark || cnt >= concurrency)) {
            await new Promise((resolve) => { resume = resolve; });
          }
        });
        if (!stopped) queue.push(kEof);
      } catch (err) {
        const val = Promise.reject(err);
        val.then(afterItemProcessed, onCatch);
        queue.push(val);
      } finally {
        done = true;
        if (next) {
          next();
          next = null;
        }
      }
    }

    pump();

    try {
      for (;;) {
        while (queue.length > 0) {
          const val = await queue[0];
          if (val === kEof) return;
          if (signal.aborted) throw new AbortError();
          if (val !== kEmpty) await emit(val);
          queue.shift();
          maybeResume();
        }
        await new Promise((resolve) => { next = resolve; });
      }
    } finally {
      done = true;
      if (resume) {
        resume();
        resume = null;
      }
      if (outer) outer.removeEventListener('abort', abort);
    }
  });
}

let deprecatedAsIndexedPairs;
function asIndexedPairs(options) {
  if (!deprecatedAsIndexedPairs) {
    deprecatedAsIndexedPairs = require('util').deprecate(asIndexedPairsImpl,
      'readable.asIndexedPairs will be removed in a future version.');
  }
  return Reflect.apply(deprecatedAsIndexedPairs, this, arguments);
}

function asIndexedPairsImpl(options) {
  validateOptions(options);
  const stream = this;
  return u.asyncGen(async (emit) => {
    let index = 0;
    await u.forAwait(stream, async (val) => {
      const signal = signalOf(options);
      if (signal && signal.aborted) throw new AbortError({ cause: signal.reason });
      await emit([index++, val]);
    });
  });
}

async function some(fn, options) {
  let found = false;
  await u.forAwait(filter.call(this, fn, options), () => {
    found = true;
    return u.BREAK;
  });
  return found;
}

async function every(fn, options) {
  if (typeof fn !== 'function') {
    throw new ERR_INVALID_ARG_TYPE('fn', ['Function', 'AsyncFunction'], fn);
  }
  // every is some of the negation.
  return !(await some.call(this, async (...args) => !(await fn(...args)), options));
}

async function find(fn, options) {
  let result;
  await u.forAwait(filter.call(this, fn, options), (v) => {
    result = v;
    return u.BREAK;
  });
  return result;
}

async function forEach(fn, options) {
  if (typeof fn !== 'function') {
    throw new ERR_INVALID_ARG_TYPE('fn', ['Function', 'AsyncFunction'], fn);
  }
  async function forEachFn(value, opts) {
    await fn(value, opts);
    return kEmpty;
  }
  await u.forAwait(map.call(this, forEachFn, options), () => {});
}

function filter(fn, options) {
  if (typeof fn !== 'function') {
    throw new ERR_INVALID_ARG_TYPE('fn', ['Function', 'AsyncFunction'], fn);
  }
  async function filterFn(value, opts) {
    if (await fn(value, opts)) return value;
    return kEmpty;
  }
  return map.call(this, filterFn, options);
}

// Node's message for reduce over an empty stream, under ERR_MISSING_ARGS.
class ReduceAwareErrMissingArgs extends ERR_MISSING_ARGS {
  constructor() {
    super('reduce');
    this.message = 'Reduce of an empty stream requires an initial value';
  }
}

async function reduce(reducer, initialValue, options) {
  if (typeof reducer !== 'function') {
    throw new ERR_INVALID_ARG_TYPE('reducer', ['Function', 'AsyncFunction'], reducer);
  }
  validateOptions(options);
  let hasInitialValue = arguments.length > 1;
  const outer = signalOf(options);
  if (outer && outer.aborted) {
    const err = new AbortError(undefined, { cause: outer.reason });
    this.once('error', () => {});
    await require('internal/streams/end-of-stream').finished(this.destroy(err));
    throw err;
  }
  const ac = new AbortController();
  const signal = ac.signal;
  if (outer) outer.addEventListener('abort', () => ac.abort(), { once: true });
  let gotAnyItemFromStream = false;
  try {
    await u.forAwait(this, async (value) => {
      gotAnyItemFromStream = true;
      if (outer && outer.aborted) throw new AbortError();
      if (!hasInitialValue) {
        initialValue = value;
        hasInitialValue = true;
      } else {
        initialValue = await reducer(initialValue, value, { signal });
      }
    });
    if (!gotAnyItemFromStream && !hasInitialValue) throw new ReduceAwareErrMissingArgs();
  } finally {
    ac.abort();
  }
  return initialValue;
}

async function toArray(options) {
  validateOptions(options);
  const result = [];
  await u.forAwait(this, (val) => {
    const signal = signalOf(options);
    if (signal && signal.aborted) throw new AbortError(undefined, { cause: signal.reason });
    result.push(val);
  });
  return result;
}

function flatMap(fn, options) {
  const values = map.call(this, fn, options);
  return u.asyncGen(async (emit) => {
    await u.forAwait(values, (val) => u.yieldAll(emit, val));
  });
}

function toIntegerOrInfinity(num) {
  // Not ToIntegerOrInfinity exactly: Node keeps fractions and rejects
  // negatives.
  num = Number(num);
  if (Number.isNaN(num)) return 0;
  if (num < 0) throw new ERR_OUT_OF_RANGE('number', '>= 0', num);
  return num;
}

function drop(number, options) {
  validateOptions(options);
  number = toIntegerOrInfinity(number);
  const stream = this;
  return u.asyncGen(async (emit) => {
    const signal = signalOf(options);
    if (signal && signal.aborted) throw new AbortError();
    await u.forAwait(stream, async (val) => {
      if (signal && signal.aborted) throw new AbortError();
      if (number-- <= 0) await emit(val);
    });
  });
}

function take(number, options) {
  validateOptions(options);
  number = toIntegerOrInfinity(number);
  const stream = this;
  return u.asyncGen(async (emit) => {
    const signal = signalOf(options);
    if (signal && signal.aborted) throw new AbortError();
    await u.forAwait(stream, async (val) => {
      if (signal && signal.aborted) throw new AbortError();
      if (number-- > 0) await emit(val);
      // Stop before pulling another item once the count is reached.
      if (number <= 0) return u.BREAK;
    });
  });
}

module.exports = {
  streamReturningOperators: {
    asIndexedPairs,
    drop,
    filter,
    flatMap,
    map,
    take,
    compose,
  },
  promiseReturningOperators: {
    every,
    forEach,
    reduce,
    toArray,
    some,
    find,
  },
};
