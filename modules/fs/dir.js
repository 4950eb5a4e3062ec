// node:internal/fs/dir — fs.Dir, what opendir returns. The binding lists
// the directory when it is opened (one scandir, like readdir), so reads
// are served from memory; the asynchronous ones still complete in a later
// turn and queue behind each other as node's do.
'use strict';

const {
  codes: { ERR_DIR_CLOSED, ERR_DIR_CONCURRENT_OPERATION, ERR_MISSING_ARGS },
} = require('internal/errors');
const { validateFunction, validateUint32 } = require('internal/validators');
const u = require('internal/fs/utils');

class Dir {
  #entries;
  #path;
  #closed = false;
  #busy = false;
  #queue = [];

  constructor(handle, path, options) {
    if (!handle) throw new ERR_MISSING_ARGS('handle');
    this.#entries = handle;
    this.#path = path;
    void options;
  }

  get path() { return this.#path; }

  // #later runs fn after the operations already queued, in a later turn.
  #later(fn, cb) {
    if (this.#busy) {
      this.#queue.push(() => this.#later(fn, cb));
      return;
    }
    this.#busy = true;
    setImmediate(() => {
      this.#busy = false;
      let v;
      let err = null;
      try { v = fn(); } catch (e) { err = e; }
      const next = this.#queue.shift();
      if (next) next();
      cb(err, v);
    });
  }

  #checkSync() {
    if (this.#closed) throw new ERR_DIR_CLOSED();
    if (this.#busy) throw new ERR_DIR_CONCURRENT_OPERATION();
  }

  #next() { return this.#entries.length ? this.#entries.shift() : null; }

  read(callback) {
    if (callback === undefined) {
      return new Promise((resolve, reject) => this.read((e, v) => (e ? reject(e) : resolve(v))));
    }
    validateFunction(callback, 'callback');
    if (this.#closed) {
      process.nextTick(callback, new ERR_DIR_CLOSED());
      return;
    }
    this.#later(() => this.#next(), callback);
  }

  readSync() {
    this.#checkSync();
    return this.#next();
  }

  close(callback) {
    if (callback === undefined) {
      if (this.#closed) return Promise.reject(new ERR_DIR_CLOSED());
      return new Promise((resolve, reject) => this.close((e) => (e ? reject(e) : resolve())));
    }
    validateFunction(callback, 'callback');
    if (this.#closed) {
      process.nextTick(callback, new ERR_DIR_CLOSED());
      return;
    }
    if (this.#busy) {
      this.#queue.push(() => this.close(callback));
      return;
    }
    this.#closed = true;
    this.#entries = [];
    process.nextTick(callback, null);
  }

  closeSync() {
    this.#checkSync();
    this.#closed = true;
    this.#entries = [];
  }

  // entries is the async iterator; it closes the directory when done or
  // abandoned. Written by hand: goja has no async generators.
  entries() {
    const done = async () => {
      if (!this.#closed) await this.close();
      return { value: undefined, done: true };
    };
    return {
      next: async () => {
        const v = await this.read();
        return v === null ? done() : { value: v, done: false };
      },
      return: done,
      [Symbol.asyncIterator]() { return this; },
    };
  }

  [Symbol.asyncIterator]() { return this.entries(); }
}

function opendirOptions(options) {
  const o = u.getOptions(options, { encoding: 'utf8' });
  if (o.bufferSize !== undefined) validateUint32(o.bufferSize, 'options.bufferSize', true);
  return o;
}

// makeDir builds the Dir from the binding's [names, types] listing of path.
function makeDir(list, path, o) {
  const [names, types] = list;
  const entries = names.map((n, i) => new u.Dirent(u.encode(n, o.encoding), types[i], path));
  return new Dir(entries, path, o);
}

function opendir(path, options, callback) {
  if (typeof options === 'function') { callback = options; options = undefined; }
  validateFunction(callback, 'callback');
  const p = u.getValidatedPath(path);
  const o = opendirOptions(options);
  binding.opendir(p, (err, list) => (err ? callback(err) : callback(null, makeDir(list, p, o))));
}

function opendirSync(path, options) {
  const p = u.getValidatedPath(path);
  const o = opendirOptions(options);
  return makeDir(binding.opendir(p, undefined), p, o);
}

function opendirPromise(path, options) {
  return new Promise((resolve, reject) => {
    const p = u.getValidatedPath(path);
    const o = opendirOptions(options);
    binding.opendir(p, (err, list) => (err ? reject(err) : resolve(makeDir(list, p, o))));
  });
}

module.exports = { Dir, opendir, opendirSync, opendirPromise };
