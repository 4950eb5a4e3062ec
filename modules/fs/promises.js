// node:fs/promises — the promise forms and FileHandle, on the same binding
// functions as node:fs, each completing on the worker pool.
'use strict';

const { Buffer } = require('buffer');
const EventEmitter = require('events');
const {
  codes: {
    ERR_INTERNAL_ASSERTION, ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE, ERR_METHOD_NOT_IMPLEMENTED, ERR_NOT_IMPLEMENTED,
  },
} = require('internal/errors');
const {
  validateBoolean, validateEncoding, validateInteger, validateObject, parseFileMode,
} = require('internal/validators');
const u = require('internal/fs/utils');
const {
  getValidatedPath: vpath, getValidatedFd: vfd, getOptions, stringToFlags, getStats,
  readdirResult, toData, toUnixTimestamp, encode, checkAborted,
  checkBuffer, checkOffsetLengthRead, checkOffsetLengthWrite,
} = u;
const { F_OK } = u.constants;

// call runs binding[name] on the pool and settles with map(value).
function call(name, args, map) {
  return new Promise((resolve, reject) => {
    binding[name](...args, (err, v) => (err ? reject(err) : resolve(map ? map(v) : v)));
  });
}

const kFd = Symbol('kFd');
const kClosePromise = Symbol('kClosePromise');

const kRefs = Symbol('kRefs');
const kCloseSettle = Symbol('kCloseSettle');
const kRef = Symbol('kRef');
const kUnref = Symbol('kUnref');

// A FileHandle counts its users, as node's does: itself (until close())
// plus every operation and stream in flight. close() only closes the
// descriptor once the count reaches zero, so a stream reading through the
// handle finishes its read before the fd goes away.
class FileHandle extends EventEmitter {
  constructor(fd) {
    super();
    this[kFd] = fd;
    this[kClosePromise] = null;
    this[kCloseSettle] = null;
    this[kRefs] = 1;
  }

  get fd() { return this[kFd]; }

  close() {
    if (this[kFd] === -1) return Promise.resolve();
    if (this[kClosePromise]) return this[kClosePromise];
    this[kRefs]--;
    if (this[kRefs] === 0) {
      this[kClosePromise] = this.#closeNow();
    } else {
      this[kClosePromise] = new Promise((resolve, reject) => {
        this[kCloseSettle] = { resolve, reject };
      });
    }
    // node announces the close when it is asked for, not when it is done.
    this.emit('close');
    return this[kClosePromise];
  }

  #closeNow() {
    const fd = this[kFd];
    this[kFd] = -1;
    return call('close', [fd]).then(() => {
      this[kClosePromise] = null;
    }, (err) => {
      this[kFd] = fd;
      this[kClosePromise] = null;
      throw err;
    });
  }

  [kRef]() { this[kRefs]++; }

  [kUnref]() {
    this[kRefs]--;
    if (this[kRefs] === 0 && this[kCloseSettle]) {
      const { resolve, reject } = this[kCloseSettle];
      this[kCloseSettle] = null;
      this.#closeNow().then(resolve, reject);
    }
  }

  async read(buffer, offset, length, position) {
    checkOpen(this, 'read');
    if (!ArrayBuffer.isView(buffer)) {
      // read(params)
      if (buffer !== undefined) validateObject(buffer, 'options', { nullable: true });
      ({
        buffer = Buffer.alloc(16384), offset = 0, length = buffer.byteLength - offset, position = null,
      } = buffer ?? {});
      checkBuffer(buffer);
    }
    if (offset !== null && typeof offset === 'object') {
      // read(buffer, options)
      ({ offset = 0, length = buffer.byteLength - offset, position = null } = offset);
    }
    if (offset == null) offset = 0;
    else validateInteger(offset, 'offset', 0);
    length ??= buffer.byteLength - offset;
    if (length === 0) return { __proto__: null, bytesRead: length, buffer };
    if (buffer.byteLength === 0) {
      throw new ERR_INVALID_ARG_VALUE('buffer', buffer, 'is empty and cannot be written');
    }
    checkOffsetLengthRead(offset, length, buffer.byteLength);
    // FileHandle.read does not validate position: anything but a safe
    // integer (bigints included) reads at the current offset.
    if (!Number.isSafeInteger(position)) position = -1;
    const bytes = new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
    const bytesRead = await call('read', [this[kFd], bytes, offset, length, position]);
    return { __proto__: null, bytesRead, buffer };
  }

  async write(data, offset, length, position) {
    checkOpen(this, 'write');
    if (data?.byteLength === 0) return { __proto__: null, bytesWritten: 0, buffer: data };
    let bytes;
    if (ArrayBuffer.isView(data)) {
      if (typeof offset === 'object') {
        ({ offset = 0, length = data.byteLength - offset, position = null } = offset ?? {});
      }
      if (offset == null) offset = 0;
      else validateInteger(offset, 'offset', 0);
      if (typeof length !== 'number') length = data.byteLength - offset;
      if (typeof position !== 'number') position = -1;
      checkOffsetLengthWrite(offset, length, data.byteLength);
      bytes = new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
    } else if (typeof data === 'string') {
      // write(string[, position[, encoding]])
      validateEncoding(data, length);
      bytes = Buffer.from(data, typeof length === 'string' ? length : 'utf8');
      position = typeof offset === 'number' ? offset : -1;
      offset = 0;
      length = bytes.length;
    } else {
      throw new ERR_INVALID_ARG_TYPE('buffer', ['string', 'Buffer', 'TypedArray', 'DataView'], data);
    }
    const bytesWritten = length === 0 ? 0 :
      (await call('write', [this[kFd], bytes, offset, length, position])) || 0;
    return { __proto__: null, bytesWritten, buffer: data };
  }

  async readFile(options) { checkOpen(this, 'read'); return readFile(this, options); }
  async writeFile(data, options) { checkOpen(this, 'write'); return writeFile(this, data, options); }
  async appendFile(data, options) { checkOpen(this, 'write'); return appendFile(this, data, options); }
  async stat(options) { checkOpen(this, 'fstat'); return call('fstat', [this[kFd]], (a) => getStats(a, !!(options && options.bigint))); }
  async truncate(len = 0) { checkOpen(this, 'ftruncate'); return call('ftruncate', [this[kFd], Math.max(0, len)]); }
  async sync() { checkOpen(this, 'fsync'); return call('fsync', [this[kFd]]); }
  async datasync() { checkOpen(this, 'fdatasync'); return call('fdatasync', [this[kFd]]); }
  async chmod(mode) { checkOpen(this, 'fchmod'); return call('fchmod', [this[kFd], parseFileMode(mode, 'mode')]); }
  async chown(uid, gid) {
    checkOpen(this, 'fchown');
    validateInteger(uid, 'uid', -1, 4294967295);
    validateInteger(gid, 'gid', -1, 4294967295);
    return call('fchown', [this[kFd], uid, gid]);
  }
  async utimes(atime, mtime) {
    checkOpen(this, 'futime');
    return call('futimes', [this[kFd], toUnixTimestamp(atime, 'atime'), toUnixTimestamp(mtime, 'mtime')]);
  }
  async readv(buffers, position) { return this.#vec('readv', buffers, position, 'bytesRead'); }
  async writev(buffers, position) { return this.#vec('writev', buffers, position, 'bytesWritten'); }

  async #vec(name, buffers, position, key) {
    checkOpen(this, name === 'readv' ? 'read' : 'write');
    if (!Array.isArray(buffers) || !buffers.every((b) => ArrayBuffer.isView(b))) {
      throw new ERR_INVALID_ARG_TYPE('buffers', 'ArrayBufferView[]', buffers);
    }
    const views = buffers.map((b) => new Uint8Array(b.buffer, b.byteOffset, b.byteLength));
    const n = await call(name, [this[kFd], views, typeof position === 'number' ? position : -1]);
    return { __proto__: null, [key]: n, buffers };
  }
  readLines(options = undefined) {
    const { createInterface } = require('readline');
    return createInterface({ input: this.createReadStream(options), crlfDelay: Infinity });
  }

  readableWebStream(options) { return readableWebStream(this, options); }

  createReadStream(options = undefined) {
    const { ReadStream } = require('internal/fs/streams');
    return new ReadStream(undefined, { ...options, fd: this });
  }

  createWriteStream(options = undefined) {
    const { WriteStream } = require('internal/fs/streams');
    return new WriteStream(undefined, { ...options, fd: this });
  }
}

// await using: disposing a FileHandle closes it, as in node.
if (Symbol.asyncDispose) {
  Object.defineProperty(FileHandle.prototype, Symbol.asyncDispose, {
    __proto__: null,
    value: async function() { return this.close(); },
    writable: true,
    configurable: true,
  });
}

// Every operation holds a reference while it runs (node's fsCall), so a
// close() issued meanwhile waits for it.
for (const name of ['read', 'write', 'readFile', 'writeFile', 'appendFile', 'stat', 'truncate', 'sync',
  'datasync', 'chmod', 'chown', 'utimes', 'readv', 'writev']) {
  const op = FileHandle.prototype[name];
  const wrapped = {
    async [name](...args) {
      if (!(this instanceof FileHandle) || this[kFd] === -1) return op.apply(this, args);
      this[kRef]();
      try {
        return await op.apply(this, args);
      } finally {
        this[kUnref]();
      }
    },
  }[name];
  Object.defineProperty(wrapped, 'length', { value: op.length });
  Object.defineProperty(FileHandle.prototype, name, {
    value: wrapped, writable: true, configurable: true, enumerable: false,
  });
}

// checkOpen rejects calls on a closed handle with node's EBADF.
function checkOpen(handle, syscall) {
  if (!(handle instanceof FileHandle)) {
    throw new ERR_INTERNAL_ASSERTION('handle must be an instance of FileHandle');
  }
  if (handle[kFd] === -1) {
    const err = new Error('file closed');
    err.code = 'EBADF';
    err.syscall = syscall;
    throw err;
  }
}

// readableWebStream is a byte ReadableStream over the handle, read on
// the pool; the stream closes (but does not close the handle) at EOF.
function readableWebStream(handle, options = {}) {
  checkOpen(handle, 'read');
  let web;
  try {
    web = require('stream/web');
  } catch {
    throw new ERR_NOT_IMPLEMENTED('FileHandle.readableWebStream');
  }
  validateObject(options, 'options');
  const bytes = options.type === 'bytes';
  return new web.ReadableStream({
    type: bytes ? 'bytes' : undefined,
    autoAllocateChunkSize: bytes ? 16384 : undefined,
    async pull(controller) {
      const view = bytes && controller.byobRequest ? controller.byobRequest.view : null;
      const buf = view ? Buffer.from(view.buffer, view.byteOffset, view.byteLength) : Buffer.alloc(16384);
      const { bytesRead } = await handle.read(buf, 0, buf.length, null);
      if (bytesRead === 0) {
        controller.close();
        if (view) controller.byobRequest.respond(0);
      } else if (view) {
        controller.byobRequest.respond(bytesRead);
      } else if (bytes) {
        controller.enqueue(buf.subarray(0, bytesRead));
      } else {
        // node 20 hands out ArrayBuffers when the stream is not 'bytes'.
        controller.enqueue(buf.buffer.slice(buf.byteOffset, buf.byteOffset + bytesRead));
      }
    },
  });
}

async function open(path, flags, mode) {
  const fd = await call('open', [vpath(path), stringToFlags(flags), parseFileMode(mode, 'mode', 0o666)]);
  return new FileHandle(fd);
}

function target(path) {
  if (path instanceof FileHandle) return [String(path.fd), true];
  return [vpath(path), false];
}

async function readFile(path, options) {
  const o = getOptions(options, { flag: 'r' });
  checkAborted(o.signal);
  const [p, isFd] = target(path);
  const ab = await call('readFile', [p, isFd, stringToFlags(o.flag)]);
  checkAborted(o.signal);
  const buf = Buffer.from(ab);
  return o.encoding && o.encoding !== 'buffer' ? buf.toString(o.encoding) : buf;
}

function writeFileWith(flag) {
  return async function (path, data, options) {
    const o = getOptions(options, { encoding: 'utf8', mode: 0o666, flag });
    o.flush ??= false;
    validateBoolean(o.flush, 'options.flush');
    const iterable = isCustomIterable(data);
    let view;
    if (!iterable) {
      const bytes = toData(data, o.encoding);
      view = new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    }
    const flags = stringToFlags(o.flag || flag);
    const mode = parseFileMode(o.mode, 'mode', 0o666);
    if (path instanceof FileHandle) {
      // node neither flushes nor closes a handle the caller owns.
      checkAborted(o.signal);
      if (!o.signal && !iterable) return void await call('writeFile', [String(path.fd), true, view, flags, mode]);
      return writeChunks(path.fd, iterable ? data : view, o);
    }
    checkAborted(o.signal);
    const p = vpath(path);
    if (!o.signal && !o.flush && !iterable) return void await call('writeFile', [p, false, view, flags, mode]);
    // Otherwise write in chunks and check the signal before each one, as
    // node does, so an abort stops a large write part way.
    const fd = await call('open', [p, flags, mode]);
    try {
      await writeChunks(fd, iterable ? data : view, o);
      if (o.flush) await call('fsync', [fd]);
    } finally {
      await call('close', [fd]);
    }
  };
}

const kAsyncIterator = Symbol.asyncIterator || Symbol.for('Symbol.asyncIterator');
// isCustomIterable is node's test for writeFile data that is iterated
// (arrays of strings, generators, streams) rather than written as bytes.
function isCustomIterable(v) {
  return v != null && typeof v !== 'string' && !ArrayBuffer.isView(v) &&
    (typeof v[Symbol.iterator] === 'function' || typeof v[kAsyncIterator] === 'function');
}

// node's kWriteFileMaxChunkSize.
const kWriteChunk = 512 * 1024;
async function writeView(fd, view, signal) {
  let off = 0;
  while (off < view.byteLength) {
    checkAborted(signal);
    const n = Math.min(view.byteLength - off, kWriteChunk);
    off += await call('write', [fd, view, off, n, -1]);
  }
}
async function writeChunks(fd, data, { signal, encoding }) {
  checkAborted(signal);
  if (ArrayBuffer.isView(data)) return writeView(fd, data, signal);
  // for await, by hand: the engine has no async iteration syntax.
  const it = typeof data[kAsyncIterator] === 'function' ? data[kAsyncIterator]() : data[Symbol.iterator]();
  for (;;) {
    const { value, done } = await it.next();
    if (done) return;
    checkAborted(signal);
    const buf = ArrayBuffer.isView(value) ? value : Buffer.from(value, encoding || 'utf8');
    await writeView(fd, new Uint8Array(buf.buffer, buf.byteOffset, buf.byteLength), signal);
  }
}

const writeFile = writeFileWith('w');
const appendFile = writeFileWith('a');

const statWith = (name) => async (path, options) =>
  call(name, [vpath(path)], (a) => getStats(a, !!(options && options.bigint)));

async function readdir(path, options) {
  const o = getOptions(options, { encoding: 'utf8', withFileTypes: false, recursive: false });
  validateBoolean(o.recursive, 'options.recursive');
  return call('readdir', [vpath(path), !!o.recursive], (r) => readdirResult(r, o));
}

async function mkdir(path, options) {
  const { mode, recursive } = u.getMkdirOptions(options);
  return call('mkdir', [vpath(path), mode, recursive]);
}

async function rm(path, options) {
  const o = u.getRmOptions(options);
  return call('rm', [vpath(path), o.recursive, o.force]);
}

async function rmdir(path, options) {
  if (options !== undefined) validateObject(options, 'options');
  if (options && options.recursive) {
    // Recurse only into a directory; anything else gets rmdir's error.
    u.warnRmdirRecursive();
    const st = getStats(await call('stat', [vpath(path)]), false);
    if (st.isDirectory()) return call('rm', [vpath(path), true, false]);
  }
  return call('rmdir', [vpath(path)]);
}

async function access(path, mode = F_OK) {
  if (mode == null) mode = F_OK;
  validateInteger(mode, 'mode', 0, 7);
  return call('access', [vpath(path), mode]);
}

async function copyFile(src, dest, mode) {
  if (mode != null) validateInteger(mode, 'mode', 0, 7);
  return call('copyFile', [vpath(src, 'src'), vpath(dest, 'dest'), mode || 0]);
}

async function truncate(path, len = 0) {
  validateInteger(len, 'len');
  return call('truncate', [vpath(path), Math.max(0, len)]);
}

const ids = (uid, gid) => {
  validateInteger(uid, 'uid', -1, 4294967295);
  validateInteger(gid, 'gid', -1, 4294967295);
  return [uid, gid];
};
const times = (a, m) => [toUnixTimestamp(a, 'atime'), toUnixTimestamp(m, 'mtime')];
const encoded = (o) => (s) => encode(s, getOptions(o).encoding);

module.exports = {
  access,
  appendFile,
  chmod: async (path, mode) => call('chmod', [vpath(path), parseFileMode(mode, 'mode')]),
  chown: async (path, uid, gid) => call('chown', [vpath(path), ...ids(uid, gid)]),
  copyFile,
  cp: (src, dest, options) => require('internal/fs/cp').cpPromise(src, dest, options),
  // lchmod exists only on macOS; elsewhere node rejects as here.
  lchmod: async () => { throw new ERR_METHOD_NOT_IMPLEMENTED('lchmod()'); },
  lchown: async (path, uid, gid) => call('lchown', [vpath(path), ...ids(uid, gid)]),
  link: async (a, b) => call('link', [vpath(a, 'existingPath'), vpath(b, 'newPath')]),
  lstat: statWith('lstat'),
  lutimes: async (path, a, m) => call('lutimes', [vpath(path), ...times(a, m)]),
  mkdir,
  mkdtemp: async (prefix, options) => {
    const map = encoded(options);
    const p = vpath(prefix, 'prefix');
    u.warnOnNonPortableTemplate(p);
    return call('mkdtemp', [p], map);
  },
  open,
  opendir: (path, options) => require('internal/fs/dir').opendirPromise(path, options),
  readFile,
  readdir,
  readlink: async (path, options) => call('readlink', [vpath(path)], encoded(options)),
  realpath: async (path, options) => call('realpath', [vpath(path), true], encoded(options)),
  rename: async (a, b) => call('rename', [vpath(a, 'oldPath'), vpath(b, 'newPath')]),
  rm,
  rmdir,
  stat: statWith('stat'),
  statfs: async (path, options) => call('statfs', [vpath(path)], (a) => u.getStatFs(a, !!(options && options.bigint))),
  symlink: async (target, path) => call('symlink', [vpath(target, 'target'), vpath(path)]),
  truncate,
  unlink: async (path) => call('unlink', [vpath(path)]),
  utimes: async (path, a, m) => call('utimes', [vpath(path), ...times(a, m)]),
  watch: (filename, options) => require('internal/fs/watchers').watchPromise(filename, options),
  writeFile,
  constants: u.constants,
};

// internal/fs/streams recognises a FileHandle passed as options.fd.
Object.defineProperty(module.exports, Symbol.for('gorun.fs.internals'), { value: { FileHandle, kRef, kUnref } });
