// node:internal/fs/streams — fs.ReadStream and fs.WriteStream, built on
// stream.Readable/Writable and the callback forms of fs (or the `fs`
// option's replacements, or a FileHandle), so every read and write runs
// on the worker pool. Like node's they are plain functions, so the
// old-style `ReadStream.call(obj, path)` and calls without `new` work.
'use strict';

const { Buffer } = require('buffer');
const { FastBuffer } = require('internal/buffer');
const {
  codes: {
    ERR_INVALID_ARG_TYPE, ERR_METHOD_NOT_IMPLEMENTED, ERR_OUT_OF_RANGE, ERR_STREAM_DESTROYED,
  },
} = require('internal/errors');
const {
  validateAbortSignal, validateBoolean, validateFunction, validateInteger,
} = require('internal/validators');
const u = require('internal/fs/utils');

const { Readable, Writable, finished } = require('stream');
const { errorOrDestroy } = require('internal/streams/destroy');
const { byteLength } = require('internal/streams/fastpath');
const { deprecate } = require('util');

const kFs = Symbol('kFs');
const kHandle = Symbol('kHandle');
const kIsPerformingIO = Symbol('kIsPerformingIO');
const kIoDone = Symbol('kIoDone');
// The stream's own completion callbacks for fs's read and write, made once
// per stream rather than once per chunk: on goja a closure costs about as
// much as the rest of a chunk's bookkeeping in this file.
const kReadDone = Symbol('kReadDone');
const kWriteDone = Symbol('kWriteDone');
// The write in flight (one at a time, as Writable guarantees): its data,
// bytes left, position and callback, for kWriteDone. One object per
// stream, refilled by each _write.
const kWriteReq = Symbol('kWriteReq');

let fsModule;
let fsRead;
let fsWrite;
const lazyFs = () => {
  if (!fsModule) {
    fsModule = require('fs');
    fsRead = fsModule.read;
    fsWrite = fsModule.write;
  }
  return fsModule;
};

const fhInternals = () => require('fs/promises')[Symbol.for('gorun.fs.internals')];

function isFileHandle(v) {
  return v !== null && typeof v === 'object' && v instanceof fhInternals().FileHandle;
}

// fileHandleOps lets a stream drive a FileHandle through the same
// callback interface as fs: node's FileHandleOperations.
function fileHandleOps(handle) {
  return {
    open() { throw new ERR_METHOD_NOT_IMPLEMENTED('open()'); },
    close(fd, cb) {
      // Drop the stream's reference, then close: the handle's own close()
      // may already be waiting for this.
      handle[fhInternals().kUnref]();
      handle.close().then(() => cb(), cb);
    },
    read(fd, buf, offset, length, pos, cb) {
      handle.read(buf, offset, length, pos).then((r) => cb(null, r.bytesRead, r.buffer), (err) => cb(err, 0, buf));
    },
    write(fd, buf, offset, length, pos, cb) {
      handle.write(buf, offset, length, pos).then((r) => cb(null, r.bytesWritten, r.buffer), (err) => cb(err, 0, buf));
    },
    writev(fd, buffers, pos, cb) {
      handle.writev(buffers, pos).then((r) => cb(null, r.bytesWritten, r.buffers), (err) => cb(err, 0, buffers));
    },
    fsync(fd, cb) { handle.sync().then(() => cb(), cb); },
  };
}

// importFd takes options.fd: a raw descriptor (used as is, with the
// custom fs if any) or a FileHandle (whose 'close' closes the stream).
function importFd(stream, options) {
  if (typeof options.fd === 'number') {
    stream[kFs] = options.fs || lazyFs();
    return options.fd;
  }
  if (isFileHandle(options.fd)) {
    if (options.fs) throw new ERR_METHOD_NOT_IMPLEMENTED('FileHandle with fs');
    stream[kHandle] = options.fd;
    stream[kFs] = fileHandleOps(options.fd);
    options.fd[fhInternals().kRef]();
    options.fd.on('close', () => stream.close());
    return options.fd.fd;
  }
  throw new ERR_INVALID_ARG_TYPE('options.fd', ['number', 'FileHandle'], options.fd);
}

// setup is what both constructors share: the file (path or fd), the fs
// operations, autoClose and start.
function setup(stream, path, options, defaultFlags) {
  if (options.fd == null) {
    stream.fd = null;
    stream[kFs] = options.fs || lazyFs();
    validateFunction(stream[kFs].open, 'options.fs.open');
    // A file: URL becomes its path; a Buffer path stays a Buffer, as in node.
    stream.path = path !== null && typeof path === 'object' && !(path instanceof Uint8Array) ?
      u.getValidatedPath(path) : path;
    stream.flags = options.flags === undefined ? defaultFlags : options.flags;
    stream.mode = options.mode === undefined ? 0o666 : options.mode;
    u.getValidatedPath(stream.path);
  } else {
    stream.fd = u.getValidatedFd(importFd(stream, options));
  }
  options.autoDestroy = options.autoClose === undefined ? true : options.autoClose;
  stream.start = options.start;
  stream.pos = undefined;
  stream[kIsPerformingIO] = false;
  if (stream.start !== undefined) {
    validateInteger(stream.start, 'start', 0);
    stream.pos = stream.start;
  }
}

// copyOptions is node's copyObject(getOptions(options)): a string is the
// encoding, and inherited properties count ({ __proto__: { start: 1 } }).
function copyOptions(options) {
  if (options == null || typeof options === 'function') return {};
  if (typeof options === 'string') options = { encoding: options };
  else if (typeof options !== 'object') throw new ERR_INVALID_ARG_TYPE('options', ['string', 'object'], options);
  const o = {};
  for (const key in options) o[key] = options[key];
  if (o.encoding !== 'buffer') u.assertEncoding(o.encoding);
  if (o.signal !== undefined) validateAbortSignal(o.signal, 'options.signal');
  return o;
}

// construct opens the file (unless an fd was given), then emits 'open'
// and 'ready'. A monkey-patched stream.open() is still honoured, as in
// node, by waiting for the 'open' or 'error' it emits.
function construct(callback) {
  const stream = this;
  if (typeof stream.fd === 'number') {
    callback();
    return;
  }
  if (stream.open !== openWriteFs && stream.open !== openReadFs) {
    const orgEmit = stream.emit;
    stream.emit = function (...args) {
      if (args[0] === 'open') {
        this.emit = orgEmit;
        callback();
        Reflect.apply(orgEmit, this, args);
      } else if (args[0] === 'error') {
        this.emit = orgEmit;
        callback(args[1]);
      } else {
        Reflect.apply(orgEmit, this, args);
      }
    };
    stream.open();
    return;
  }
  stream[kFs].open(stream.path, stream.flags, stream.mode, (er, fd) => {
    if (er) {
      callback(er);
      return;
    }
    stream.fd = fd;
    callback();
    stream.emit('open', stream.fd);
    stream.emit('ready');
  });
}

// openReadFs and openWriteFs are the deprecated public open(): no-ops
// that also let construct tell a user's override apart.
const openReadFs = deprecate(() => {}, 'ReadStream.prototype.open() is deprecated', 'DEP0135');
const openWriteFs = deprecate(() => {}, 'WriteStream.prototype.open() is deprecated', 'DEP0135');

// destroyStream waits for the read or write in flight before closing the
// descriptor, so the pool never touches an fd that was reused.
function destroyStream(err, cb) {
  if (this[kIsPerformingIO]) {
    this.once(kIoDone, (er) => closeStream(this, err || er, cb));
  } else {
    closeStream(this, err, cb);
  }
}

function closeStream(stream, err, cb) {
  if (!stream.fd) {
    cb(err);
  } else if (stream.flush) {
    stream[kFs].fsync(stream.fd, (flushErr) => closeAfterSync(stream, err || flushErr, cb));
  } else {
    closeAfterSync(stream, err, cb);
  }
}

function closeAfterSync(stream, err, cb) {
  stream[kFs].close(stream.fd, (er) => cb(er || err));
  stream.fd = null;
}

// ---- ReadStream ----

function ReadStream(path, options) {
  if (!(this instanceof ReadStream)) return new ReadStream(path, options);
  options = copyOptions(options);
  if (options.highWaterMark === undefined) options.highWaterMark = 64 * 1024;
  setup(this, path, options, 'r');
  validateFunction(this[kFs].read, 'options.fs.read');
  if (options.autoDestroy) validateFunction(this[kFs].close, 'options.fs.close');
  this.end = options.end === undefined || options.end === null ? Infinity : options.end;
  this.bytesRead = 0;
  if (this.end !== Infinity) {
    validateInteger(this.end, 'end', 0);
    if (this.start !== undefined && this.start > this.end) {
      throw new ERR_OUT_OF_RANGE('start', `<= "end" (here: ${this.end})`, this.start);
    }
  }
  Reflect.apply(Readable, this, [options]);
}
Object.setPrototypeOf(ReadStream.prototype, Readable.prototype);
Object.setPrototypeOf(ReadStream, Readable);

Object.defineProperty(ReadStream.prototype, 'autoClose', {
  get() { return this._readableState.autoDestroy; },
  set(val) { this._readableState.autoDestroy = val; },
  configurable: true,
});

ReadStream.prototype.open = openReadFs;
ReadStream.prototype._construct = construct;

ReadStream.prototype._read = function (n) {
  // Math.min without the native call: end and pos are integers (or end
  // Infinity), so the comparison is the same.
  const left = this.pos !== undefined ? this.end - this.pos + 1 : this.end - this.bytesRead + 1;
  if (left < n) n = left;
  if (n <= 0) {
    this.push(null);
    return;
  }
  this[kIsPerformingIO] = true;
  if (this[kFs].read === fsRead) {
    // fs's own read (not an `fs` option, a FileHandle or a patched
    // fs.read): the binding is called directly, the arguments being
    // known good, and the pool allocates and fills the chunk (see the
    // binding's readBuffer), which is all the loop would do with it.
    const done = this[kReadDone] || (this[kReadDone] = readDoneFor(this));
    binding.readBuffer(this.fd, n, this.pos === undefined ? -1 : this.pos, done);
    return;
  }
  const buf = Buffer.allocUnsafeSlow(n);
  this[kFs].read(this.fd, buf, 0, n, this.pos, (er, bytesRead) => {
    if (!er && bytesRead > 0 && bytesRead !== n) {
      // A short read: copy out so the rest of the slab is not retained.
      const dst = Buffer.allocUnsafeSlow(bytesRead);
      buf.copy(dst, 0, 0, bytesRead);
      onRead(this, er, bytesRead, dst);
    } else {
      onRead(this, er, bytesRead, buf);
    }
  });
};

// readDoneFor makes a stream's callback for the binding's readBuffer. It
// is a function of its own so that _read, which has no closure, needs no
// scope object of its own on each call.
function readDoneFor(stream) {
  return function (er, ab) {
    if (ab) onRead(stream, er, ab.byteLength, new FastBuffer(ab));
    else onRead(stream, er, 0, null);
  };
}

// onRead finishes one _read: chunk holds exactly bytesRead bytes.
function onRead(stream, er, bytesRead, chunk) {
  stream[kIsPerformingIO] = false;
  // The state's flag rather than the `destroyed` getter, which is a native
  // round trip on goja; they are the same value.
  if (stream._readableState.destroyed) {
    // _destroy waits for this to close the descriptor.
    stream.emit(kIoDone, er);
    return;
  }
  if (er) {
    // Without autoClose the stream reports the error but stays open.
    errorOrDestroy(stream, er);
  } else if (bytesRead > 0) {
    if (stream.pos !== undefined) stream.pos += bytesRead;
    stream.bytesRead += bytesRead;
    stream.push(chunk);
  } else {
    stream.push(null);
  }
}

ReadStream.prototype._destroy = destroyStream;

ReadStream.prototype.close = function (cb) {
  if (typeof cb === 'function') finished(this, {}, cb);
  this.destroy();
};

Object.defineProperty(ReadStream.prototype, 'pending', {
  get() { return this.fd === null; },
  configurable: true,
});

// ---- WriteStream ----

function WriteStream(path, options) {
  if (!(this instanceof WriteStream)) return new WriteStream(path, options);
  options = copyOptions(options);
  // Strings are encoded before _write: the file gets bytes.
  options.decodeStrings = true;
  setup(this, path, options, 'w');
  const ops = this[kFs];
  if (!ops.write && !ops.writev) {
    throw new ERR_INVALID_ARG_TYPE('options.fs.write', 'function', ops.write);
  }
  if (ops.write) validateFunction(ops.write, 'options.fs.write');
  if (ops.writev) validateFunction(ops.writev, 'options.fs.writev');
  if (options.autoDestroy) validateFunction(ops.close, 'options.fs.close');
  if (options.flush == null) {
    this.flush = false;
  } else {
    validateBoolean(options.flush, 'options.flush');
    this.flush = options.flush;
    if (this.flush) validateFunction(ops.fsync, 'options.fs.fsync');
  }
  // Overriding either of write/writev is enough; the other is not used.
  if (!ops.write) this._write = null;
  if (!ops.writev) this._writev = null;
  this.bytesWritten = 0;
  Reflect.apply(Writable, this, [options]);
  if (options.encoding) this.setDefaultEncoding(options.encoding);
}
Object.setPrototypeOf(WriteStream.prototype, Writable.prototype);
Object.setPrototypeOf(WriteStream, Writable);

Object.defineProperty(WriteStream.prototype, 'autoClose', {
  get() { return this._writableState.autoDestroy; },
  set(val) { this._writableState.autoDestroy = val; },
  configurable: true,
});

WriteStream.prototype.open = openWriteFs;
WriteStream.prototype._construct = construct;

// writeAll writes req.data (req.size bytes) at req.pos, retrying short
// writes, then calls req.cb. With fs's own write (not an `fs` option, a
// FileHandle or a monkey-patched fs.write) it calls the binding directly:
// the arguments are known good, and skipping fs's validation is most of
// the per-chunk cost of a stream copy. ReadStream's _read does the same.
function writeAll(stream, req) {
  const ops = stream[kFs];
  const done = stream[kWriteDone] || (stream[kWriteDone] = writeDoneFor(stream));
  if (ops.write === fsWrite) {
    binding.write(stream.fd, req.data, 0, req.size, req.pos == null ? -1 : req.pos, done);
  } else {
    ops.write(stream.fd, req.data, 0, req.size, req.pos, done);
  }
}

// writeDoneFor makes a stream's callback for its writes (see readDoneFor).
function writeDoneFor(stream) {
  return function (er, bytesWritten, buffer) {
    afterWriteAll(stream, er, bytesWritten, buffer);
  };
}

function afterWriteAll(stream, er, bytesWritten, buffer) {
  const req = stream[kWriteReq];
  if (er && er.code === 'EAGAIN') {
    er = null;
    bytesWritten = 0;
  }
  if (stream._writableState.destroyed || er) {
    writeDone(stream, req, er || new ERR_STREAM_DESTROYED('write'));
    return;
  }
  stream.bytesWritten += bytesWritten;
  req.retries = bytesWritten ? 0 : req.retries + 1;
  req.size -= bytesWritten;
  if (req.pos !== undefined && req.pos !== null) req.pos += bytesWritten;
  if (req.retries > 5) {
    writeDone(stream, req, new Error('write failed'));
  } else if (req.size) {
    // The binding calls back without the buffer; fs.write (an `fs`
    // option's too) with the one it wrote.
    req.data = (buffer === undefined ? req.data : buffer).slice(bytesWritten);
    writeAll(stream, req);
  } else {
    writeDone(stream, req, undefined);
  }
}

// writeDone ends the write in flight: the stream's _write callback, after
// which a destroyed stream's _destroy may close the descriptor.
function writeDone(stream, req, er) {
  stream[kIsPerformingIO] = false;
  const cb = req.cb;
  // The chunk is let go at once (cb may start the next write, which
  // refills req); cb stays, so a custom fs.write that calls back twice
  // still reaches Writable's multiple-callback check, as in node.
  req.data = null;
  if (stream._writableState.destroyed) {
    cb(er);
    stream.emit(kIoDone, er);
    return;
  }
  cb(er);
}

function writevAll(chunks, size, pos, cb, retries = 0) {
  this[kFs].writev(this.fd, chunks, pos, (er, bytesWritten, buffers) => {
    if (er && er.code === 'EAGAIN') {
      er = null;
      bytesWritten = 0;
    }
    if (this.destroyed || er) return cb(er || new ERR_STREAM_DESTROYED('write'));
    this.bytesWritten += bytesWritten;
    retries = bytesWritten ? 0 : retries + 1;
    size -= bytesWritten;
    pos = pos === undefined || pos === null ? pos : pos + bytesWritten;
    if (retries > 5) {
      cb(new Error('writev failed'));
    } else if (size) {
      writevAll.call(this, [Buffer.concat(buffers).slice(bytesWritten)], size, pos, cb, retries);
    } else {
      cb();
    }
  });
}

WriteStream.prototype._write = function (data, encoding, cb) {
  const size = byteLength(data);
  this[kIsPerformingIO] = true;
  let req = this[kWriteReq];
  if (req === undefined) {
    req = this[kWriteReq] = { data, size, pos: this.pos, cb, retries: 0 };
  } else {
    req.data = data;
    req.size = size;
    req.pos = this.pos;
    req.cb = cb;
    req.retries = 0;
  }
  writeAll(this, req);
  if (this.pos !== undefined) this.pos += size;
};

WriteStream.prototype._writev = function (data, cb) {
  const len = data.length;
  const chunks = new Array(len);
  let size = 0;
  for (let i = 0; i < len; i++) {
    const chunk = data[i].chunk;
    chunks[i] = chunk;
    size += chunk.length;
  }
  this[kIsPerformingIO] = true;
  writevAll.call(this, chunks, size, this.pos, (er) => {
    this[kIsPerformingIO] = false;
    if (this.destroyed) {
      cb(er);
      return this.emit(kIoDone, er);
    }
    cb(er);
  });
  if (this.pos !== undefined) this.pos += size;
};

WriteStream.prototype._destroy = destroyStream;

WriteStream.prototype.close = function (cb) {
  if (cb) {
    if (this.closed) {
      process.nextTick(cb);
      return;
    }
    this.on('close', cb);
  }
  // Without autoClose the descriptor is closed once everything is written.
  if (!this.autoClose) this.on('finish', this.destroy);
  // end(), not destroy(): queued writes still reach the file
  // (nodejs/node#2006).
  this.end();
};

// destroySoon is the old name of end().
WriteStream.prototype.destroySoon = WriteStream.prototype.end;

Object.defineProperty(WriteStream.prototype, 'pending', {
  get() { return this.fd === null; },
  configurable: true,
});

module.exports = { ReadStream, WriteStream };
