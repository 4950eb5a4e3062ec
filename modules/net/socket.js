// net.Socket: a Duplex over the binding's socket handle. The handle reads
// on a goroutine that readStop() pauses (the stream's backpressure) and
// writes in order on another; its events call handle.onread/onend/onerror.
// https://nodejs.org/docs/latest-v20.x/api/net.html#class-netsocket

const kHandleInfo = Symbol('kHandleInfo');
const kTimeout = Symbol('timeout');
const kBytesRead = Symbol('kBytesRead');
const kBytesWritten = Symbol('kBytesWritten');
const kSetNoDelay = Symbol('kSetNoDelay');
const kSetKeepAlive = Symbol('kSetKeepAlive');
const kSetKeepAliveInitialDelay = Symbol('kSetKeepAliveInitialDelay');
const normalizedArgsSymbol = Symbol('normalizedArgs');
const kBuffer = Symbol('kBuffer');
const kBufferCb = Symbol('kBufferCb');
const kPendingRead = Symbol('kPendingRead');

function toNumber(x) {
  return (x = Number(x)) >= 0 ? x : false;
}

function isPipeName(s) {
  return typeof s === 'string' && toNumber(s) === false;
}

// normalizeArgs turns connect()'s and listen()'s overloads into
// [options, cb]: (options[, cb]), (path[, cb]), (port[, host][, cb]).
function normalizeArgs(args) {
  let arr;
  if (args.length === 0) {
    arr = [{}, null];
    arr[normalizedArgsSymbol] = true;
    return arr;
  }
  const arg0 = args[0];
  let options = {};
  if (typeof arg0 === 'object' && arg0 !== null) {
    options = arg0;
  } else if (isPipeName(arg0)) {
    options.path = arg0;
  } else {
    options.port = arg0;
    if (args.length > 1 && typeof args[1] === 'string') options.host = args[1];
  }
  const cb = args[args.length - 1];
  arr = typeof cb !== 'function' ? [options, null] : [options, cb];
  arr[normalizedArgsSymbol] = true;
  return arr;
}

function Socket(options) {
  if (!(this instanceof Socket)) return new Socket(options);
  if (typeof options === 'number') options = { fd: options };
  else options = { ...options };
  if (options.objectMode) {
    throw new ERR_INVALID_ARG_VALUE('options.objectMode', options.objectMode, 'is not supported');
  } else if (options.readableObjectMode || options.writableObjectMode) {
    const key = options.readableObjectMode ? 'readableObjectMode' : 'writableObjectMode';
    throw new ERR_INVALID_ARG_VALUE(`options.${key}`, options[key], 'is not supported');
  }
  if (options.keepAliveInitialDelay !== undefined) {
    validateNumber(options.keepAliveInitialDelay, 'options.keepAliveInitialDelay');
    if (options.keepAliveInitialDelay < 0) options.keepAliveInitialDelay = 0;
  }
  // Not half-open unless asked; 'close' carries hadError, so the
  // stream's own 'close' is off.
  options.allowHalfOpen = Boolean(options.allowHalfOpen);
  options.emitClose = false;
  options.autoDestroy = true;
  options.decodeStrings = false;
  // The socket handles its signal itself (below), not the stream.
  const signal = options.signal;
  delete options.signal;
  Duplex.call(this, options);
  this.connecting = false;
  this._hadError = false;
  this._handle = null;
  this._host = null;
  this[kHandleInfo] = null;
  this[kTimeout] = null;
  this[kBytesRead] = 0;
  this[kBytesWritten] = 0;
  this._pendingData = null;
  this._pendingEncoding = '';
  this[kSetNoDelay] = Boolean(options.noDelay);
  this[kSetKeepAlive] = Boolean(options.keepAlive);
  this[kSetKeepAliveInitialDelay] = ~~(options.keepAliveInitialDelay / 1000);
  this.server = null;
  this._server = null;
  // blockList: addresses this socket refuses to connect to.
  if (options.blockList) {
    if (!isBlockList(options.blockList)) {
      throw new ERR_INVALID_ARG_TYPE('options.blockList', 'net.BlockList', options.blockList);
    }
    this.blockList = options.blockList;
  }
  // onread: { buffer, callback }: data goes into the caller's buffer and
  // to callback(nread, buffer) instead of 'data'; false pauses reading.
  const onread = options.onread;
  if (onread !== null && typeof onread === 'object' &&
      (ArrayBuffer.isView(onread.buffer) || typeof onread.buffer === 'function') &&
      typeof onread.callback === 'function') {
    this[kBuffer] = onread.buffer;
    this[kBufferCb] = onread.callback;
  }
  this[kPendingRead] = null;
  this.on('end', onReadableStreamEnd);
  if (!options.handle && options.fd !== undefined) {
    // A descriptor the process has: a connected socket or a pipe.
    validateInt32(options.fd, 'fd', 0);
    const handle = binding.openFd(options.fd);
    if (typeof handle === 'string') throw new (require('internal/errors').codes.ERR_INVALID_FD_TYPE)(handle);
    if (typeof handle === 'number') throw new ErrnoException(handle, 'open');
    options.handle = handle;
  }
  if (options.handle) {
    attachHandle(this, options.handle);
    if (options.readable !== false) {
      if (options.pauseOnCreate) {
        this.readableFlowing = false;
      } else if (!options.manualStart) {
        this.read(0);
      }
    }
  }
  if (signal) {
    validateAbortSignal(signal, 'options.signal');
    const onAbort = () => this.destroy(new AbortError(undefined, { cause: signal.reason }));
    if (signal.aborted) process.nextTick(onAbort);
    else {
      signal.addEventListener('abort', onAbort, { once: true });
      this.once('close', () => signal.removeEventListener('abort', onAbort));
    }
  }
}
Object.setPrototypeOf(Socket.prototype, Duplex.prototype);
Object.setPrototypeOf(Socket, Duplex);

// attachHandle makes handle this socket's and routes its events here.
function attachHandle(socket, handle) {
  socket._handle = handle;
  handle.onread = onread;
  handle.onend = onend;
  handle.onerror = onerror;
  handle.owner = socket;
  socket[kHandleInfo] = typeof handle.info === 'function' ? handle.info() : null;
}

function onread(ab) {
  const socket = this.owner;
  if (!socket || socket.destroyed) return;
  socket._unrefTimer();
  if (socket[kBufferCb]) {
    deliverToBuffer(socket, this, new Uint8Array(ab));
    return;
  }
  socket[kBytesRead] += ab.byteLength;
  if (!socket.push(Buffer.from(ab))) {
    this.reading = false;
    this.readStop();
  }
}

// deliverToBuffer hands data to an onread callback one buffer-full at a
// time; what is left when the callback returns false waits for _read.
function deliverToBuffer(socket, handle, data) {
  let off = 0;
  while (off < data.length) {
    const target = typeof socket[kBuffer] === 'function' ? socket[kBuffer]() : socket[kBuffer];
    const n = Math.min(target.byteLength, data.length - off);
    new Uint8Array(target.buffer, target.byteOffset, target.byteLength).set(data.subarray(off, off + n));
    off += n;
    socket[kBytesRead] += n;
    const more = socket[kBufferCb].call(socket, n, target);
    // false, or pause() inside the callback, stops reading here.
    if (more === false || !handle.reading) {
      if (off < data.length) socket[kPendingRead] = data.subarray(off);
      else if (data.eof) socket[kPendingRead] = Object.assign(new Uint8Array(0), { eof: true });
      if (handle.reading) {
        handle.reading = false;
        handle.readStop();
      }
      return;
    }
  }
}

function onend() {
  const socket = this.owner;
  if (!socket || socket.destroyed) return;
  if (socket[kPendingRead]) {
    // onread data still waits for resume(): the end comes after it.
    socket[kPendingRead].eof = true;
    return;
  }
  // libuv allocates a buffer for the read that finds EOF too.
  if (socket[kBufferCb] && typeof socket[kBuffer] === 'function') socket[kBuffer]();
  this.reading = false;
  socket.push(null);
  socket.read(0);
}

function onerror(errno) {
  const socket = this.owner;
  if (!socket || socket.destroyed) return;
  socket.destroy(new ErrnoException(errno, 'read'));
}

// Without allowHalfOpen the stream ends the writable side on the next
// tick (Duplex does that); until then writes still go out.
function onReadableStreamEnd() {
  if (!this.allowHalfOpen) {
    this.write = writeAfterFIN;
  }
}

function writeAfterFIN(chunk, encoding, cb) {
  if (!this.writableEnded) return Duplex.prototype.write.call(this, chunk, encoding, cb);
  if (typeof encoding === 'function') {
    cb = encoding;
    encoding = null;
  }
  const er = new Error('This socket has been ended by the other party');
  er.code = 'EPIPE';
  if (typeof cb === 'function') process.nextTick(cb, er);
  this.destroy(er);
  return false;
}

Object.defineProperties(Socket.prototype, {
  pending: {
    __proto__: null,
    get() { return !this._handle || this.connecting; },
    configurable: true,
  },
  readyState: {
    __proto__: null,
    get() {
      if (this.connecting) return 'opening';
      if (this.readable && this.writable) return 'open';
      if (this.readable && !this.writable) return 'readOnly';
      if (!this.readable && this.writable) return 'writeOnly';
      return 'closed';
    },
  },
  bufferSize: {
    __proto__: null,
    get() { return this._handle ? this.writableLength : undefined; },
  },
  bytesRead: {
    __proto__: null,
    get() { return this[kBytesRead]; },
  },
  // What was handed to the handle, plus what still waits in the stream
  // or for the connection, as node counts it.
  bytesWritten: {
    __proto__: null,
    get() {
      let bytes = this[kBytesWritten];
      const buffered = this.writableBuffer;
      if (!buffered) return undefined;
      for (const el of buffered) bytes += chunkLength(el.chunk, el.encoding);
      const data = this._pendingData;
      if (Array.isArray(data)) {
        for (const el of data) bytes += chunkLength(el.chunk, el.encoding);
      } else if (data) {
        bytes += chunkLength(data, this._pendingEncoding);
      }
      return bytes;
    },
  },
  _connecting: {
    __proto__: null,
    get() { return this.connecting; },
  },
  remoteAddress: { __proto__: null, get() { return this._getpeername().address; }, configurable: true },
  remoteFamily: { __proto__: null, get() { return this._getpeername().family; }, configurable: true },
  remotePort: { __proto__: null, get() { return this._getpeername().port; }, configurable: true },
  localAddress: { __proto__: null, get() { return this._getsockname().address; }, configurable: true },
  localPort: { __proto__: null, get() { return this._getsockname().port; }, configurable: true },
  localFamily: { __proto__: null, get() { return this._getsockname().family; }, configurable: true },
});

function chunkLength(chunk, encoding) {
  return typeof chunk === 'string' ? Buffer.byteLength(chunk, encoding) : chunk.length;
}

Socket.prototype._getpeername = function() {
  const i = this[kHandleInfo];
  if (!i || i.remoteAddress === undefined) return {};
  return { address: i.remoteAddress, family: i.remoteFamily, port: i.remotePort };
};

Socket.prototype._getsockname = function() {
  const i = this[kHandleInfo];
  if (!i || i.localAddress === undefined) return {};
  if (i.localPort === undefined) return { address: i.localAddress };
  return { address: i.localAddress, family: i.localFamily, port: i.localPort };
};

Socket.prototype.address = function() {
  return this._getsockname();
};

Socket.prototype._unrefTimer = function() {
  const t = this[kTimeout];
  if (t) t.refresh();
};

Socket.prototype.setTimeout = function(msecs, callback) {
  if (this.destroyed) return this;
  this.timeout = msecs;
  validateNumber(msecs, 'msecs');
  if (msecs < 0 || !Number.isFinite(msecs)) throw new ERR_OUT_OF_RANGE('msecs', 'a non-negative finite number', msecs);
  if (this[kTimeout]) clearTimeout(this[kTimeout]);
  this[kTimeout] = null;
  if (msecs === 0) {
    if (callback !== undefined) {
      validateFunction(callback, 'callback');
      this.removeListener('timeout', callback);
    }
  } else {
    this[kTimeout] = setTimeout(() => this._onTimeout(), msecs);
    this[kTimeout].unref();
    if (callback !== undefined) {
      validateFunction(callback, 'callback');
      this.once('timeout', callback);
    }
  }
  return this;
};

Socket.prototype._onTimeout = function() {
  this.emit('timeout');
};

Socket.prototype.setNoDelay = function(enable) {
  enable = Boolean(enable === undefined ? true : enable);
  if (!this._handle || this.connecting) {
    this[kSetNoDelay] = enable;
    return this;
  }
  if (this._handle.setNoDelay && enable !== this[kSetNoDelay]) {
    this[kSetNoDelay] = enable;
    this._handle.setNoDelay(enable);
  }
  return this;
};

Socket.prototype.setKeepAlive = function(enable, initialDelayMsecs) {
  enable = Boolean(enable);
  const initialDelay = ~~(initialDelayMsecs / 1000);
  if (!this._handle || this.connecting) {
    this[kSetKeepAlive] = enable;
    this[kSetKeepAliveInitialDelay] = initialDelay;
    return this;
  }
  if (!this._handle.setKeepAlive) return this;
  if (enable !== this[kSetKeepAlive] || (enable && this[kSetKeepAliveInitialDelay] !== initialDelay)) {
    this[kSetKeepAlive] = enable;
    this[kSetKeepAliveInitialDelay] = initialDelay;
    this._handle.setKeepAlive(enable, initialDelay);
  }
  return this;
};

Socket.prototype.ref = function() {
  if (!this._handle) {
    this.once('connect', this.ref);
    return this;
  }
  this._handle.ref();
  return this;
};

Socket.prototype.unref = function() {
  if (!this._handle) {
    this.once('connect', this.unref);
    return this;
  }
  this._handle.unref();
  return this;
};

Socket.prototype._read = function(n) {
  if (this.connecting || !this._handle) {
    this.once('connect', () => this._read(n));
  } else if (!this._handle.reading) {
    tryReadStart(this);
  }
};

function tryReadStart(socket) {
  const handle = socket._handle;
  handle.reading = true;
  const pending = socket[kPendingRead];
  if (pending) {
    socket[kPendingRead] = null;
    deliverToBuffer(socket, handle, pending);
    if (socket[kPendingRead]) {
      socket[kPendingRead].eof = pending.eof;
      return;
    }
    if (pending.eof) {
      handle.onend();
      return;
    }
    if (!handle.reading) return;
  }
  handle.readStart();
}

// With onread, pause() and resume() act on the handle itself: no stream
// buffer stands between the reads and the callback.
Socket.prototype.pause = function() {
  if (this[kBuffer] && !this.connecting && this._handle && this._handle.reading) {
    this._handle.reading = false;
    if (!this.destroyed) this._handle.readStop();
  }
  return Duplex.prototype.pause.call(this);
};

Socket.prototype.resume = function() {
  if (this[kBuffer] && !this.connecting && this._handle && !this._handle.reading) {
    tryReadStart(this);
  }
  return Duplex.prototype.resume.call(this);
};

Socket.prototype._writeGeneric = function(writev, data, encoding, cb) {
  if (this.connecting) {
    this._pendingData = data;
    this._pendingEncoding = encoding;
    const onClose = () => cb(new ERR_SOCKET_CLOSED_BEFORE_CONNECTION());
    this.once('connect', function connect() {
      this.off('close', onClose);
      this._writeGeneric(writev, data, encoding, cb);
    });
    this.once('close', onClose);
    return;
  }
  if (!this._handle) {
    cb(new ERR_SOCKET_CLOSED());
    return false;
  }
  this._pendingData = null;
  this._pendingEncoding = '';
  this._unrefTimer();
  let buf;
  if (writev) {
    const parts = data.map(({ chunk, encoding }) => (typeof chunk === 'string' ? Buffer.from(chunk, encoding) : chunk));
    buf = parts.length === 1 ? parts[0] : Buffer.concat(parts);
  } else {
    buf = typeof data === 'string' ? Buffer.from(data, encoding) : data;
  }
  this[kBytesWritten] += buf.byteLength;
  const status = this._handle.write(buf, (errno) => {
    if (errno) {
      cb(new ErrnoException(errno, 'write'));
      return;
    }
    this._unrefTimer();
    cb();
  });
  // 0: the kernel took it all at once, done now, as node's try-write.
  if (status === 0) cb();
  else if (status < 0) cb(new ErrnoException(status, 'write'));
};

Socket.prototype._writev = function(chunks, cb) {
  this._writeGeneric(true, chunks, '', cb);
};

Socket.prototype._write = function(data, encoding, cb) {
  this._writeGeneric(false, data, encoding, cb);
};

Socket.prototype._final = function(cb) {
  if (this.pending && this.connecting) {
    return this.once('connect', () => this._final(cb));
  }
  if (!this._handle) return cb();
  this._handle.shutdown((errno) => {
    // ENOTCONN after the peer reset is not the writer's failure.
    if (errno && getSystemErrorName(errno) !== 'ENOTCONN') return cb(new ErrnoException(errno, 'shutdown'));
    cb();
  });
};

Socket.prototype.end = function(data, encoding, callback) {
  Duplex.prototype.end.call(this, data, encoding, callback);
  return this;
};

Socket.prototype.destroySoon = function() {
  if (this.writable) this.end();
  if (this.writableFinished) this.destroy();
  else this.once('finish', this.destroy);
};

Socket.prototype.resetAndDestroy = function() {
  if (this._handle) {
    if (this.connecting) this.once('connect', () => this._reset());
    else this._reset();
  } else {
    this.destroy(new ERR_SOCKET_CLOSED());
  }
  return this;
};

Socket.prototype._reset = function() {
  this.resetAndClosing = true;
  return this.destroy();
};

Socket.prototype._destroy = function(exception, cb) {
  if (this[kTimeout]) {
    clearTimeout(this[kTimeout]);
    this[kTimeout] = null;
  }
  this.connecting = false;
  if (this._handle) {
    const isException = Boolean(exception);
    const handle = this._handle;
    handle.owner = null;
    this._handle = null;
    // The handle closes now; 'close' comes in a later macrotask, after
    // the 'error' that cb schedules on the tick queue, as libuv's close
    // callback does.
    handle.close(Boolean(this.resetAndClosing), () => this.emit('close', isException));
    this.resetAndClosing = false;
    cb(exception);
  } else {
    cb(exception);
    process.nextTick(() => this.emit('close', Boolean(exception)));
  }
  if (this._server) {
    this._server._connections--;
    if (this._server._emitCloseIfDrained) this._server._emitCloseIfDrained();
  }
};

Socket.prototype.connect = function(...args) {
  let normalized;
  if (Array.isArray(args[0]) && args[0][normalizedArgsSymbol]) normalized = args[0];
  else normalized = normalizeArgs(args);
  const options = normalized[0];
  const cb = normalized[1];
  if (cb !== null) this.once('connect', cb);
  if (this.write !== Socket.prototype.write) this.write = Socket.prototype.write;
  if (this.destroyed) {
    // Reconnecting a closed socket starts its counts afresh.
    this._handle = null;
    this[kHandleInfo] = null;
    this[kBytesRead] = 0;
    this[kBytesWritten] = 0;
    this._undestroy();
  }
  const { path } = options;
  if (options.timeout) this.setTimeout(options.timeout);
  if (options.port === undefined && options.path == null) {
    throw new ERR_MISSING_ARGS(['options', 'port', 'path']);
  }
  this.connecting = true;
  if (path) {
    validateString(path, 'options.path');
    this._host = path;
    const handle = newHandle(this);
    handle.target = { address: path };
    handle.connect('unix', [[path, 0]], '', 0, afterConnect);
  } else {
    lookupAndConnect(this, options);
  }
  return this;
};

// newHandle opens the socket's handle, once the arguments are known to be
// good: an open handle keeps the process alive.
function newHandle(socket) {
  const handle = binding.newSocket();
  socket._handle = handle;
  handle.owner = socket;
  return handle;
}
