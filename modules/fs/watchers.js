// node:internal/fs/watchers — fs.watch (FSWatcher, on inotify through the
// binding's watch), fs.watchFile/unwatchFile (StatWatcher, polling stat on
// the worker pool as libuv's uv_fs_poll does) and fsPromises.watch.
'use strict';

const { Buffer } = require('buffer');
const EventEmitter = require('events');
const {
  AbortError,
  codes: { ERR_INVALID_ARG_VALUE },
} = require('internal/errors');
const {
  validateAbortSignal, validateBoolean, validateFunction, validateObject, validateUint32,
} = require('internal/validators');
const u = require('internal/fs/utils');

const kEncoding = Symbol('kEncoding');

// ---- fs.watch ----

class FSWatcher extends EventEmitter {
  constructor() {
    super();
    this._handle = null;
    this[kEncoding] = 'utf8';
  }

  // start is node's FSWatcher.prototype[kFSWatchStart]: it throws the
  // binding's UVException (code, syscall 'watch', path, filename).
  start(filename, persistent, recursive, encoding) {
    if (this._handle) return;
    const path = u.getValidatedPath(filename);
    validateBoolean(recursive, 'options.recursive');
    this[kEncoding] = encoding;
    this._handle = binding.watch(path, recursive, persistent, (eventType, name) => {
      if (!this._handle) return;
      this.emit('change', eventType, encodeName(name, this[kEncoding]));
    });
  }

  close() {
    const h = this._handle;
    if (!h) return;
    this._handle = null;
    h.close();
    process.nextTick(() => this.emit('close'));
  }

  ref() {
    if (this._handle) this._handle.ref();
    return this;
  }

  unref() {
    if (this._handle) this._handle.unref();
    return this;
  }
}

function encodeName(name, encoding) {
  if (encoding === 'buffer') return Buffer.from(name);
  if (!encoding || encoding === 'utf8' || encoding === 'utf-8') return name;
  return Buffer.from(name).toString(encoding);
}

// watchOptions is fs.watch's option handling: a string is the encoding;
// recursive must be a boolean, persistent is only tested for truth.
function watchOptions(options) {
  const o = u.getOptions(options, {});
  const { persistent = true, recursive = false, encoding = 'utf8', signal } = o;
  return { persistent: !!persistent, recursive, encoding, signal };
}

function watch(filename, options, listener) {
  if (typeof options === 'function') {
    listener = options;
    options = undefined;
  }
  const o = watchOptions(options);
  const path = u.getValidatedPath(filename);
  const watcher = new FSWatcher();
  watcher.start(path, o.persistent, o.recursive, o.encoding);
  if (listener) watcher.addListener('change', listener);
  if (o.signal) {
    if (o.signal.aborted) {
      process.nextTick(() => watcher.close());
    } else {
      const onAbort = () => watcher.close();
      o.signal.addEventListener('abort', onAbort, { once: true });
      watcher.once('close', () => o.signal.removeEventListener('abort', onAbort));
    }
  }
  return watcher;
}

// ---- fsPromises.watch ----

// watchPromise is an async iterator of {eventType, filename}. node's is
// an async generator, so nothing is checked or started before the first
// next(); goja has no async generators, so the protocol is written out.
function watchPromise(filename, options = {}) {
  let started = null;
  const it = {
    next() {
      if (started === null) {
        try {
          started = startWatchPromise(filename, options);
        } catch (err) {
          started = false;
          return Promise.reject(err);
        }
      }
      if (started === false) return Promise.resolve({ value: undefined, done: true });
      return started.next();
    },
    return() {
      if (!started) {
        started = false;
        return Promise.resolve({ value: undefined, done: true });
      }
      return started.return();
    },
    [Symbol.asyncIterator]() { return this; },
  };
  return it;
}

function startWatchPromise(filename, options) {
  const path = u.getValidatedPath(filename);
  validateObject(options, 'options');
  const { persistent = true, recursive = false, encoding = 'utf8', signal } = options;
  validateBoolean(persistent, 'options.persistent');
  validateBoolean(recursive, 'options.recursive');
  validateAbortSignal(signal, 'options.signal');
  if (encoding && !Buffer.isEncoding(encoding)) {
    // The argument order is node's own (its message names the value).
    throw new ERR_INVALID_ARG_VALUE(encoding, 'encoding', 'is invalid encoding');
  }
  if (signal && signal.aborted) throw new AbortError(undefined, { cause: signal.reason });
  const o = { persistent, recursive, encoding, signal };
  const queue = [];
  const waiting = [];
  let done = false;
  let failure = null;
  const handle = binding.watch(path, o.recursive, o.persistent, (eventType, name) => {
    const v = { eventType, filename: encodeName(name, o.encoding) };
    if (waiting.length) waiting.shift().resolve({ value: v, done: false });
    else queue.push(v);
  });
  const finish = (err) => {
    if (done) return;
    done = true;
    handle.close();
    failure = err;
    for (const w of waiting.splice(0)) {
      if (err) w.reject(err);
      else w.resolve({ value: undefined, done: true });
    }
  };
  let onAbort;
  if (o.signal) {
    onAbort = () => finish(new AbortError(undefined, { cause: o.signal.reason }));
    o.signal.addEventListener('abort', onAbort, { once: true });
  }
  const it = {
    next() {
      if (queue.length) return Promise.resolve({ value: queue.shift(), done: false });
      if (done) {
        if (failure) {
          const err = failure;
          failure = null;
          return Promise.reject(err);
        }
        return Promise.resolve({ value: undefined, done: true });
      }
      return new Promise((resolve, reject) => waiting.push({ resolve, reject }));
    },
    return() {
      if (o.signal) o.signal.removeEventListener('abort', onAbort);
      finish(null);
      queue.length = 0;
      return Promise.resolve({ value: undefined, done: true });
    },
    [Symbol.asyncIterator]() { return this; },
  };
  return it;
}

// ---- fs.watchFile ----

const kPath = Symbol('kPath');
const kTimer = Symbol('kTimer');
const kPrev = Symbol('kPrev');
const kStatus = Symbol('kStatus');
const kRefed = Symbol('kRefed');
const kBigint = Symbol('kBigint');
const kRefCount = Symbol('kRefCount');
const kMaxRefCount = Symbol('kMaxRefCount');
const kAddRef = Symbol('kAddRef');
const kCleanRef = Symbol('kCleanRef');

const zeroStats = [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0];

// sameStat is libuv's statbuf_eq: the fields a poll compares.
function sameStat(a, b) {
  const idx = [0, 1, 3, 4, 7, 8, 12, 13, 14, 15, 16, 17];
  for (const i of idx) if (a[i] !== b[i]) return false;
  return true;
}

class StatWatcher extends EventEmitter {
  constructor(bigint) {
    super();
    this[kTimer] = null;
    this[kPath] = null;
    this[kPrev] = null;
    this[kStatus] = 0; // 0: no poll yet, 1: last stat succeeded, <0: last error
    this[kRefed] = true;
    this[kBigint] = !!bigint;
    // node counts refs per watchFile() call: each listener added through
    // watchFile holds one, unwatchFile drops it, and the poll only stops
    // holding the loop when the count reaches zero.
    this[kRefCount] = 1;
    this[kMaxRefCount] = 1;
  }

  // start polls path every interval ms; the first stat is the baseline,
  // and a missing file reports once with zeroed Stats, as libuv does.
  start(filename, persistent, interval) {
    if (this[kPath] !== null) return;
    this[kPath] = u.getValidatedPath(filename);
    validateUint32(interval, 'interval');
    if (!persistent) this.unref();
    const poll = () => {
      binding.stat(this[kPath], (err, arr) => {
        if (this[kPath] === null) return;
        const prev = this[kPrev] || zeroStats;
        if (err) {
          const status = err.errno || -1;
          if (this[kStatus] !== status) {
            this[kStatus] = status;
            this[kPrev] = zeroStats;
            this.emit('change', u.getStats(zeroStats, this[kBigint]), u.getStats(prev, this[kBigint]));
          }
        } else {
          const wasOk = this[kStatus] === 1;
          const first = this[kStatus] === 0;
          this[kStatus] = 1;
          this[kPrev] = arr;
          if (!first && (!wasOk || !sameStat(prev, arr))) {
            this.emit('change', u.getStats(arr, this[kBigint]), u.getStats(prev, this[kBigint]));
          }
        }
        if (this[kPath] !== null) schedule();
      });
    };
    const schedule = () => {
      this[kTimer] = setTimeout(poll, interval);
      if (!this[kRefed]) this[kTimer].unref();
    };
    poll();
  }

  stop() {
    if (this[kPath] === null) return;
    this[kPath] = null;
    clearTimeout(this[kTimer]);
    this[kTimer] = null;
    process.nextTick(() => this.emit('stop'));
  }

  ref() {
    if (this[kRefCount] < this[kMaxRefCount] && this[kRefCount]++ === 0) this.#setRef(true);
    return this;
  }

  unref() {
    if (this[kRefCount] > 0 && --this[kRefCount] === 0) this.#setRef(false);
    return this;
  }

  #setRef(on) {
    this[kRefed] = on;
    if (this[kTimer]) {
      if (on) this[kTimer].ref();
      else this[kTimer].unref();
    }
  }

  // addRef and cleanRef follow watchFile and unwatchFile.
  [kAddRef]() {
    this[kRefCount]++;
    this[kMaxRefCount]++;
  }

  [kCleanRef]() {
    this[kMaxRefCount]--;
    this.unref();
  }
}

const statWatchers = new Map();

function watchFile(filename, options, listener) {
  filename = u.getValidatedPath(filename);
  const key = resolveKey(filename);
  const defaults = { interval: 5007, persistent: true };
  if (options !== null && typeof options === 'object') {
    options = { ...defaults, ...options };
  } else {
    listener = options;
    options = defaults;
  }
  validateFunction(listener, 'listener');
  let stat = statWatchers.get(key);
  if (stat === undefined) {
    stat = new StatWatcher(options.bigint);
    stat.start(filename, options.persistent, options.interval);
    statWatchers.set(key, stat);
  } else {
    stat[kAddRef]();
  }
  stat.addListener('change', listener);
  return stat;
}

function unwatchFile(filename, listener) {
  filename = u.getValidatedPath(filename);
  const key = resolveKey(filename);
  const stat = statWatchers.get(key);
  if (stat === undefined) return;
  if (typeof listener === 'function') {
    const before = stat.listenerCount('change');
    stat.removeListener('change', listener);
    if (stat.listenerCount('change') < before) stat[kCleanRef]();
  } else {
    stat.removeAllListeners('change');
  }
  if (stat.listenerCount('change') === 0) {
    stat.stop();
    statWatchers.delete(key);
  }
}

function resolveKey(p) {
  return require('path').resolve(p);
}

module.exports = {
  FSWatcher, StatWatcher, watch, watchFile, unwatchFile, watchPromise,
};
