// IncomingMessage: a Readable fed one chunk per _read() from Go, so a
// paused message stops reading from the connection. Socket: the part of
// net.Socket that HTTP users reach through req.socket (addresses,
// timeouts, destroy and its events); there is no net module yet.

const kHeaders = Symbol('kHeaders');
const kHeadersDistinct = Symbol('kHeadersDistinct');
const kTrailers = Symbol('kTrailers');
const kTrailersDistinct = Symbol('kTrailersDistinct');
const kIO = Symbol('kIO');
// The timers by another name: Socket#setTimeout would shadow them.
const { setTimeout: startTimer, clearTimeout: stopTimer } = require('timers');

function IncomingMessage(socket) {
  let streamOptions;
  if (socket) streamOptions = { highWaterMark: socket.readableHighWaterMark };
  Readable.call(this, streamOptions);
  this._readableState.readingMore = true;
  this.socket = socket;
  this.httpVersionMajor = null;
  this.httpVersionMinor = null;
  this.httpVersion = null;
  this.complete = false;
  this[kHeaders] = null;
  this[kHeadersDistinct] = null;
  this.rawHeaders = [];
  this[kTrailers] = null;
  this[kTrailersDistinct] = null;
  this.rawTrailers = [];
  this.joinDuplicateHeaders = false;
  this.aborted = false;
  this.upgrade = null;
  this.url = '';
  this.method = null;
  this.statusCode = null;
  this.statusMessage = null;
  this.client = socket;
  this._consuming = false;
  this._dumped = false;
  this[kIO] = null;
}
Object.setPrototypeOf(IncomingMessage.prototype, Readable.prototype);
Object.setPrototypeOf(IncomingMessage, Readable);

function buildHeaders(raw, distinct, join) {
  const dest = {};
  for (let i = 0; i + 1 < raw.length; i += 2) {
    if (distinct) addHeaderLineDistinct(dest, raw[i], raw[i + 1]);
    else if (join) addHeaderLineDistinct(dest, raw[i], raw[i + 1]);
    else addHeaderLine(dest, raw[i], raw[i + 1]);
  }
  if (join && !distinct) {
    for (const k of Object.keys(dest)) dest[k] = k === 'set-cookie' ? dest[k] : dest[k].join(', ');
  }
  return dest;
}

Object.defineProperties(IncomingMessage.prototype, {
  connection: {
    __proto__: null, configurable: true,
    get() { return this.socket; },
    set(val) { this.socket = val; },
  },
  headers: {
    __proto__: null, configurable: true,
    get() {
      if (!this[kHeaders]) this[kHeaders] = buildHeaders(this.rawHeaders, false, this.joinDuplicateHeaders);
      return this[kHeaders];
    },
    set(val) { this[kHeaders] = val; },
  },
  headersDistinct: {
    __proto__: null, configurable: true,
    get() {
      if (!this[kHeadersDistinct]) this[kHeadersDistinct] = buildHeaders(this.rawHeaders, true);
      return this[kHeadersDistinct];
    },
    set(val) { this[kHeadersDistinct] = val; },
  },
  trailers: {
    __proto__: null, configurable: true,
    get() {
      if (!this[kTrailers]) this[kTrailers] = buildHeaders(this.rawTrailers, false, this.joinDuplicateHeaders);
      return this[kTrailers];
    },
    set(val) { this[kTrailers] = val; },
  },
  trailersDistinct: {
    __proto__: null, configurable: true,
    get() {
      if (!this[kTrailersDistinct]) this[kTrailersDistinct] = buildHeaders(this.rawTrailers, true);
      return this[kTrailersDistinct];
    },
    set(val) { this[kTrailersDistinct] = val; },
  },
});

IncomingMessage.prototype.setTimeout = function setTimeout(msecs, callback) {
  if (callback) this.on('timeout', callback);
  if (this.socket) this.socket.setTimeout(msecs);
  return this;
};

IncomingMessage.prototype._read = function _read(n) {
  if (!this._consuming) {
    this._readableState.readingMore = false;
    this._consuming = true;
  }
  if (this[kIO]) this[kIO].read();
};

IncomingMessage.prototype._destroy = function _destroy(err, cb) {
  if (!this.readableEnded || !this.complete) {
    this.aborted = true;
    this.emit('aborted');
  }
  if (this.socket && !this.socket.destroyed && this.aborted) {
    this.socket.destroy(err);
  }
  // As Node keeps it: the error is emitted only when someone listens.
  process.nextTick(() => cb(this.listenerCount('error') === 0 ? undefined : err));
};

IncomingMessage.prototype._addHeaderLines = function _addHeaderLines(headers, n) {
  if (headers && headers.length) {
    let dest;
    if (this.complete) {
      this.rawTrailers = headers;
      this[kTrailers] = null;
      dest = this.trailers;
    } else {
      this.rawHeaders = headers;
      this[kHeaders] = null;
      dest = this.headers;
    }
    return dest;
  }
};

IncomingMessage.prototype._addHeaderLine = function _addHeaderLine(field, value, dest) {
  addHeaderLine(dest, field, value);
};

IncomingMessage.prototype._addHeaderLineDistinct = function _addHeaderLineDistinct(field, value, dest) {
  addHeaderLineDistinct(dest, field, value);
};

// _dump discards the rest of the body so the connection can be reused.
IncomingMessage.prototype._dump = function _dump() {
  if (!this._dumped) {
    this._dumped = true;
    this.removeAllListeners('data');
    this.resume();
  }
};

// attachIO connects a message to its Go body reader. A small body may
// have come whole with the message (info.body, info.ended).
function attachIO(msg, io, onEnd, info) {
  msg[kIO] = io;
  if (info && info.ended) {
    msg[kIO] = null;
    if (info.body) msg.push(Buffer.from(info.body));
    msg.complete = true;
    msg.push(null);
    if (onEnd) onEnd();
    return;
  }
  if (info && info.body) msg.push(Buffer.from(info.body));
  // Like Node's parser: data is pushed as it arrives and reading goes on
  // while the message's buffer has room; a full buffer stops the socket
  // until _read asks again.
  io.ondata = (ab) => {
    // Data read is socket activity: its idle timer starts over.
    const socket = msg.socket;
    if (socket && typeof socket._active === 'function') socket._active();
    if (msg.push(Buffer.from(ab)) && !msg.destroyed) io.read();
  };
  io.onend = (rawTrailers) => {
    if (rawTrailers && rawTrailers.length) {
      msg.rawTrailers = rawTrailers;
      msg[kTrailers] = null;
    }
    msg.complete = true;
    msg.push(null);
    if (onEnd) onEnd();
  };
  io.read();
}

// Socket stands in for net.Socket on both sides of an HTTP connection.
function Socket(info, ctl) {
  EventEmitter.call(this);
  this.remoteAddress = info.remoteAddress;
  this.remoteFamily = info.remoteFamily;
  this.remotePort = info.remotePort;
  this.localAddress = info.localAddress;
  this.localPort = info.localPort;
  this.encrypted = undefined;
  this.destroyed = false;
  this.readable = true;
  this.writable = true;
  this.connecting = false;
  this.timeout = 0;
  this.readableHighWaterMark = 16384;
  this.writableHighWaterMark = 16384;
  this.writableLength = 0;
  this.writableCorked = 0;
  this.bytesWritten = 0;
  this.bytesRead = 0;
  this.server = null;
  this._httpMessage = null;
  this._ctl = ctl;
  this._timer = null;
}
Object.setPrototypeOf(Socket.prototype, EventEmitter.prototype);
Object.setPrototypeOf(Socket, EventEmitter);

Object.defineProperty(Socket.prototype, 'readyState', {
  __proto__: null, configurable: true,
  get() { return this.destroyed ? 'closed' : 'open'; },
});

Socket.prototype.address = function address() {
  return {
    address: this.localAddress,
    family: this.localAddress && this.localAddress.includes(':') ? 'IPv6' : 'IPv4',
    port: this.localPort,
  };
};

Socket.prototype.setTimeout = function setTimeout(msecs, callback) {
  this.timeout = msecs;
  if (this._timer) {
    stopTimer(this._timer);
    this._timer = null;
  }
  if (callback) this.once('timeout', callback);
  if (msecs > 0 && !this.destroyed) {
    this._timer = startTimer(() => {
      this._timer = null;
      this.emit('timeout');
    }, msecs);
    this._timer.unref();
  }
  return this;
};

// _active restarts the idle timer: data moved.
Socket.prototype._active = function _active() {
  if (this._timer) this._timer.refresh();
};

Socket.prototype.setNoDelay = function setNoDelay() { return this; };
Socket.prototype.setKeepAlive = function setKeepAlive() { return this; };
Socket.prototype.setEncoding = function setEncoding() { return this; };
Socket.prototype.ref = function ref() { return this; };
Socket.prototype.unref = function unref() { return this; };
Socket.prototype.cork = function cork() { this.writableCorked++; };
Socket.prototype.uncork = function uncork() { if (this.writableCorked) this.writableCorked--; };
Socket.prototype.pause = function pause() { return this; };
Socket.prototype.resume = function resume() { return this; };
// end closes the connection once what was written has gone out.
Socket.prototype.end = function end() {
  if (this.destroyed) return this;
  if (this._ctl && this._ctl.end) {
    this.writable = false;
    this._ctl.end();
  } else {
    this.destroy();
  }
  return this;
};
Socket.prototype.write = function write() {
  throw new ERR_NOT_IMPLEMENTED('writing to an HTTP socket directly');
};

Socket.prototype.destroy = function destroy(err) {
  if (this.destroyed) return this;
  this.destroyed = true;
  this.readable = this.writable = false;
  if (this._timer) {
    clearTimeout(this._timer);
    this._timer = null;
  }
  if (this._ctl) this._ctl.destroy();
  process.nextTick(() => {
    // Node's HTTP sockets always carry an 'error' listener (the server's
    // or the request's); a bare one reports nothing.
    if (err && this.listenerCount('error') > 0) this.emit('error', err);
    this.emit('close', !!err);
  });
  return this;
};

Socket.prototype.destroySoon = Socket.prototype.destroy;

// _closed reports a connection Go has closed.
Socket.prototype._closed = function _closed() {
  if (this.destroyed) return;
  this.destroyed = true;
  this.readable = this.writable = false;
  if (this._timer) {
    clearTimeout(this._timer);
    this._timer = null;
  }
  this.emit('end');
  this.emit('close', false);
};
