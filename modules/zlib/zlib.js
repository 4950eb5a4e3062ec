'use strict';
// node:zlib. The classes are Transform streams over a Go handle (binding
// newHandle) whose writeSync/write run one chunk through the codec, inline
// or on the worker pool. The convenience functions go straight to a
// handle, without a stream, unless `info` asks for the engine.

const { Buffer, kMaxLength } = require('buffer');
const {
  codes: {
    ERR_BROTLI_INVALID_PARAM,
    ERR_BUFFER_TOO_LARGE,
    ERR_INTERNAL_ASSERTION,
    ERR_INVALID_ARG_TYPE,
    ERR_OUT_OF_RANGE,
    ERR_ZLIB_INITIALIZATION_FAILED,
  },
  genericNodeError,
  validateFunction,
  validateUint32,
  validateFiniteNumber,
  checkRangesOrGetDefault,
} = require('internal/errors');
const { isArrayBufferView, isAnyArrayBuffer, isUint8Array } = require('util').types;

// Read-only properties on an extensible object, as Node's binding makes it.
const constants = readOnly({
  __proto__: null,
  Z_NO_FLUSH: 0, Z_PARTIAL_FLUSH: 1, Z_SYNC_FLUSH: 2, Z_FULL_FLUSH: 3, Z_FINISH: 4, Z_BLOCK: 5,
  Z_OK: 0, Z_STREAM_END: 1, Z_NEED_DICT: 2, Z_ERRNO: -1, Z_STREAM_ERROR: -2, Z_DATA_ERROR: -3,
  Z_MEM_ERROR: -4, Z_BUF_ERROR: -5, Z_VERSION_ERROR: -6,
  Z_NO_COMPRESSION: 0, Z_BEST_SPEED: 1, Z_BEST_COMPRESSION: 9, Z_DEFAULT_COMPRESSION: -1,
  Z_FILTERED: 1, Z_HUFFMAN_ONLY: 2, Z_RLE: 3, Z_FIXED: 4, Z_DEFAULT_STRATEGY: 0, ZLIB_VERNUM: 4880,
  DEFLATE: 1, INFLATE: 2, GZIP: 3, GUNZIP: 4, DEFLATERAW: 5, INFLATERAW: 6, UNZIP: 7,
  BROTLI_DECODE: 8, BROTLI_ENCODE: 9,
  Z_MIN_WINDOWBITS: 8, Z_MAX_WINDOWBITS: 15, Z_DEFAULT_WINDOWBITS: 15,
  Z_MIN_CHUNK: 64, Z_MAX_CHUNK: Infinity, Z_DEFAULT_CHUNK: 16384,
  Z_MIN_MEMLEVEL: 1, Z_MAX_MEMLEVEL: 9, Z_DEFAULT_MEMLEVEL: 8,
  Z_MIN_LEVEL: -1, Z_MAX_LEVEL: 9, Z_DEFAULT_LEVEL: -1,
  BROTLI_OPERATION_PROCESS: 0, BROTLI_OPERATION_FLUSH: 1, BROTLI_OPERATION_FINISH: 2,
  BROTLI_OPERATION_EMIT_METADATA: 3,
  BROTLI_PARAM_MODE: 0, BROTLI_MODE_GENERIC: 0, BROTLI_MODE_TEXT: 1, BROTLI_MODE_FONT: 2,
  BROTLI_DEFAULT_MODE: 0, BROTLI_PARAM_QUALITY: 1, BROTLI_MIN_QUALITY: 0, BROTLI_MAX_QUALITY: 11,
  BROTLI_DEFAULT_QUALITY: 11, BROTLI_PARAM_LGWIN: 2, BROTLI_MIN_WINDOW_BITS: 10,
  BROTLI_MAX_WINDOW_BITS: 24, BROTLI_LARGE_MAX_WINDOW_BITS: 30, BROTLI_DEFAULT_WINDOW: 22,
  BROTLI_PARAM_LGBLOCK: 3, BROTLI_MIN_INPUT_BLOCK_BITS: 16, BROTLI_MAX_INPUT_BLOCK_BITS: 24,
  BROTLI_PARAM_DISABLE_LITERAL_CONTEXT_MODELING: 4, BROTLI_PARAM_SIZE_HINT: 5,
  BROTLI_PARAM_LARGE_WINDOW: 6, BROTLI_PARAM_NPOSTFIX: 7, BROTLI_PARAM_NDIRECT: 8,
  BROTLI_DECODER_RESULT_ERROR: 0, BROTLI_DECODER_RESULT_SUCCESS: 1,
  BROTLI_DECODER_RESULT_NEEDS_MORE_INPUT: 2, BROTLI_DECODER_RESULT_NEEDS_MORE_OUTPUT: 3,
  BROTLI_DECODER_PARAM_DISABLE_RING_BUFFER_REALLOCATION: 0, BROTLI_DECODER_PARAM_LARGE_WINDOW: 1,
  BROTLI_DECODER_NO_ERROR: 0, BROTLI_DECODER_SUCCESS: 1, BROTLI_DECODER_NEEDS_MORE_INPUT: 2,
  BROTLI_DECODER_NEEDS_MORE_OUTPUT: 3,
  BROTLI_DECODER_ERROR_FORMAT_EXUBERANT_NIBBLE: -1, BROTLI_DECODER_ERROR_FORMAT_RESERVED: -2,
  BROTLI_DECODER_ERROR_FORMAT_EXUBERANT_META_NIBBLE: -3,
  BROTLI_DECODER_ERROR_FORMAT_SIMPLE_HUFFMAN_ALPHABET: -4,
  BROTLI_DECODER_ERROR_FORMAT_SIMPLE_HUFFMAN_SAME: -5, BROTLI_DECODER_ERROR_FORMAT_CL_SPACE: -6,
  BROTLI_DECODER_ERROR_FORMAT_HUFFMAN_SPACE: -7,
  BROTLI_DECODER_ERROR_FORMAT_CONTEXT_MAP_REPEAT: -8,
  BROTLI_DECODER_ERROR_FORMAT_BLOCK_LENGTH_1: -9, BROTLI_DECODER_ERROR_FORMAT_BLOCK_LENGTH_2: -10,
  BROTLI_DECODER_ERROR_FORMAT_TRANSFORM: -11, BROTLI_DECODER_ERROR_FORMAT_DICTIONARY: -12,
  BROTLI_DECODER_ERROR_FORMAT_WINDOW_BITS: -13, BROTLI_DECODER_ERROR_FORMAT_PADDING_1: -14,
  BROTLI_DECODER_ERROR_FORMAT_PADDING_2: -15, BROTLI_DECODER_ERROR_FORMAT_DISTANCE: -16,
  BROTLI_DECODER_ERROR_DICTIONARY_NOT_SET: -19, BROTLI_DECODER_ERROR_INVALID_ARGUMENTS: -20,
  BROTLI_DECODER_ERROR_ALLOC_CONTEXT_MODES: -21, BROTLI_DECODER_ERROR_ALLOC_TREE_GROUPS: -22,
  BROTLI_DECODER_ERROR_ALLOC_CONTEXT_MAP: -25, BROTLI_DECODER_ERROR_ALLOC_RING_BUFFER_1: -26,
  BROTLI_DECODER_ERROR_ALLOC_RING_BUFFER_2: -27,
  BROTLI_DECODER_ERROR_ALLOC_BLOCK_TYPE_TREES: -30, BROTLI_DECODER_ERROR_UNREACHABLE: -31,
});

function readOnly(o) {
  for (const k of Object.keys(o)) {
    Object.defineProperty(o, k, { __proto__: null, writable: false, configurable: false });
  }
  return o;
}

const {
  Z_NO_FLUSH, Z_BLOCK, Z_PARTIAL_FLUSH, Z_SYNC_FLUSH, Z_FULL_FLUSH, Z_FINISH,
  Z_MIN_CHUNK, Z_MIN_WINDOWBITS, Z_MAX_WINDOWBITS, Z_MIN_LEVEL, Z_MAX_LEVEL,
  Z_MIN_MEMLEVEL, Z_MAX_MEMLEVEL, Z_DEFAULT_CHUNK, Z_DEFAULT_COMPRESSION,
  Z_DEFAULT_STRATEGY, Z_FIXED, Z_DEFAULT_WINDOWBITS, Z_DEFAULT_MEMLEVEL,
  DEFLATE, INFLATE, GZIP, GUNZIP, DEFLATERAW, INFLATERAW, UNZIP, BROTLI_DECODE, BROTLI_ENCODE,
  BROTLI_OPERATION_PROCESS, BROTLI_OPERATION_FLUSH, BROTLI_OPERATION_FINISH,
  BROTLI_OPERATION_EMIT_METADATA,
} = constants;

// codes maps both ways between zlib's return codes and their names.
const codes = {
  Z_OK: constants.Z_OK,
  Z_STREAM_END: constants.Z_STREAM_END,
  Z_NEED_DICT: constants.Z_NEED_DICT,
  Z_ERRNO: constants.Z_ERRNO,
  Z_STREAM_ERROR: constants.Z_STREAM_ERROR,
  Z_DATA_ERROR: constants.Z_DATA_ERROR,
  Z_MEM_ERROR: constants.Z_MEM_ERROR,
  Z_BUF_ERROR: constants.Z_BUF_ERROR,
  Z_VERSION_ERROR: constants.Z_VERSION_ERROR,
};
for (const name of Object.keys(codes)) codes[codes[name]] = name;

// How much a flush kind flushes, so that the last chunk gets at least the
// finish flush (zlib's numbering; brotli's operations map onto it).
const flushiness = [];
[Z_NO_FLUSH, Z_BLOCK, Z_PARTIAL_FLUSH, Z_SYNC_FLUSH, Z_FULL_FLUSH, Z_FINISH]
  .forEach((kind, i) => { flushiness[kind] = i; });
function maxFlush(a, b) { return flushiness[a] > flushiness[b] ? a : b; }

// A zero-length chunk written through the stream carries a flush request.
const kFlushFlag = Symbol('kFlushFlag');
const kError = Symbol('kError');
const kFlushBuffers = [];
for (const kind of [Z_NO_FLUSH, Z_PARTIAL_FLUSH, Z_SYNC_FLUSH, Z_FULL_FLUSH, Z_FINISH, Z_BLOCK]) {
  kFlushBuffers[kind] = Buffer.alloc(0);
  kFlushBuffers[kind][kFlushFlag] = kind;
}

const FLUSH_BOUND = [[Z_NO_FLUSH, Z_BLOCK], [BROTLI_OPERATION_PROCESS, BROTLI_OPERATION_EMIT_METADATA]];
const zlibDefaultOpts = { flush: Z_NO_FLUSH, finishFlush: Z_FINISH, fullFlush: Z_FULL_FLUSH };
const brotliDefaultOpts = {
  flush: BROTLI_OPERATION_PROCESS, finishFlush: BROTLI_OPERATION_FINISH, fullFlush: BROTLI_OPERATION_FLUSH,
};

function zlibError(info) {
  const err = genericNodeError(info.message, { errno: info.errno, code: info.code });
  err.errno = info.errno;
  err.code = info.code;
  return err;
}

// Settings are validated as Node validates them, before any stream exists,
// so that the handle-only convenience path throws the same errors.
function commonSettings(opts, mode, defaults) {
  let chunkSize = Z_DEFAULT_CHUNK;
  let maxOutputLength = kMaxLength;
  let { flush, finishFlush } = defaults;
  const bound = FLUSH_BOUND[mode === BROTLI_ENCODE || mode === BROTLI_DECODE ? 1 : 0];
  if (opts) {
    chunkSize = opts.chunkSize;
    if (!validateFiniteNumber(chunkSize, 'options.chunkSize')) {
      chunkSize = Z_DEFAULT_CHUNK;
    } else if (chunkSize < Z_MIN_CHUNK) {
      throw new ERR_OUT_OF_RANGE('options.chunkSize', `>= ${Z_MIN_CHUNK}`, chunkSize);
    }
    flush = checkRangesOrGetDefault(opts.flush, 'options.flush', bound[0], bound[1], flush);
    finishFlush = checkRangesOrGetDefault(opts.finishFlush, 'options.finishFlush', bound[0], bound[1], finishFlush);
    maxOutputLength = checkRangesOrGetDefault(opts.maxOutputLength, 'options.maxOutputLength', 1, kMaxLength, kMaxLength);
  }
  return {
    chunkSize, maxOutputLength, flush, finishFlush, fullFlush: defaults.fullFlush,
    info: Boolean(opts && opts.info),
  };
}

function zlibSettings(opts, mode) {
  let windowBits = Z_DEFAULT_WINDOWBITS;
  let level = Z_DEFAULT_COMPRESSION;
  let memLevel = Z_DEFAULT_MEMLEVEL;
  let strategy = Z_DEFAULT_STRATEGY;
  let dictionary;
  if (opts) {
    // On the decompression side 0 means "the window size of the header".
    if ((opts.windowBits == null || opts.windowBits === 0) &&
        (mode === INFLATE || mode === GUNZIP || mode === UNZIP)) {
      windowBits = 0;
    } else {
      // `{ windowBits: 8 }` is valid for deflate but not gzip.
      const min = Z_MIN_WINDOWBITS + (mode === GZIP ? 1 : 0);
      windowBits = checkRangesOrGetDefault(opts.windowBits, 'options.windowBits', min, Z_MAX_WINDOWBITS, Z_DEFAULT_WINDOWBITS);
    }
    level = checkRangesOrGetDefault(opts.level, 'options.level', Z_MIN_LEVEL, Z_MAX_LEVEL, Z_DEFAULT_COMPRESSION);
    memLevel = checkRangesOrGetDefault(opts.memLevel, 'options.memLevel', Z_MIN_MEMLEVEL, Z_MAX_MEMLEVEL, Z_DEFAULT_MEMLEVEL);
    strategy = checkRangesOrGetDefault(opts.strategy, 'options.strategy', Z_DEFAULT_STRATEGY, Z_FIXED, Z_DEFAULT_STRATEGY);
    dictionary = opts.dictionary;
    if (dictionary !== undefined && !isArrayBufferView(dictionary)) {
      if (isAnyArrayBuffer(dictionary)) {
        dictionary = Buffer.from(dictionary);
      } else {
        throw new ERR_INVALID_ARG_TYPE('options.dictionary', ['Buffer', 'TypedArray', 'DataView', 'ArrayBuffer'], dictionary);
      }
    }
  }
  const handle = binding.newHandle(mode, level, windowBits, memLevel, strategy, dictionary);
  if (!isHandle(handle)) throw new ERR_ZLIB_INITIALIZATION_FAILED();
  const settings = commonSettings(opts, mode, zlibDefaultOpts);
  settings.handle = handle;
  settings.level = level;
  settings.strategy = strategy;
  return settings;
}

const kMaxBrotliParam = 8;
// What the brotli library's SetParameter refuses, which Node reports as
// ERR_ZLIB_INITIALIZATION_FAILED: non-boolean values of boolean flags, and
// encoder keys given to the decoder.
function brotliParamRefused(mode, key, value) {
  const isBool = value === 0 || value === 1;
  if (mode === BROTLI_DECODE) return key > 1 || !isBool;
  if (key === constants.BROTLI_PARAM_DISABLE_LITERAL_CONTEXT_MODELING ||
      key === constants.BROTLI_PARAM_LARGE_WINDOW) return !isBool;
  return false;
}

function brotliSettings(opts, mode) {
  const params = { __proto__: null };
  let refused = false;
  if (opts && opts.params) {
    for (const origKey of Object.keys(opts.params)) {
      const key = +origKey;
      if (Number.isNaN(key) || key < 0 || key > kMaxBrotliParam || key in params) {
        throw new ERR_BROTLI_INVALID_PARAM(origKey);
      }
      const value = opts.params[origKey];
      if (typeof value !== 'number' && typeof value !== 'boolean') {
        throw new ERR_INVALID_ARG_TYPE('options.params[key]', 'number', opts.params[origKey]);
      }
      // Node stores the values in a Uint32Array.
      params[key] = (+value) >>> 0;
      if (brotliParamRefused(mode, key, params[key])) refused = true;
    }
  }
  if (refused) throw new ERR_ZLIB_INITIALIZATION_FAILED();
  const goParams = {};
  for (const k of Object.keys(params)) goParams[k] = params[k];
  const handle = binding.newHandle(mode, 0, 0, 0, 0, undefined, goParams);
  if (!isHandle(handle)) throw new ERR_ZLIB_INITIALIZATION_FAILED();
  const settings = commonSettings(opts, mode, brotliDefaultOpts);
  settings.handle = handle;
  return settings;
}

function isHandle(h) { return h !== null && typeof h === 'object' && typeof h.writeSync === 'function'; }

function settingsFor(opts, mode) {
  return mode === BROTLI_ENCODE || mode === BROTLI_DECODE ? brotliSettings(opts, mode) : zlibSettings(opts, mode);
}

// ---- the stream classes ------------------------------------------------

let Transform;
let finished;
function loadStream() {
  if (Transform === undefined) {
    const stream = require('stream');
    Transform = stream.Transform;
    finished = stream.finished;
  }
}

function ZlibBase(opts, settings) {
  loadStream();
  if (opts && (opts.encoding || opts.objectMode || opts.writableObjectMode)) {
    opts = { ...opts, encoding: null, objectMode: false, writableObjectMode: false };
  }
  Reflect.apply(Transform, this, [{ autoDestroy: true, ...opts }]);
  this[kError] = null;
  this.bytesWritten = 0;
  this._handle = settings.handle;
  this._outBuffer = null;
  this._outOffset = 0;
  this._chunkSize = settings.chunkSize;
  this._defaultFlushFlag = settings.flush;
  this._finishFlushFlag = settings.finishFlush;
  this._defaultFullFlushFlag = settings.fullFlush;
  this._info = opts && opts.info;
  this._maxOutputLength = settings.maxOutputLength;
}

function defineBase() {
  loadStream();
  Object.setPrototypeOf(ZlibBase.prototype, Transform.prototype);
  Object.setPrototypeOf(ZlibBase, Transform);
}

Object.defineProperty(ZlibBase.prototype, '_closed', {
  __proto__: null, configurable: true, enumerable: true,
  get() { return !this._handle; },
});

let bytesReadWarned = false;
Object.defineProperty(ZlibBase.prototype, 'bytesRead', {
  __proto__: null, configurable: true, enumerable: true,
  get() {
    if (!bytesReadWarned) {
      bytesReadWarned = true;
      process.emitWarning('zlib.bytesRead is deprecated and will change its meaning in the future. Use zlib.bytesWritten instead.', 'DeprecationWarning', 'DEP0108');
    }
    return this.bytesWritten;
  },
  set(value) { this.bytesWritten = value; },
});

ZlibBase.prototype.reset = function reset() {
  if (!this._handle) throw new ERR_INTERNAL_ASSERTION('zlib binding closed');
  const r = this._handle.reset();
  if (r) throw zlibError(r);
};

ZlibBase.prototype._flush = function _flush(callback) {
  processChunk(this, Buffer.alloc(0), maxFlush(this._defaultFlushFlag, this._finishFlushFlag), callback, true);
};

ZlibBase.prototype._final = function _final(callback) {
  callback();
};

ZlibBase.prototype.flush = function flush(kind, callback) {
  if (typeof kind === 'function' || (kind === undefined && !callback)) {
    callback = kind;
    kind = this._defaultFullFlushFlag;
  }
  if (this.writableFinished) {
    if (callback) process.nextTick(callback);
  } else if (this.writableEnded) {
    if (callback) this.once('end', callback);
  } else {
    this.write(kFlushBuffers[kind], '', callback);
  }
};

ZlibBase.prototype.close = function close(callback) {
  if (callback) finished(this, callback);
  this.destroy();
};

ZlibBase.prototype._destroy = function _destroy(err, callback) {
  closeEngine(this);
  callback(err);
};

ZlibBase.prototype._transform = function _transform(chunk, encoding, cb) {
  let flushFlag = this._defaultFlushFlag;
  if (typeof chunk[kFlushFlag] === 'number') flushFlag = chunk[kFlushFlag];
  // The last chunk also gets the finish flush.
  const last = this.writableEnded && this.writableLength === chunk.byteLength;
  if (last) flushFlag = maxFlush(flushFlag, this._finishFlushFlag);
  processChunk(this, chunk, flushFlag, cb, last);
};

ZlibBase.prototype._processChunk = function _processChunk(chunk, flushFlag, cb) {
  // Kept for packages written against Node's internals.
  if (typeof cb === 'function') processChunk(this, chunk, flushFlag, cb);
  else return processChunkSync(this, chunk, flushFlag);
};

function closeEngine(engine) {
  if (engine._handle) engine._handle.close();
  engine._handle = null;
}

function onEngineError(engine, info) {
  const err = zlibError(info);
  engine.destroy(err);
  engine[kError] = err;
  return err;
}

function processChunkSync(self, chunk, flushFlag) {
  const handle = self._handle;
  if (!handle) throw new ERR_INTERNAL_ASSERTION('zlib binding closed');
  const r = handle.writeSync(flushFlag, chunk);
  if (!(r instanceof ArrayBuffer)) {
    const err = onEngineError(self, r);
    closeEngine(self);
    throw err;
  }
  self.bytesWritten += chunk.byteLength - handle.availIn;
  // Node's sync path closes the engine when it is done.
  closeEngine(self);
  if (r.byteLength > self._maxOutputLength) {
    throw new ERR_BUFFER_TOO_LARGE(self._maxOutputLength);
  }
  return Buffer.from(r);
}

// What one trip to the worker pool may produce: Node's loop hands out one
// chunkSize buffer per trip; a few per trip cost fewer trips and still
// bound what a stream holds, whatever the size of the chunk written.
const kTripBytes = 64 * 1024;

function processChunk(self, chunk, flushFlag, cb, last = false) {
  const handle = self._handle;
  if (!handle) {
    process.nextTick(cb);
    return;
  }
  const size = self._chunkSize;
  const limit = size >= 2 ** 30 ? 0 : size * Math.max(1, Math.floor(kTripBytes / size));
  let availBefore = chunk.byteLength;
  // onReadable runs fn once the readable side next asks for data, the way
  // node's processCallback defers work while the buffer is full.
  const onReadable = (fn) => {
    const oldRead = self._read;
    self._read = (n) => {
      self._read = oldRead;
      fn();
      self._read(n);
    };
  };
  const onOutput = (errInfo, out, more) => {
    if (self.destroyed) {
      cb();
      return;
    }
    if (errInfo) {
      onEngineError(self, errInfo);
      return;
    }
    self.bytesWritten += availBefore - handle.availIn;
    availBefore = handle.availIn;
    // Output leaves in the pieces Node's fixed output buffer of chunkSize
    // bytes makes: a piece ends where the buffer fills or a write ends,
    // and the next write goes on filling the same buffer. The engine
    // batches several pieces per call; once the readable side is full the
    // rest waits for _read, as node would not have made them yet.
    const n = out.byteLength;
    let off = 0;
    let full = false;
    const pushPieces = () => {
      if (self.destroyed) return;
      while (off < n) {
        const len = Math.min(size - self._outOffset, n - off);
        full = !self.push(Buffer.from(out, off, len));
        off += len;
        self._outOffset += len;
        if (self._outOffset >= size) self._outOffset = 0;
        if (full && off < n) {
          onReadable(pushPieces);
          return;
        }
      }
      afterOutput(more, full);
    };
    pushPieces();
  };
  const afterOutput = (more, full) => {
    if (more) {
      // The rest of the chunk waits until the readable side wants more,
      // as Node's processCallback does.
      const next = () => {
        if (!self._handle) return;
        handle.write(flushFlag, null, last, limit, onOutput);
      };
      if (full) onReadable(next);
      else next();
      return;
    }
    // Input left over means the compressed stream has ended: so does the
    // readable side, as in Node.
    if (handle.availIn > 0) self.push(null);
    cb();
  };
  handle.write(flushFlag, chunk, last, limit, onOutput);
}

function Zlib(opts, mode) {
  const settings = zlibSettings(opts, mode);
  Reflect.apply(ZlibBase, this, [opts, settings]);
  this._level = settings.level;
  this._strategy = settings.strategy;
}

Zlib.prototype.params = function params(level, strategy, callback) {
  checkRangesOrGetDefault(level, 'level', Z_MIN_LEVEL, Z_MAX_LEVEL);
  checkRangesOrGetDefault(strategy, 'strategy', Z_DEFAULT_STRATEGY, Z_FIXED);
  if (this._level !== level || this._strategy !== strategy) {
    this.flush(Z_SYNC_FLUSH, () => {
      if (!this._handle) throw new ERR_INTERNAL_ASSERTION('zlib binding closed');
      this._handle.params(level, strategy);
      if (!this.destroyed) {
        this._level = level;
        this._strategy = strategy;
        if (callback) callback();
      }
    });
  } else {
    process.nextTick(callback);
  }
};

function Brotli(opts, mode) {
  const settings = brotliSettings(opts, mode);
  Reflect.apply(ZlibBase, this, [opts, settings]);
}

function makeClass(name, base, mode) {
  const ctor = {
    [name]: function(opts) {
      // instanceof, not new.target, as node: a subclass written as
      // `function Sub() { DeflateRaw.call(this) }` must initialise `this`.
      if (!(this instanceof ctor)) return new ctor(opts);
      Reflect.apply(base, this, [opts, mode]);
    },
  }[name];
  return ctor;
}
const Deflate = makeClass('Deflate', Zlib, DEFLATE);
const Inflate = makeClass('Inflate', Zlib, INFLATE);
const Gzip = makeClass('Gzip', Zlib, GZIP);
const Gunzip = makeClass('Gunzip', Zlib, GUNZIP);
const DeflateRaw = makeClass('DeflateRaw', Zlib, DEFLATERAW);
const InflateRaw = makeClass('InflateRaw', Zlib, INFLATERAW);
const Unzip = makeClass('Unzip', Zlib, UNZIP);
const BrotliCompress = makeClass('BrotliCompress', Brotli, BROTLI_ENCODE);
const BrotliDecompress = makeClass('BrotliDecompress', Brotli, BROTLI_DECODE);

{
  defineBase();
  Object.setPrototypeOf(Zlib.prototype, ZlibBase.prototype);
  Object.setPrototypeOf(Zlib, ZlibBase);
  Object.setPrototypeOf(Brotli.prototype, ZlibBase.prototype);
  Object.setPrototypeOf(Brotli, ZlibBase);
  for (const ctor of [Deflate, Inflate, Gzip, Gunzip, DeflateRaw, InflateRaw, Unzip]) {
    Object.setPrototypeOf(ctor.prototype, Zlib.prototype);
    Object.setPrototypeOf(ctor, Zlib);
  }
  for (const ctor of [BrotliCompress, BrotliDecompress]) {
    Object.setPrototypeOf(ctor.prototype, Brotli.prototype);
    Object.setPrototypeOf(ctor, Brotli);
  }
}

// ---- convenience functions ---------------------------------------------

function toInputSync(buffer) {
  if (typeof buffer === 'string') return Buffer.from(buffer);
  if (!isArrayBufferView(buffer)) {
    if (isAnyArrayBuffer(buffer)) return Buffer.from(buffer);
    throw new ERR_INVALID_ARG_TYPE('buffer', ['string', 'Buffer', 'TypedArray', 'DataView', 'ArrayBuffer'], buffer);
  }
  return buffer;
}

function zlibBufferSync(ctor, mode, buffer, opts) {
  if (opts && opts.info) {
    const engine = new ctor(opts);
    buffer = toInputSync(buffer);
    return { buffer: processChunkSync(engine, buffer, engine._finishFlushFlag), engine };
  }
  const settings = settingsFor(opts, mode);
  buffer = toInputSync(buffer);
  const handle = settings.handle;
  const r = handle.writeSync(settings.finishFlush, buffer);
  handle.close();
  if (!(r instanceof ArrayBuffer)) throw zlibError(r);
  if (r.byteLength > settings.maxOutputLength) throw new ERR_BUFFER_TOO_LARGE(settings.maxOutputLength);
  return Buffer.from(r);
}

// Node hands the input to a stream's end(): the same types, the same
// error for a wrong one.
function toInputAsync(buffer) {
  if (typeof buffer === 'string') return Buffer.from(buffer);
  if (isArrayBufferView(buffer)) return buffer;
  if (isAnyArrayBuffer(buffer)) return Buffer.from(buffer);
  throw new ERR_INVALID_ARG_TYPE('chunk', ['string', 'Buffer', 'TypedArray', 'DataView'], buffer);
}

function zlibBuffer(ctor, mode, buffer, opts, callback) {
  if (opts && opts.info) {
    const engine = new ctor(opts);
    validateFunction(callback, 'callback');
    return zlibBufferStream(engine, buffer, callback);
  }
  const settings = settingsFor(opts, mode);
  validateFunction(callback, 'callback');
  buffer = toInputAsync(buffer);
  const handle = settings.handle;
  // The whole input in one trip: the output is wanted whole anyway.
  handle.write(settings.finishFlush, buffer, true, 0, (errInfo, out) => {
    handle.close();
    if (errInfo) return callback(zlibError(errInfo));
    if (out.byteLength > settings.maxOutputLength) {
      return callback(new ERR_BUFFER_TOO_LARGE(settings.maxOutputLength));
    }
    callback(null, Buffer.from(out));
  });
}

// zlibBufferStream is Node's way, through the engine, for `info: true`.
function zlibBufferStream(engine, buffer, callback) {
  if (isArrayBufferView(buffer) && !isUint8Array(buffer)) {
    buffer = Buffer.from(buffer.buffer, buffer.byteOffset, buffer.byteLength);
  } else if (isAnyArrayBuffer(buffer)) {
    buffer = Buffer.from(buffer);
  }
  const chunks = [];
  let nread = 0;
  engine.on('data', (chunk) => {
    chunks.push(chunk);
    nread += chunk.length;
    if (nread > engine._maxOutputLength) {
      engine.close();
      engine.removeAllListeners('end');
      callback(new ERR_BUFFER_TOO_LARGE(engine._maxOutputLength));
    }
  });
  engine.on('error', (err) => {
    engine.removeAllListeners('end');
    callback(err);
  });
  engine.on('end', () => {
    const buf = nread === 0 ? Buffer.alloc(0) : Buffer.concat(chunks, nread);
    engine.close();
    callback(null, engine._info ? { buffer: buf, engine } : buf);
  });
  engine.end(buffer);
}

function convenience(ctor, mode, sync) {
  if (sync) {
    return function syncBufferWrapper(buffer, opts) {
      return zlibBufferSync(ctor, mode, buffer, opts);
    };
  }
  return function asyncBufferWrapper(buffer, opts, callback) {
    if (typeof opts === 'function') {
      callback = opts;
      opts = {};
    }
    return zlibBuffer(ctor, mode, buffer, opts, callback);
  };
}

function crc32(data, value = 0) {
  if (typeof data !== 'string' && !isArrayBufferView(data)) {
    throw new ERR_INVALID_ARG_TYPE('data', ['Buffer', 'TypedArray', 'DataView', 'string'], data);
  }
  validateUint32(value, 'value');
  return binding.crc32(data, value);
}

module.exports = {
  crc32,
  Deflate,
  Inflate,
  Gzip,
  Gunzip,
  DeflateRaw,
  InflateRaw,
  Unzip,
  BrotliCompress,
  BrotliDecompress,
  deflate: convenience(Deflate, DEFLATE, false),
  deflateSync: convenience(Deflate, DEFLATE, true),
  gzip: convenience(Gzip, GZIP, false),
  gzipSync: convenience(Gzip, GZIP, true),
  deflateRaw: convenience(DeflateRaw, DEFLATERAW, false),
  deflateRawSync: convenience(DeflateRaw, DEFLATERAW, true),
  unzip: convenience(Unzip, UNZIP, false),
  unzipSync: convenience(Unzip, UNZIP, true),
  inflate: convenience(Inflate, INFLATE, false),
  inflateSync: convenience(Inflate, INFLATE, true),
  gunzip: convenience(Gunzip, GUNZIP, false),
  gunzipSync: convenience(Gunzip, GUNZIP, true),
  inflateRaw: convenience(InflateRaw, INFLATERAW, false),
  inflateRawSync: convenience(InflateRaw, INFLATERAW, true),
  brotliCompress: convenience(BrotliCompress, BROTLI_ENCODE, false),
  brotliCompressSync: convenience(BrotliCompress, BROTLI_ENCODE, true),
  brotliDecompress: convenience(BrotliDecompress, BROTLI_DECODE, false),
  brotliDecompressSync: convenience(BrotliDecompress, BROTLI_DECODE, true),
};

const factories = {
  createDeflate: Deflate, createInflate: Inflate, createDeflateRaw: DeflateRaw,
  createInflateRaw: InflateRaw, createGzip: Gzip, createGunzip: Gunzip, createUnzip: Unzip,
  createBrotliCompress: BrotliCompress, createBrotliDecompress: BrotliDecompress,
};
for (const name of Object.keys(factories)) {
  const ctor = factories[name];
  module.exports[name] = { [name](options) { return new ctor(options); } }[name];
}

Object.defineProperties(module.exports, {
  constants: { __proto__: null, configurable: false, enumerable: true, value: constants },
  codes: { __proto__: null, enumerable: true, writable: false, value: Object.freeze(codes) },
});

// The legacy top-level copies of the zlib (not brotli) constants.
for (const key of Object.keys(constants)) {
  if (key.startsWith('BROTLI')) continue;
  Object.defineProperty(module.exports, key, {
    __proto__: null, enumerable: false, value: constants[key], writable: false,
  });
}
