// OutgoingMessage: the base of ServerResponse and ClientRequest, a legacy
// Stream as in Node (not a Writable). Headers are kept as Node keeps them;
// the header block is rendered into _header (what Node would send) and
// into name/value pairs that Go writes and frames. Subclasses provide the
// transport through _sendHead, _sendData and _sendEnd.

const kHeaderPairs = Symbol('kHeaderPairs');
const kPending = Symbol('kPending');
const kInflight = Symbol('kInflight');
const kEarly = Symbol('kEarly');
// kEndFlushed: end() handed everything over at once (it fit the buffer).
const kEndFlushed = Symbol('kEndFlushed');
const kHeadCounted = Symbol('kHeadCounted');
const kEndSent = Symbol('kEndSent');
const kFinished = Symbol('kFinished');
const kCorked = Symbol('kCorked');
const kErrored = Symbol('kErrored');
const kNoFraming = Symbol('kNoFraming');
const HIGH_WATER_MARK = 16 * 1024;

const RE_CONN_CLOSE = /(?:^|\W)close(?:$|\W)/i;
const RE_TE_CHUNKED = /(?:^|\W)chunked(?:$|\W)/i;

function nop() {}

function OutgoingMessage(options) {
  Stream.call(this);
  this.outputData = [];
  this.outputSize = 0;
  this.writable = true;
  this.destroyed = false;
  this._last = false;
  this.chunkedEncoding = false;
  this.shouldKeepAlive = true;
  this.maxRequestsOnConnectionReached = false;
  this._defaultKeepAlive = true;
  this.useChunkedEncodingByDefault = true;
  this.sendDate = false;
  this._removedConnection = false;
  this._removedContLen = false;
  this._removedTE = false;
  this.strictContentLength = false;
  this._contentLength = null;
  this._hasBody = true;
  this._trailer = '';
  this[kNeedDrain] = false;
  this.finished = false;
  this._headerSent = false;
  this[kCorked] = 0;
  this[kPending] = 0;
  this[kInflight] = 0;
  this[kEarly] = [];
  this[kHeadCounted] = false;
  this[kEndSent] = false;
  this[kFinished] = false;
  this[kErrored] = null;
  this.socket = null;
  this._header = null;
  this[kOutHeaders] = null;
  this[kHeaderPairs] = null;
  this._keepAliveTimeout = 0;
  this._onPendingData = nop;
  this.highWaterMark = options?.highWaterMark ?? HIGH_WATER_MARK;
}
Object.setPrototypeOf(OutgoingMessage.prototype, Stream.prototype);
Object.setPrototypeOf(OutgoingMessage, Stream);

Object.defineProperties(OutgoingMessage.prototype, {
  errored: { __proto__: null, configurable: true, get() { return this[kErrored]; } },
  closed: { __proto__: null, configurable: true, get() { return this._closed === true; } },
  writableFinished: {
    __proto__: null, configurable: true,
    get() {
      return !!(this.finished && this.outputSize === 0 && this[kPending] === 0 &&
        (this[kFinished] || this[kEndFlushed]));
    },
  },
  writableObjectMode: { __proto__: null, configurable: true, get() { return false; } },
  writableLength: { __proto__: null, configurable: true, get() { return this.outputSize + this[kPending]; } },
  writableHighWaterMark: { __proto__: null, configurable: true, get() { return this.highWaterMark; } },
  writableCorked: { __proto__: null, configurable: true, get() { return this[kCorked]; } },
  writableEnded: { __proto__: null, configurable: true, get() { return this.finished; } },
  writableNeedDrain: { __proto__: null, configurable: true, get() { return !this.destroyed && !this.finished && this[kNeedDrain]; } },
  connection: {
    __proto__: null, configurable: true,
    get() { return this.socket; },
    set(val) { this.socket = val; },
  },
  headersSent: { __proto__: null, configurable: true, get() { return !!this._header; } },
  _headers: {
    __proto__: null, configurable: true,
    get: deprecated('_headers', function() { return this.getHeaders(); }),
    set: deprecated('_headers', function(val) {
      if (val == null) {
        this[kOutHeaders] = null;
      } else if (typeof val === 'object') {
        const headers = this[kOutHeaders] = { __proto__: null };
        for (const name of Object.keys(val)) headers[name.toLowerCase()] = [name, val[name]];
      }
    }),
  },
  _headerNames: {
    __proto__: null, configurable: true,
    get: deprecated('_headerNames', function() {
      const headers = this[kOutHeaders];
      if (headers === null || headers === undefined) return null;
      const out = { __proto__: null };
      for (const key of Object.keys(headers)) out[key] = headers[key][0];
      return out;
    }),
    set: deprecated('_headerNames', function(val) {
      if (typeof val !== 'object' || val === null) return;
      const headers = this[kOutHeaders];
      if (!headers) return;
      for (const key of Object.keys(val)) {
        const header = headers[key];
        if (header) header[0] = val[key];
      }
    }),
  },
});

// deprecated wraps a legacy accessor as node does (DEP0066), loading
// util only when the accessor is used.
function deprecated(name, fn) {
  let wrapped;
  return function(...args) {
    wrapped ||= require('util').deprecate(fn, `OutgoingMessage.prototype.${name} is deprecated`, 'DEP0066');
    return wrapped.apply(this, args);
  };
}

OutgoingMessage.prototype.cork = function cork() {
  this[kCorked]++;
};

OutgoingMessage.prototype.uncork = function uncork() {
  if (this[kCorked]) this[kCorked]--;
};

OutgoingMessage.prototype.setTimeout = function setTimeout(msecs, callback) {
  if (callback) this.on('timeout', callback);
  if (this.socket) this.socket.setTimeout(msecs);
  else this.once('socket', (socket) => socket.setTimeout(msecs));
  return this;
};

OutgoingMessage.prototype.destroy = function destroy(error) {
  if (this.destroyed) return this;
  this.destroyed = true;
  this[kErrored] = error || null;
  if (this.socket) this.socket.destroy(error);
  else this.once('socket', (socket) => socket.destroy(error));
  return this;
};

// Header storage: [originalName, value] by lower-cased name.

OutgoingMessage.prototype.setHeader = function setHeader(name, value) {
  if (this._header) throw new ERR_HTTP_HEADERS_SENT('set');
  validateHeaderName(name);
  validateHeaderValue(name, value);
  let headers = this[kOutHeaders];
  if (headers === null) this[kOutHeaders] = headers = { __proto__: null };
  headers[name.toLowerCase()] = [name, value];
  return this;
};

OutgoingMessage.prototype.setHeaders = function setHeaders(headers) {
  if (this._header) throw new ERR_HTTP_HEADERS_SENT('set');
  if (!headers || Array.isArray(headers) || typeof headers.keys !== 'function' ||
      typeof headers.get !== 'function') {
    throw new ERR_INVALID_ARG_TYPE('headers', ['Headers', 'Map'], headers);
  }
  const cookies = [];
  for (const { 0: key, 1: value } of headers) {
    if (key === 'set-cookie') {
      if (Array.isArray(value)) cookies.push(...value);
      else cookies.push(value);
      continue;
    }
    this.setHeader(key, value);
  }
  if (cookies.length) this.setHeader('set-cookie', cookies);
  return this;
};

OutgoingMessage.prototype.appendHeader = function appendHeader(name, value) {
  if (this._header) throw new ERR_HTTP_HEADERS_SENT('append');
  validateHeaderName(name);
  validateHeaderValue(name, value);
  const field = name.toLowerCase();
  const headers = this[kOutHeaders];
  if (headers === null || !headers[field]) return this.setHeader(name, value);
  if (!Array.isArray(headers[field][1])) headers[field][1] = [headers[field][1]];
  const existing = headers[field][1];
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) existing.push(value[i]);
  } else {
    existing.push(value);
  }
  return this;
};

OutgoingMessage.prototype.getHeader = function getHeader(name) {
  validateString(name, 'name');
  const headers = this[kOutHeaders];
  if (headers === null) return;
  const entry = headers[name.toLowerCase()];
  return entry && entry[1];
};

OutgoingMessage.prototype.getHeaderNames = function getHeaderNames() {
  return this[kOutHeaders] !== null ? Object.keys(this[kOutHeaders]) : [];
};

OutgoingMessage.prototype.getRawHeaderNames = function getRawHeaderNames() {
  const headersMap = this[kOutHeaders];
  if (headersMap === null) return [];
  return Object.values(headersMap).map((entry) => entry[0]);
};

OutgoingMessage.prototype.getHeaders = function getHeaders() {
  const headers = this[kOutHeaders];
  const ret = { __proto__: null };
  if (headers) {
    for (const key of Object.keys(headers)) ret[key] = headers[key][1];
  }
  return ret;
};

OutgoingMessage.prototype.hasHeader = function hasHeader(name) {
  validateString(name, 'name');
  return this[kOutHeaders] !== null && !!this[kOutHeaders][name.toLowerCase()];
};

OutgoingMessage.prototype.removeHeader = function removeHeader(name) {
  validateString(name, 'name');
  if (this._header) throw new ERR_HTTP_HEADERS_SENT('remove');
  const key = name.toLowerCase();
  switch (key) {
    case 'connection':
      this._removedConnection = true;
      break;
    case 'content-length':
      this._removedContLen = true;
      break;
    case 'transfer-encoding':
      this._removedTE = true;
      break;
    case 'date':
      this.sendDate = false;
      break;
  }
  if (this[kOutHeaders] !== null) delete this[kOutHeaders][key];
};

OutgoingMessage.prototype._implicitHeader = function _implicitHeader() {
  throw new ERR_METHOD_NOT_IMPLEMENTED('_implicitHeader()');
};

// _storeHeader renders the header block as Node does, adding Date,
// Connection/Keep-Alive and the framing header (Content-Length or
// Transfer-Encoding) it would add.
OutgoingMessage.prototype._storeHeader = function _storeHeader(firstLine, headers) {
  const state = {
    connection: false, contLen: false, te: false, date: false, expect: false,
    trailer: false, header: firstLine, pairs: [],
  };
  if (headers) {
    if (headers === this[kOutHeaders]) {
      for (const key in headers) {
        const entry = headers[key];
        processHeader(this, state, entry[0], entry[1], false);
      }
    } else if (Array.isArray(headers)) {
      if (headers.length && Array.isArray(headers[0])) {
        for (let i = 0; i < headers.length; i++) {
          const entry = headers[i];
          processHeader(this, state, entry[0], entry[1], true);
        }
      } else {
        if (headers.length % 2 !== 0) throw new ERR_INVALID_ARG_VALUE('headers', headers);
        for (let n = 0; n < headers.length; n += 2) {
          processHeader(this, state, headers[n], headers[n + 1], true);
        }
      }
    } else {
      for (const key in headers) {
        if (Object.hasOwn(headers, key)) processHeader(this, state, key, headers[key], true);
      }
    }
  }

  if (this.sendDate && !state.date) addLine(state, 'Date', utcDate());

  if (this.chunkedEncoding && (this.statusCode === 204 || this.statusCode === 304)) {
    this.chunkedEncoding = false;
    this.shouldKeepAlive = false;
  }

  if (this._removedConnection) {
    this._last = !this.shouldKeepAlive;
  } else if (!state.connection) {
    const shouldSendKeepAlive = this.shouldKeepAlive &&
        (state.contLen || this.useChunkedEncodingByDefault || this.agent);
    if (shouldSendKeepAlive && this.maxRequestsOnConnectionReached) {
      addLine(state, 'Connection', 'close');
    } else if (shouldSendKeepAlive) {
      addLine(state, 'Connection', 'keep-alive');
      if (this._keepAliveTimeout && this._defaultKeepAlive) {
        addLine(state, 'Keep-Alive', `timeout=${Math.floor(this._keepAliveTimeout / 1000)}`);
      }
    } else {
      this._last = true;
      addLine(state, 'Connection', 'close');
    }
  }

  this[kNoFraming] = false;
  if (!state.contLen && !state.te) {
    if (!this._hasBody) {
      this.chunkedEncoding = false;
    } else if (!this.useChunkedEncodingByDefault) {
      this._last = true;
      this[kNoFraming] = true;
    } else if (!state.trailer && !this._removedContLen && typeof this._contentLength === 'number') {
      addLine(state, 'Content-Length', String(this._contentLength));
    } else if (!this._removedTE) {
      addLine(state, 'Transfer-Encoding', 'chunked');
      this.chunkedEncoding = true;
    } else {
      this._last = true;
      this[kNoFraming] = true;
    }
  }

  if (this.chunkedEncoding !== true && state.trailer) throw new ERR_HTTP_TRAILER_INVALID();

  this._header = state.header + '\r\n';
  this[kHeaderPairs] = state.pairs;
  this._headerSent = false;
  // Expect: 100-continue sends the head at once and waits for the go-ahead.
  if (state.expect) this._send('');
};

function addLine(state, key, value) {
  state.header += key + ': ' + value + '\r\n';
  state.pairs.push(key, String(value));
}

function processHeader(self, state, key, value, validate) {
  if (validate) validateHeaderName(key);
  if (Array.isArray(value)) {
    if (value.length < 2 || key.length !== 6 || key.toLowerCase() !== 'cookie') {
      for (let i = 0; i < value.length; i++) storeHeader(self, state, key, value[i], validate);
      return;
    }
    value = value.join('; ');
  }
  storeHeader(self, state, key, value, validate);
}

function storeHeader(self, state, key, value, validate) {
  if (validate) validateHeaderValue(key, value);
  addLine(state, key, value);
  switch (key.toLowerCase()) {
    case 'connection':
      state.connection = true;
      self._removedConnection = false;
      if (RE_CONN_CLOSE.test(value)) self._last = true;
      else self.shouldKeepAlive = true;
      break;
    case 'transfer-encoding':
      state.te = true;
      self._removedTE = false;
      if (RE_TE_CHUNKED.test(value)) self.chunkedEncoding = true;
      break;
    case 'content-length':
      state.contLen = true;
      self._contentLength = +value;
      self._removedContLen = false;
      break;
    case 'date':
    case 'expect':
    case 'trailer':
      state[key.toLowerCase()] = true;
      break;
    case 'keep-alive':
      self._defaultKeepAlive = false;
      break;
  }
}

OutgoingMessage.prototype.write = function write(chunk, encoding, callback) {
  if (typeof encoding === 'function') {
    callback = encoding;
    encoding = null;
  }
  const ret = write_(this, chunk, encoding, callback, false);
  if (!ret) this[kNeedDrain] = true;
  return ret;
};

function emitErrorNt(msg, err, callback) {
  callback(err);
  if (typeof msg.emit === 'function' && !msg.destroyed) msg.emit('error', err);
}

function onError(msg, err, callback) {
  if (msg.destroyed) return;
  process.nextTick(emitErrorNt, msg, err, callback);
}

function write_(msg, chunk, encoding, callback, fromEnd) {
  if (typeof callback !== 'function') callback = nop;
  if (chunk === null) {
    throw new ERR_STREAM_NULL_VALUES();
  } else if (typeof chunk !== 'string' && !(chunk instanceof Uint8Array)) {
    throw new ERR_INVALID_ARG_TYPE('chunk', ['string', 'Buffer', 'Uint8Array'], chunk);
  }
  let err;
  if (msg.finished) {
    err = new ERR_STREAM_WRITE_AFTER_END();
  } else if (msg.destroyed) {
    err = new ERR_STREAM_DESTROYED('write');
  }
  if (err) {
    if (!msg.destroyed) onError(msg, err, callback);
    else process.nextTick(callback, err);
    return false;
  }
  if (!msg._header) {
    if (fromEnd) msg._contentLength = Buffer.byteLength(chunk, encoding);
    msg._implicitHeader();
  }
  if (!msg._hasBody) {
    process.nextTick(callback);
    return true;
  }
  if (fromEnd) {
    msg[kEndChunk] = toBuffer(chunk, encoding);
    return true;
  }
  return msg._send(chunk, encoding, callback);
}
const kEndChunk = Symbol('kEndChunk');

// _send hands one chunk to Go. Go's unacknowledged bytes stand for the
// socket's kernel buffer: a write that fits in highWaterMark completes on
// the next tick, as a write the kernel accepts at once does in Node; a
// larger backlog completes as Go drains it (backpressure).
OutgoingMessage.prototype._send = function _send(data, encoding, callback) {
  const buf = typeof data === 'string' && encoding && encoding !== 'utf8' && encoding !== 'utf-8' ?
    Buffer.from(data, encoding) : data;
  let len = typeof buf === 'string' ? Buffer.byteLength(buf) : buf.length;
  if (this.chunkedEncoding && len > 0) len += len.toString(16).length + 4;
  len += this._headBytes();
  this[kPending] += len;
  this[kInflight] += len;
  // Bytes count in writableLength until the tick ends, as Node's corked
  // socket holds them, or until end() flushes them.
  const entry = { len, released: false };
  let done = false;
  const complete = () => {
    if (done) return;
    done = true;
    release(this, entry);
    if (typeof callback === 'function') callback();
  };
  const early = this[kInflight] <= this.highWaterMark && this._writable();
  if (early) {
    this[kEarly].push(entry);
    process.nextTick(complete);
  }
  this._sendData(buf, () => {
    this[kInflight] -= len;
    complete();
    if (this[kNeedDrain] && this[kInflight] <= this.highWaterMark && !this.finished && !this.destroyed) {
      this[kNeedDrain] = false;
      this.emit('drain');
    }
  });
  return early;
};

// _writable reports whether bytes can reach the connection now; until
// then writes wait in order, as they do in a connecting socket.
OutgoingMessage.prototype._writable = function _writable() {
  return true;
};

function release(msg, entry) {
  if (entry.released) return;
  entry.released = true;
  msg[kPending] -= entry.len;
  const i = msg[kEarly].indexOf(entry);
  if (i !== -1) msg[kEarly].splice(i, 1);
}

// _headBytes counts the header block once, with the first bytes sent.
OutgoingMessage.prototype._headBytes = function _headBytes() {
  if (this[kHeadCounted] || !this._header) return 0;
  this[kHeadCounted] = true;
  return this._header.length;
};

// Without a transport (a bare OutgoingMessage) chunks wait in outputData,
// as Node's do until a socket is assigned.
OutgoingMessage.prototype._sendData = function _sendData(data, cb) {
  this.outputData.push({ data, encoding: undefined, callback: cb });
};

OutgoingMessage.prototype._sendEnd = function _sendEnd(data, cb) {
  if (data) this.outputData.push({ data, encoding: undefined, callback: undefined });
  process.nextTick(cb);
};

OutgoingMessage.prototype._flushHead = function _flushHead() {};

OutgoingMessage.prototype.end = function end(chunk, encoding, callback) {
  if (typeof chunk === 'function') {
    callback = chunk;
    chunk = null;
    encoding = null;
  } else if (typeof encoding === 'function') {
    callback = encoding;
    encoding = null;
  }

  if (chunk) {
    if (this.finished) {
      onError(this, new ERR_STREAM_WRITE_AFTER_END(), typeof callback !== 'function' ? nop : callback);
      return this;
    }
    write_(this, chunk, encoding, null, true);
  } else if (this.finished) {
    if (typeof callback === 'function') {
      if (!this.writableFinished) this.on('finish', callback);
      else callback(new ERR_STREAM_ALREADY_FINISHED('end'));
    }
    return this;
  } else if (!this._header) {
    this._contentLength = 0;
    this._implicitHeader();
  }

  if (typeof callback === 'function') this.once('finish', callback);

  const data = this[kEndChunk];
  this[kEndChunk] = undefined;
  this.finished = true;
  this._headerSent = true;
  this[kEndSent] = true;
  let len = data ? data.length : 0;
  if (this.chunkedEncoding) len += (len ? len.toString(16).length + 4 : 0) + 5 + this._trailer.length;
  len += this._headBytes();
  this[kInflight] += len;
  const finish = () => {
    if (this[kFinished]) return;
    this[kFinished] = true;
    this._finish();
  };
  if (this[kInflight] <= this.highWaterMark && this._writable()) {
    // The kernel takes it all at once: nothing is left to write.
    for (const entry of this[kEarly].slice()) release(this, entry);
    this[kEndFlushed] = true;
    process.nextTick(finish);
  }
  this._sendEnd(data, () => {
    this[kInflight] -= len;
    finish();
  });
  return this;
};

OutgoingMessage.prototype._finish = function _finish() {
  this.emit('prefinish');
  this.emit('finish');
};

OutgoingMessage.prototype.flushHeaders = function flushHeaders() {
  if (!this._header) this._implicitHeader();
  this._flushHead();
};

OutgoingMessage.prototype.addTrailers = function addTrailers(headers) {
  this._trailer = '';
  this._trailerPairs = [];
  const keys = Object.keys(headers);
  const isArray = Array.isArray(headers);
  for (let i = 0, l = keys.length; i < l; i++) {
    let field, value;
    const key = keys[i];
    if (isArray) {
      field = headers[key][0];
      value = headers[key][1];
    } else {
      field = key;
      value = headers[key];
    }
    validateHeaderName(field, 'Trailer name');
    if (Array.isArray(value) && value.length > 1 && (!this[kUniqueHeaders] || !this[kUniqueHeaders].has(field.toLowerCase()))) {
      for (let j = 0; j < value.length; j++) {
        if (checkInvalidHeaderChar(value[j])) throw new ERR_INVALID_CHAR('trailer content', field);
        this._trailer += field + ': ' + value[j] + '\r\n';
        this._trailerPairs.push(field, String(value[j]));
      }
    } else {
      if (Array.isArray(value)) value = value.join('; ');
      if (checkInvalidHeaderChar(value)) throw new ERR_INVALID_CHAR('trailer content', field);
      this._trailer += field + ': ' + value + '\r\n';
      this._trailerPairs.push(field, String(value));
    }
  }
};
const kUniqueHeaders = Symbol('kUniqueHeaders');

OutgoingMessage.prototype.pipe = function pipe() {
  this.emit('error', new ERR_STREAM_CANNOT_PIPE());
};

OutgoingMessage.prototype[EventEmitter.captureRejectionSymbol] = function(err, event) {
  this.destroy(err);
};
