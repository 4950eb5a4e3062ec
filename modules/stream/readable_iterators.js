'use strict';
// internal/streams/readable-iterators: the parts of Readable built on top
// of the state machine — wrap(), async iteration, Symbol.asyncDispose, the
// static constructors and the operator methods — installed onto Readable
// by readable.js.

const destroyImpl = require('internal/streams/destroy');
const {
  AbortError,
  aggregateTwoErrors,
  codes: { ERR_ILLEGAL_CONSTRUCTOR },
} = require('internal/errors');
const { validateObject } = require('internal/validators');
const { errorOrDestroy } = destroyImpl;

const SymbolAsyncIterator = Symbol.asyncIterator;
const nop = () => {};

module.exports = function install(Readable) {
  // await using: destroy with an AbortError unless already ended, then
  // settle once the stream is finished.
  if (Symbol.asyncDispose) {
    Readable.prototype[Symbol.asyncDispose] = function() {
      let error;
      if (!this.destroyed) {
        error = this.readableEnded ? null : new AbortError();
        this.destroy(error);
      }
      const eos = require('internal/streams/end-of-stream');
      return new Promise((resolve, reject) => {
        eos(this, (err) => (err && err !== error ? reject(err) : resolve(null)));
      });
    };
  }

  // wrap adopts an old-style stream (only 'data'/'end' and pause/resume).
  Readable.prototype.wrap = function(stream) {
    let paused = false;
    stream.on('data', (chunk) => {
      if (!this.push(chunk) && stream.pause) {
        paused = true;
        stream.pause();
      }
    });
    stream.on('end', () => { this.push(null); });
    stream.on('error', (err) => { errorOrDestroy(this, err); });
    stream.on('close', () => { this.destroy(); });
    stream.on('destroy', () => { this.destroy(); });
    this._read = () => {
      if (paused && stream.resume) {
        paused = false;
        stream.resume();
      }
    };
    // Proxy the wrapped stream's own methods that this one lacks.
    const keys = Object.keys(stream);
    for (let j = 1; j < keys.length; j++) {
      const i = keys[j];
      if (this[i] === undefined && typeof stream[i] === 'function') this[i] = stream[i].bind(stream);
    }
    return this;
  };

  Readable.prototype[SymbolAsyncIterator] = function() {
    return streamToAsyncIterator(this);
  };

  Readable.prototype.iterator = function(options) {
    if (options !== undefined) validateObject(options, 'options');
    return streamToAsyncIterator(this, options);
  };

  function streamToAsyncIterator(stream, options) {
    if (typeof stream.read !== 'function') stream = Readable.wrap(stream, { objectMode: true });
    const iter = createAsyncIterator(stream, options);
    iter.stream = stream;
    return iter;
  }

  // createAsyncIterator is, by hand, the async generator Node uses (goja has
  // none): read() until null, wait for 'readable' or the end, and on
  // return/throw destroy the stream (unless destroyOnReturn is false).
  function createAsyncIterator(stream, options) {
    let callback = nop;
    let error; // undefined while open, null after a clean end
    let started = false;
    let finished = false;
    let cleanup;
    let queue = Promise.resolve();

    function next(resolve) {
      if (this === stream) {
        callback();
        callback = nop;
      } else {
        callback = resolve;
      }
    }

    function start() {
      started = true;
      stream.on('readable', next);
      const eos = require('internal/streams/end-of-stream');
      cleanup = eos(stream, { writable: false }, (err) => {
        error = err ? aggregateTwoErrors(error, err) : null;
        callback();
        callback = nop;
      });
    }

    function finish() {
      finished = true;
      if ((error || !options || options.destroyOnReturn !== false) &&
          (error === undefined || stream._readableState.autoDestroy)) {
        destroyImpl.destroyer(stream, null);
      } else {
        stream.off('readable', next);
        cleanup();
      }
    }

    async function step() {
      if (finished) return { value: undefined, done: true };
      if (!started) start();
      try {
        for (;;) {
          const chunk = stream.destroyed ? null : stream.read();
          if (chunk !== null) return { value: chunk, done: false };
          if (error) throw error;
          if (error === null) break;
          await new Promise(next);
        }
      } catch (err) {
        error = aggregateTwoErrors(error, err);
        finish();
        throw error;
      }
      finish();
      return { value: undefined, done: true };
    }

    async function stop(value) {
      if (started && !finished) finish();
      finished = true;
      return { value, done: true };
    }

    function enqueue(fn, arg) {
      const p = queue.then(() => fn(arg));
      queue = p.then(nop, nop);
      return p;
    }

    return {
      next() { return enqueue(step); },
      return(value) { return enqueue(stop, value); },
      throw(err) {
        return enqueue(async (e) => {
          if (started && !finished) {
            error = aggregateTwoErrors(error, e);
            finish();
          }
          finished = true;
          throw e;
        }, err);
      },
      [SymbolAsyncIterator]() { return this; },
    };
  }

  Readable.from = function(iterable, opts) {
    return require('internal/streams/from')(Readable, iterable, opts);
  };

  // The web stream adapters are modules/streamops'.
  Readable.fromWeb = function(readableStream, options) {
    return require('internal/webstreams/adapters').newStreamReadableFromReadableStream(readableStream, options);
  };

  Readable.toWeb = function(streamReadable, options) {
    return require('internal/webstreams/adapters').newReadableStreamFromStreamReadable(streamReadable, options);
  };

  Readable.wrap = function(src, options) {
    let objectMode = src.readableObjectMode;
    if (objectMode == null) objectMode = src.objectMode;
    if (objectMode == null) objectMode = true;
    return new Readable({
      objectMode,
      ...options,
      destroy(err, callback) {
        destroyImpl.destroyer(src, err);
        callback(err);
      },
    }).wrap(src);
  };

  // The operators (map, filter, toArray…) are modules/streamops'; each is
  // loaded on first call. Stream-returning ones come back as a Readable.
  const streamReturning = ['asIndexedPairs', 'drop', 'filter', 'flatMap', 'map', 'take', 'compose'];
  const promiseReturning = ['every', 'forEach', 'reduce', 'toArray', 'some', 'find'];
  // The wrappers take ...args, so they get the declared arity of node's
  // operators by hand (the iterator-helper tests check .length).
  const arity = {
    asIndexedPairs: 0, drop: 1, filter: 2, flatMap: 2, map: 2, take: 1, compose: 2,
    every: 1, forEach: 2, reduce: 3, toArray: 1, some: 1, find: 2,
  };
  let operators;
  function loadOperators() {
    if (!operators) operators = require('internal/streams/operators');
    return operators;
  }
  for (const key of streamReturning) {
    const fn = {
      [key](...args) {
        if (new.target) throw new ERR_ILLEGAL_CONSTRUCTOR();
        const res = Reflect.apply(loadOperators().streamReturningOperators[key], this, args);
        if (res && typeof res.pipe === 'function' && res._readableState) return res;
        return Readable.from(res);
      },
    }[key];
    Object.defineProperty(fn, 'length', { __proto__: null, value: arity[key], configurable: true });
    Object.defineProperty(Readable.prototype, key, {
      __proto__: null, value: fn, enumerable: false, configurable: true, writable: true,
    });
  }
  for (const key of promiseReturning) {
    const fn = {
      async [key](...args) {
        return Reflect.apply(loadOperators().promiseReturningOperators[key], this, args);
      },
    }[key];
    Object.defineProperty(fn, 'length', { __proto__: null, value: arity[key], configurable: true });
    Object.defineProperty(Readable.prototype, key, {
      __proto__: null, value: fn, enumerable: false, configurable: true, writable: true,
    });
  }
};
