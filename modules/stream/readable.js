'use strict';
// internal/streams/readable: Node's Readable state machine. The field
// names of ReadableState, the nextTick points ('readable', 'end',
// 'resume') and howMuchToRead's rules follow Node 20 exactly because
// programs depend on the ordering and packages read the state.
// https://nodejs.org/docs/latest-v20.x/api/stream.html#readable-streams

module.exports = Readable;
Readable.ReadableState = ReadableState;

const EE = require('events');
const { Stream } = require('internal/streams/legacy');
const { Buffer } = require('buffer');
const destroyImpl = require('internal/streams/destroy');
const { getHighWaterMark, getDefaultHighWaterMark } = require('internal/streams/state');
const { tick1, byteLength } = require('internal/streams/fastpath');
const {
  codes: {
    ERR_INVALID_ARG_TYPE,
    ERR_METHOD_NOT_IMPLEMENTED,
    ERR_OUT_OF_RANGE,
    ERR_STREAM_PUSH_AFTER_EOF,
    ERR_STREAM_UNSHIFT_AFTER_END_EVENT,
    ERR_UNKNOWN_ENCODING,
  },
} = require('internal/errors');
const { errorOrDestroy } = destroyImpl;

const kPaused = Symbol('kPaused');

let StringDecoder;
function newDecoder(enc) {
  if (!StringDecoder) StringDecoder = require('string_decoder').StringDecoder;
  return new StringDecoder(enc);
}

// Duplex requires this module, so it is looked up when first needed.
let Duplex;
function isDuplexInstance(stream) {
  if (!Duplex) Duplex = require('internal/streams/duplex');
  return stream instanceof Duplex;
}

Object.setPrototypeOf(Readable.prototype, Stream.prototype);
Object.setPrototypeOf(Readable, Stream);

function ReadableState(options, stream, isDuplex) {
  if (typeof isDuplex !== 'boolean') isDuplex = isDuplexInstance(stream);

  // objectMode: every push is one item of length 1, of any type but null.
  this.objectMode = !!(options && options.objectMode);
  if (isDuplex) this.objectMode = this.objectMode || !!(options && options.readableObjectMode);

  this.highWaterMark = options ?
    getHighWaterMark(this, options, 'readableHighWaterMark', isDuplex) :
    getDefaultHighWaterMark(false);

  // buffer[bufferIndex:] holds the queued chunks; consuming from the front
  // moves bufferIndex instead of shifting the array.
  this.buffer = [];
  this.bufferIndex = 0;
  this.length = 0;
  this.pipes = [];
  this.flowing = null;
  this.ended = false;
  this.endEmitted = false;
  this.reading = false;
  // false until _construct calls back, when there is one.
  this.constructed = true;
  // true while _read runs synchronously: a push then must not emit now.
  this.sync = true;
  this.needReadable = false;
  this.emittedReadable = false;
  this.readableListening = false;
  this.resumeScheduled = false;
  this[kPaused] = null;
  this.errorEmitted = false;
  this.emitClose = !options || options.emitClose !== false;
  this.autoDestroy = !options || options.autoDestroy !== false;
  this.destroyed = false;
  this.errored = null;
  this.closed = false;
  this.closeEmitted = false;
  this.defaultEncoding = 'utf8';
  if (options && options.defaultEncoding) {
    if (!Buffer.isEncoding(options.defaultEncoding)) throw new ERR_UNKNOWN_ENCODING(options.defaultEncoding);
    this.defaultEncoding = options.defaultEncoding;
  }
  // The writer(s) a pipe waits on for 'drain': one dest, or a Set of them.
  this.awaitDrainWriters = null;
  this.multiAwaitDrain = false;
  this.readingMore = false;
  this.dataEmitted = false;
  this.decoder = null;
  this.encoding = null;
  if (options && options.encoding) {
    this.decoder = newDecoder(options.encoding);
    this.encoding = options.encoding;
  }
}

Object.defineProperties(ReadableState.prototype, {
  paused: {
    __proto__: null,
    get() { return this[kPaused] !== false; },
    set(value) { this[kPaused] = !!value; },
  },
  pipesCount: {
    __proto__: null,
    get() { return this.pipes.length; },
  },
});

function Readable(options) {
  if (!(this instanceof Readable)) return new Readable(options);
  const isDuplex = isDuplexInstance(this);
  this._readableState = new ReadableState(options, this, isDuplex);
  if (options) {
    if (typeof options.read === 'function') this._read = options.read;
    if (typeof options.destroy === 'function') this._destroy = options.destroy;
    if (typeof options.construct === 'function') this._construct = options.construct;
    if (options.signal && !isDuplex) {
      require('internal/streams/add-abort-signal').addAbortSignal(options.signal, this);
    }
  }
  Stream.call(this, options);
  destroyImpl.construct(this, () => {
    if (this._readableState.needReadable) maybeReadMore(this, this._readableState);
  });
}

Readable.prototype.destroy = destroyImpl.destroy;
Readable.prototype._undestroy = destroyImpl.undestroy;
Readable.prototype._destroy = function(err, cb) {
  cb(err);
};
Readable.prototype[EE.captureRejectionSymbol] = function(err) {
  this.destroy(err);
};

Readable.prototype.push = function(chunk, encoding) {
  return readableAddChunk(this, chunk, encoding, false);
};

Readable.prototype.unshift = function(chunk, encoding) {
  return readableAddChunk(this, chunk, encoding, true);
};

function bufferPush(state, chunk) {
  state.buffer.push(chunk);
}

function bufferUnshift(state, chunk) {
  if (state.bufferIndex > 0) state.buffer[--state.bufferIndex] = chunk;
  else state.buffer.unshift(chunk);
}

function bufferShift(state) {
  const buf = state.buffer;
  const chunk = buf[state.bufferIndex];
  buf[state.bufferIndex++] = undefined;
  if (state.bufferIndex === buf.length) {
    buf.length = 0;
    state.bufferIndex = 0;
  } else if (state.bufferIndex > 1024 && state.bufferIndex > buf.length / 2) {
    buf.splice(0, state.bufferIndex);
    state.bufferIndex = 0;
  }
  return chunk;
}

function bufferClear(state) {
  state.buffer.length = 0;
  state.bufferIndex = 0;
}

function readableAddChunk(stream, chunk, encoding, addToFront) {
  const state = stream._readableState;
  let err;
  // len is the chunk's length, read once, and through byteLength for a
  // Buffer: on goja a property read on a typed array costs several times
  // a plain one (every name is first parsed as a number), and this is the
  // per-chunk path.
  let len = 0;
  if (!state.objectMode) {
    if (typeof chunk === 'string') {
      encoding = encoding || state.defaultEncoding;
      if (state.encoding !== encoding) {
        if (addToFront && state.encoding) {
          // An unshifted string goes back as the decoder would have made it.
          chunk = Buffer.from(chunk, encoding).toString(state.encoding);
        } else {
          chunk = Buffer.from(chunk, encoding);
          encoding = '';
        }
      }
    } else if (chunk instanceof Buffer) {
      encoding = '';
    } else if (ArrayBuffer.isView(chunk)) {
      chunk = Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
      encoding = '';
    } else if (chunk != null) {
      err = new ERR_INVALID_ARG_TYPE('chunk', ['string', 'Buffer', 'TypedArray', 'DataView'], chunk);
    }
  }

  if (err) {
    errorOrDestroy(stream, err);
  } else if (chunk === null) {
    state.reading = false;
    onEofChunk(stream, state);
  } else if (state.objectMode ||
             (chunk && (len = typeof chunk === 'string' ? chunk.length : byteLength(chunk)) > 0)) {
    if (state.objectMode) len = 1;
    if (addToFront) {
      if (state.endEmitted) errorOrDestroy(stream, new ERR_STREAM_UNSHIFT_AFTER_END_EVENT());
      else if (state.destroyed || state.errored) return false;
      else addChunk(stream, state, chunk, true, len);
    } else if (state.ended) {
      errorOrDestroy(stream, new ERR_STREAM_PUSH_AFTER_EOF());
    } else if (state.destroyed || state.errored) {
      return false;
    } else {
      state.reading = false;
      if (state.decoder && !encoding) {
        chunk = state.decoder.write(chunk);
        len = state.objectMode ? 1 : chunk.length;
        if (len !== 0) addChunk(stream, state, chunk, false, len);
        else maybeReadMore(stream, state);
      } else {
        addChunk(stream, state, chunk, false, len);
      }
    }
  } else if (!addToFront) {
    state.reading = false;
    maybeReadMore(stream, state);
  }

  // Ask for more while under the mark (or while empty, so a zero mark
  // still reads).
  return !state.ended && (state.length < state.highWaterMark || state.length === 0);
}

// addChunk queues chunk (len: its length, 1 in object mode) or, flowing
// with nothing queued, hands it straight to 'data'.
function addChunk(stream, state, chunk, addToFront, len) {
  if (state.flowing && state.length === 0 && !state.sync && stream.listenerCount('data') > 0) {
    // Flowing with nothing queued: hand the chunk straight to 'data'.
    if (state.multiAwaitDrain) state.awaitDrainWriters.clear();
    else state.awaitDrainWriters = null;
    state.dataEmitted = true;
    stream.emit('data', chunk);
  } else {
    state.length += len;
    if (addToFront) bufferUnshift(state, chunk);
    else bufferPush(state, chunk);
    if (state.needReadable) emitReadable(stream);
  }
  maybeReadMore(stream, state);
}

Readable.prototype.isPaused = function() {
  const state = this._readableState;
  return state[kPaused] === true || state.flowing === false;
};

Readable.prototype.setEncoding = function(enc) {
  const decoder = newDecoder(enc);
  const state = this._readableState;
  state.decoder = decoder;
  // The decoder normalises the name ('UTF-8' → 'utf8').
  state.encoding = decoder.encoding;
  // Re-decode what is already queued.
  let content = '';
  for (let i = state.bufferIndex; i < state.buffer.length; i++) content += decoder.write(state.buffer[i]);
  bufferClear(state);
  if (content !== '') state.buffer.push(content);
  state.length = content.length;
  return this;
};

const MAX_HWM = 0x40000000;
function computeNewHighWaterMark(n) {
  if (n > MAX_HWM) throw new ERR_OUT_OF_RANGE('size', '<= 1GiB', n);
  // The next power of two, so repeated larger reads grow the mark rarely.
  n--;
  n |= n >>> 1;
  n |= n >>> 2;
  n |= n >>> 4;
  n |= n >>> 8;
  n |= n >>> 16;
  n++;
  return n;
}

function howMuchToRead(n, state) {
  if (n <= 0 || (state.length === 0 && state.ended)) return 0;
  if (state.objectMode) return 1;
  // n !== n is Number.isNaN without a native call on the per-chunk path.
  if (n !== n) { // eslint-disable-line no-self-compare
    // read() with no size: flowing takes a chunk at a time, paused takes all.
    // With one chunk queued its length is the whole length.
    if (state.flowing && state.length) {
      if (state.buffer.length - state.bufferIndex === 1) return state.length;
      const first = state.buffer[state.bufferIndex];
      return typeof first === 'string' ? first.length : byteLength(first);
    }
    return state.length;
  }
  if (n <= state.length) return n;
  return state.ended ? state.length : 0;
}

Readable.prototype.read = function(n) {
  // typeof and % 1 are Number.isInteger without a native call (NaN and
  // ±Infinity leave a NaN remainder), on a path taken for every chunk.
  if (n === undefined) n = NaN;
  else if (typeof n !== 'number' || n % 1 !== 0) n = Number.parseInt(n, 10);
  const state = this._readableState;
  const nOrig = n;

  // Until _read runs no user code can change the state, so the fields read
  // more than once are read once (each read is a map lookup on goja).
  let hwm = state.highWaterMark;
  if (n > hwm) hwm = state.highWaterMark = computeNewHighWaterMark(n);
  if (n !== 0) state.emittedReadable = false;
  const length = state.length;
  const ended = state.ended;

  // read(0) with enough buffered (or at the end) only triggers 'readable'.
  if (n === 0 && state.needReadable &&
      ((hwm !== 0 ? length >= hwm : length > 0) || ended)) {
    if (length === 0 && ended) endReadable(this);
    else emitReadable(this);
    return null;
  }

  n = howMuchToRead(n, state);

  if (n === 0 && ended) {
    if (length === 0) endReadable(this);
    return null;
  }

  // Call _read when below the mark after this read, unless it is already
  // running, ended, broken or not constructed yet.
  let doRead = state.needReadable;
  if (length === 0 || length - n < hwm) doRead = true;
  if (ended || state.reading || state.destroyed || state.errored || !state.constructed) {
    doRead = false;
  } else if (doRead) {
    state.reading = true;
    state.sync = true;
    if (length === 0) state.needReadable = true;
    try {
      this._read(hwm);
    } catch (err) {
      errorOrDestroy(this, err);
    }
    state.sync = false;
    // A synchronous push may have changed what can be returned.
    if (!state.reading) n = howMuchToRead(nOrig, state);
  }

  let ret;
  if (n > 0) ret = fromList(n, state);
  else ret = null;

  if (ret === null) {
    state.needReadable = state.length <= state.highWaterMark;
    n = 0;
  } else {
    state.length -= n;
    if (state.multiAwaitDrain) state.awaitDrainWriters.clear();
    else state.awaitDrainWriters = null;
  }

  if (state.length === 0) {
    if (!state.ended) state.needReadable = true;
    if (nOrig !== n && state.ended) endReadable(this);
  }

  if (ret !== null && !state.errorEmitted && !state.closeEmitted) {
    state.dataEmitted = true;
    this.emit('data', ret);
  }
  return ret;
};

function onEofChunk(stream, state) {
  if (state.ended) return;
  if (state.decoder) {
    const chunk = state.decoder.end();
    if (chunk && chunk.length) {
      bufferPush(state, chunk);
      state.length += state.objectMode ? 1 : chunk.length;
    }
  }
  state.ended = true;
  if (state.sync) {
    // push(null) inside _read: defer, as a synchronous read would.
    emitReadable(stream);
  } else {
    state.needReadable = false;
    state.emittedReadable = true;
    emitReadableNT(stream);
  }
}

function emitReadable(stream) {
  const state = stream._readableState;
  state.needReadable = false;
  if (!state.emittedReadable) {
    state.emittedReadable = true;
    tick1(emitReadableNT, stream);
  }
}

function emitReadableNT(stream) {
  const state = stream._readableState;
  if (!state.destroyed && !state.errored && (state.length || state.ended)) {
    stream.emit('readable');
    state.emittedReadable = false;
  }
  state.needReadable = !state.flowing && !state.ended && state.length <= state.highWaterMark;
  flow(stream);
}

// Read ahead on the next tick up to the high-water mark, so data is ready
// before the consumer asks.
function maybeReadMore(stream, state) {
  if (!state.readingMore && state.constructed) {
    state.readingMore = true;
    tick1(maybeReadMoreNT, stream);
  }
}

function maybeReadMoreNT(stream) {
  const state = stream._readableState;
  while (!state.reading && !state.ended &&
         (state.length < state.highWaterMark || (state.flowing && state.length === 0))) {
    const len = state.length;
    stream.read(0);
    if (len === state.length) break; // _read pushed nothing synchronously
  }
  state.readingMore = false;
}

Readable.prototype._read = function(n) {
  throw new ERR_METHOD_NOT_IMPLEMENTED('_read()');
};

// Adding a 'data' listener starts flowing; a 'readable' listener switches
// to paused mode and takes precedence over 'data'.
Readable.prototype.on = function(ev, fn) {
  const res = Stream.prototype.on.call(this, ev, fn);
  const state = this._readableState;
  if (ev === 'data') {
    state.readableListening = this.listenerCount('readable') > 0;
    if (state.flowing !== false) this.resume();
  } else if (ev === 'readable') {
    if (!state.endEmitted && !state.readableListening) {
      state.readableListening = state.needReadable = true;
      state.flowing = false;
      state.emittedReadable = false;
      if (state.length) emitReadable(this);
      else if (!state.reading) process.nextTick(nReadingNextTick, this);
    }
  }
  return res;
};
Readable.prototype.addListener = Readable.prototype.on;

Readable.prototype.removeListener = function(ev, fn) {
  const res = Stream.prototype.removeListener.call(this, ev, fn);
  if (ev === 'readable') process.nextTick(updateReadableListening, this);
  return res;
};
Readable.prototype.off = Readable.prototype.removeListener;

Readable.prototype.removeAllListeners = function(ev) {
  const res = Stream.prototype.removeAllListeners.apply(this, arguments);
  if (ev === 'readable' || ev === undefined) process.nextTick(updateReadableListening, this);
  return res;
};

function updateReadableListening(self) {
  const state = self._readableState;
  state.readableListening = self.listenerCount('readable') > 0;
  if (state.resumeScheduled && state[kPaused] === false) state.flowing = true;
  else if (self.listenerCount('data') > 0) self.resume();
  else if (!state.readableListening) state.flowing = null;
}

function nReadingNextTick(self) {
  self.read(0);
}

Readable.prototype.resume = function() {
  const state = this._readableState;
  if (!state.flowing) {
    // With a 'readable' listener, resume() does not make it flow.
    state.flowing = !state.readableListening;
    if (!state.resumeScheduled) {
      state.resumeScheduled = true;
      tick1(resumeNT, this);
    }
  }
  state[kPaused] = false;
  return this;
};

function resumeNT(stream) {
  const state = stream._readableState;
  if (!state.reading) stream.read(0);
  state.resumeScheduled = false;
  stream.emit('resume');
  flow(stream);
  if (state.flowing && !state.reading) stream.read(0);
}

Readable.prototype.pause = function() {
  const state = this._readableState;
  if (state.flowing !== false) {
    state.flowing = false;
    this.emit('pause');
  }
  state[kPaused] = true;
  return this;
};

function flow(stream) {
  const state = stream._readableState;
  while (state.flowing && stream.read() !== null);
}

Object.defineProperties(Readable.prototype, {
  readable: {
    __proto__: null,
    get() {
      const r = this._readableState;
      // readable is false once destroyed, errored or ended.
      return !!r && r.readable !== false && !r.destroyed && !r.errorEmitted && !r.endEmitted;
    },
    set(val) {
      if (this._readableState) this._readableState.readable = !!val;
    },
  },
  readableDidRead: {
    __proto__: null,
    enumerable: false,
    get() { return this._readableState.dataEmitted; },
  },
  readableAborted: {
    __proto__: null,
    enumerable: false,
    get() {
      const r = this._readableState;
      return !!(r.readable !== false && (r.destroyed || r.errored) && !r.endEmitted);
    },
  },
  readableHighWaterMark: {
    __proto__: null,
    enumerable: false,
    get() { return this._readableState.highWaterMark; },
  },
  readableBuffer: {
    __proto__: null,
    enumerable: false,
    get() { return this._readableState && this._readableState.buffer; },
  },
  readableFlowing: {
    __proto__: null,
    enumerable: false,
    get() { return this._readableState.flowing; },
    set(state) {
      if (this._readableState) this._readableState.flowing = state;
    },
  },
  readableLength: {
    __proto__: null,
    enumerable: false,
    get() { return this._readableState.length; },
  },
  readableObjectMode: {
    __proto__: null,
    enumerable: false,
    get() { return this._readableState ? this._readableState.objectMode : false; },
  },
  readableEncoding: {
    __proto__: null,
    enumerable: false,
    get() { return this._readableState ? this._readableState.encoding : null; },
  },
  errored: {
    __proto__: null,
    enumerable: false,
    get() { return this._readableState ? this._readableState.errored : null; },
  },
  closed: {
    __proto__: null,
    get() { return this._readableState ? this._readableState.closed : false; },
  },
  destroyed: {
    __proto__: null,
    enumerable: false,
    get() { return this._readableState ? this._readableState.destroyed : false; },
    set(value) {
      if (!this._readableState) return;
      this._readableState.destroyed = value;
    },
  },
  readableEnded: {
    __proto__: null,
    enumerable: false,
    get() { return this._readableState ? this._readableState.endEmitted : false; },
  },
});

// fromList takes n bytes (or one object, or everything when n is 0 or
// covers the whole length) off the front of the queue.
function fromList(n, state) {
  if (state.length === 0) return null;
  const buf = state.buffer;
  const idx = state.bufferIndex;
  const count = buf.length - idx;
  let ret;
  if (state.objectMode) {
    ret = bufferShift(state);
  } else if (!n || n >= state.length) {
    if (state.decoder) {
      ret = count === 1 ? buf[idx] : buf.slice(idx).join('');
    } else if (count === 1) {
      ret = buf[idx];
    } else {
      ret = Buffer.concat(idx === 0 ? buf : buf.slice(idx), state.length);
    }
    bufferClear(state);
  } else {
    ret = consumeFront(n, state);
  }
  return ret;
}

function consumeFront(n, state) {
  const buf = state.buffer;
  const first = buf[state.bufferIndex];
  const firstLen = typeof first === 'string' ? first.length : byteLength(first);
  if (n < firstLen) {
    buf[state.bufferIndex] = first.slice(n);
    return first.slice(0, n);
  }
  if (n === firstLen) return bufferShift(state);
  if (typeof first === 'string') {
    let ret = '';
    while (n > 0) {
      const str = buf[state.bufferIndex];
      if (n >= str.length) {
        ret += str;
        n -= str.length;
        bufferShift(state);
      } else {
        ret += str.slice(0, n);
        buf[state.bufferIndex] = str.slice(n);
        n = 0;
      }
    }
    return ret;
  }
  const ret = Buffer.allocUnsafe(n);
  let off = 0;
  while (off < n) {
    const data = buf[state.bufferIndex];
    const want = n - off;
    if (want >= data.length) {
      ret.set(data, off);
      off += data.length;
      bufferShift(state);
    } else {
      ret.set(data.subarray(0, want), off);
      buf[state.bufferIndex] = data.slice(want);
      off = n;
    }
  }
  return ret;
}

function endReadable(stream) {
  const state = stream._readableState;
  if (!state.endEmitted) {
    state.ended = true;
    process.nextTick(endReadableNT, state, stream);
  }
}

function endReadableNT(state, stream) {
  // Not after an error or close, and only once everything was consumed.
  if (!state.errored && !state.closeEmitted && !state.endEmitted && state.length === 0) {
    state.endEmitted = true;
    stream.emit('end');
    if (stream.writable && stream.allowHalfOpen === false) {
      process.nextTick(endWritableNT, stream);
    } else if (state.autoDestroy) {
      // A Duplex is destroyed only when its writable side is done too.
      const wState = stream._writableState;
      const autoDestroy = !wState ||
        (wState.autoDestroy && (wState.finished || wState.writable === false));
      if (autoDestroy) stream.destroy();
    }
  }
}

function endWritableNT(stream) {
  const writable = stream.writable && !stream.writableEnded && !stream.destroyed;
  if (writable) stream.end();
}

Readable._fromList = fromList;

// pipe/unpipe, wrap, the async iterator, await-using, the static constructors and
// the operators live in their own file.
require('internal/streams/readable-pipe')(Readable);
require('internal/streams/readable-iterators')(Readable);
