'use strict';
// Shared pieces of the WHATWG Streams implementation (stream/web): the
// queue-with-sizes operations, strategy extraction and brand checks.

const {
  codes: { ERR_INVALID_ARG_VALUE, ERR_INVALID_THIS },
  validateFunction,
} = require('internal/errors');

// Internal slots live behind this symbol, as in Node.
const kState = Symbol('kState');
const kType = Symbol('kType');
const kInspect = Symbol.for('nodejs.util.inspect.custom');

function deferred() {
  let resolve;
  let reject;
  const promise = new Promise((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

function setPromiseHandled(p) {
  p.then(() => {}, () => {});
}

function extractHighWaterMark(strategy, def) {
  const hwm = strategy == null ? undefined : strategy.highWaterMark;
  if (hwm === undefined) return def;
  const n = Number(hwm);
  if (Number.isNaN(n) || n < 0) {
    throw new ERR_INVALID_ARG_VALUE.RangeError('strategy.highWaterMark', hwm);
  }
  return n;
}

function extractSizeAlgorithm(strategy) {
  const size = strategy == null ? undefined : strategy.size;
  if (size === undefined) return () => 1;
  validateFunction(size, 'strategy.size');
  return (chunk) => size(chunk);
}

function enqueueValueWithSize(c, value, size) {
  size = Number(size);
  if (Number.isNaN(size) || size < 0 || size === Infinity) {
    throw new ERR_INVALID_ARG_VALUE.RangeError('size', size);
  }
  c.queue.push({ value, size });
  c.queueTotalSize += size;
}

function dequeueValue(c) {
  const { value, size } = c.queue.shift();
  c.queueTotalSize = Math.max(0, c.queueTotalSize - size);
  return value;
}

function resetQueue(c) {
  c.queue = [];
  c.queueTotalSize = 0;
}

function peekQueueValue(c) {
  return c.queue[0].value;
}

// brand returns obj's internal state, or throws ERR_INVALID_THIS when obj
// is not a `type`.
function brand(obj, type) {
  if (obj == null || typeof obj !== 'object' || obj[kType] !== type) {
    throw new ERR_INVALID_THIS(type);
  }
  return obj[kState];
}

function isBrand(obj, type) {
  return obj != null && typeof obj === 'object' && obj[kType] === type;
}

// A method of an underlying source/sink/transformer, bound to it, or the
// default when absent.
function method(obj, name, def, prefix) {
  if (obj == null) return def;
  const fn = obj[name];
  if (fn === undefined) return def;
  validateFunction(fn, `${prefix}.${name}`);
  return (...args) => Reflect.apply(fn, obj, args);
}

// promiseCall runs fn and always returns a promise.
function promiseCall(fn, ...args) {
  try {
    return Promise.resolve(fn(...args));
  } catch (err) {
    return Promise.reject(err);
  }
}

// inspectWith makes the util.inspect hook that prints `Name { fields }`.
function inspectWith(name, fields) {
  return function(depth, options, inspect) {
    if (depth < 0) return this;
    const opts = { ...options, depth: options.depth == null ? null : options.depth - 1 };
    return `${name} ${inspect(fields.call(this), opts)}`;
  };
}

module.exports = {
  kState,
  kType,
  kInspect,
  deferred,
  setPromiseHandled,
  extractHighWaterMark,
  extractSizeAlgorithm,
  enqueueValueWithSize,
  dequeueValue,
  resetQueue,
  peekQueueValue,
  brand,
  isBrand,
  method,
  promiseCall,
  inspectWith,
};
