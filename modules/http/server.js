// Server and ServerResponse. Go's http.Server accepts and parses; each
// request arrives as an exchange object whose methods queue the
// response's head, chunks and end for the handler goroutine.

const kIncomingMessage = Symbol('IncomingMessage');
const kServerResponse = Symbol('ServerResponse');
const kSockets = Symbol('kSockets');
const kHandle = Symbol('kHandle');
const kRefed = Symbol('kRefed');
const kEx = Symbol('kEx');
const kClosing = Symbol('kClosing');

function ServerResponse(req, options) {
  OutgoingMessage.call(this, options);
  if (req.method === 'HEAD') this._hasBody = false;
  this.req = req;
  this.sendDate = true;
  this._sent100 = false;
  this._expect_continue = false;
  this.statusCode = 200;
  this.statusMessage = undefined;
  if (req.httpVersionMajor < 1 || req.httpVersionMinor < 1) {
    this.useChunkedEncodingByDefault = /(?:^|\W)chunked(?:$|\W)/i.test(req.headers.te);
    this.shouldKeepAlive = false;
  }
  this[kEx] = null;
}
Object.setPrototypeOf(ServerResponse.prototype, OutgoingMessage.prototype);
Object.setPrototypeOf(ServerResponse, OutgoingMessage);

ServerResponse.prototype._implicitHeader = function _implicitHeader() {
  this.writeHead(this.statusCode);
};

ServerResponse.prototype.writeHead = function writeHead(statusCode, reason, obj) {
  if (this._header) throw new ERR_HTTP_HEADERS_SENT('write');
  const originalStatusCode = statusCode;
  statusCode |= 0;
  if (statusCode < 100 || statusCode > 999) throw new ERR_HTTP_INVALID_STATUS_CODE(originalStatusCode);
  if (typeof reason === 'string') {
    this.statusMessage = reason;
  } else {
    this.statusMessage ||= STATUS_CODES[statusCode] || 'unknown';
    obj ??= reason;
  }
  this.statusCode = statusCode;
  let headers;
  if (this[kOutHeaders]) {
    if (Array.isArray(obj)) {
      if (obj.length % 2 !== 0) throw new ERR_INVALID_ARG_VALUE('headers', obj);
      for (let n = 0; n < obj.length; n += 2) {
        const k = obj[n];
        if (k) this.setHeader(k, obj[n + 1]);
      }
    } else if (obj) {
      for (const k of Object.keys(obj)) {
        if (k) this.setHeader(k, obj[k]);
      }
    }
    headers = this[kOutHeaders];
  } else {
    headers = obj;
  }
  if (checkInvalidHeaderChar(this.statusMessage)) throw new ERR_INVALID_CHAR('statusMessage');
  const statusLine = `HTTP/1.1 ${statusCode} ${this.statusMessage}\r\n`;
  if (statusCode === 204 || statusCode === 304 || (statusCode >= 100 && statusCode <= 199)) {
    this._hasBody = false;
  }
  if (this._expect_continue && !this._sent100) this.shouldKeepAlive = false;
  this._storeHeader(statusLine, headers);
  this._statusSent = statusCode;
  return this;
};

ServerResponse.prototype.writeHeader = ServerResponse.prototype.writeHead;

// goPairs are the header lines Go writes. With neither Content-Length
// nor chunked framing Node sends the body raw and closes the connection;
// Go does that for "Transfer-Encoding: identity", which it never sends.
function goPairs(res) {
  const pairs = res[kHeaderPairs];
  return res[kNoFraming] ? pairs.concat('Transfer-Encoding', 'identity') : pairs;
}

// countWritten keeps socket.bytesWritten as node's counts the bytes
// written to the connection (head and body as rendered; Go's own framing
// aside).
function countWritten(res, data) {
  const socket = res.socket;
  if (socket && data) socket.bytesWritten += typeof data === 'string' ? Buffer.byteLength(data) : data.length;
}

ServerResponse.prototype._headOnce = function _headOnce(ex) {
  if (this._headSent) return;
  this._headSent = true;
  countWritten(this, this._header);
  ex.writeHead(this._statusSent ?? this.statusCode, goPairs(this));
};

ServerResponse.prototype._flushHead = function _flushHead() {
  const ex = this[kEx];
  if (this._headSent || !ex) return;
  this._headOnce(ex);
  ex.flush();
};

// A response built by hand (new ServerResponse(req), assignSocket) writes
// Node's bytes to whatever socket it was given.
ServerResponse.prototype._rawWrite = function _rawWrite(data, cb) {
  let out = data;
  if (!this._headSent) {
    this._headSent = true;
    out = typeof data === 'string' ? this._header + data : Buffer.concat([Buffer.from(this._header, 'latin1'), data]);
  }
  if (this.socket && typeof this.socket.write === 'function') this.socket.write(out, cb);
  else process.nextTick(cb);
};

ServerResponse.prototype._sendData = function _sendData(data, cb) {
  const ex = this[kEx];
  if (!ex) {
    this._rawWrite(data, cb);
    return;
  }
  this._headOnce(ex);
  if (this.socket) this.socket._active();
  countWritten(this, data);
  // A write failing means the connection is gone (the client went away):
  // the response is aborted as node's socket 'close' aborts it, which also
  // ends a pipeline feeding it instead of draining into nothing.
  const done = (err) => {
    if (err !== undefined && !this.destroyed && typeof ex.onabort === 'function') ex.onabort();
    cb();
  };
  // Go refuses the write once the exchange is over (the connection closed
  // and Go cancelled the request): that is the same failure.
  if (!ex.write(data, done)) process.nextTick(done, 'closed');
};

ServerResponse.prototype._sendEnd = function _sendEnd(data, cb) {
  const ex = this[kEx];
  if (!ex) {
    if (data) this._rawWrite(data, () => {});
    this._rawWrite('', cb);
    return;
  }
  this._headOnce(ex);
  countWritten(this, data);
  if (!ex.end(data, this._trailerPairs || [], cb)) process.nextTick(cb);
};

ServerResponse.prototype._finish = function _finish() {
  OutgoingMessage.prototype._finish.call(this);
};

ServerResponse.prototype.assignSocket = function assignSocket(socket) {
  if (socket._httpMessage) throw new ERR_HTTP_SOCKET_ASSIGNED();
  socket._httpMessage = this;
  this.socket = socket;
  this.emit('socket', socket);
};

ServerResponse.prototype.detachSocket = function detachSocket(socket) {
  socket._httpMessage = null;
  this.socket = null;
};

ServerResponse.prototype.writeContinue = function writeContinue(cb) {
  // Go answers Expect: 100-continue itself when the body is first read.
  this._sent100 = true;
  if (typeof cb === 'function') process.nextTick(cb);
};

ServerResponse.prototype.writeProcessing = function writeProcessing() {
  throw new ERR_NOT_IMPLEMENTED('response.writeProcessing');
};

ServerResponse.prototype.writeEarlyHints = function writeEarlyHints() {
  throw new ERR_NOT_IMPLEMENTED('response.writeEarlyHints');
};

const kServerDefaults = {
  requestTimeout: 300000,
  headersTimeout: 60000,
  keepAliveTimeout: 5000,
};

function Server(options, requestListener) {
  if (!(this instanceof Server)) return new Server(options, requestListener);
  if (typeof options === 'function') {
    requestListener = options;
    options = {};
  } else if (options == null || typeof options === 'object') {
    options = { ...options };
  } else {
    throw new ERR_INVALID_ARG_TYPE('options', 'object', options);
  }
  EventEmitter.call(this);
  this[kIncomingMessage] = options.IncomingMessage || IncomingMessage;
  this[kServerResponse] = options.ServerResponse || ServerResponse;
  const { maxHeaderSize: mhs } = options;
  if (mhs !== undefined) validateInteger(mhs, 'maxHeaderSize', 0);
  this.maxHeaderSize = mhs;
  const { insecureHTTPParser } = options;
  if (insecureHTTPParser !== undefined) validateBoolean(insecureHTTPParser, 'options.insecureHTTPParser');
  this.insecureHTTPParser = insecureHTTPParser;
  const requestTimeout = options.requestTimeout ?? kServerDefaults.requestTimeout;
  validateInteger(requestTimeout, 'requestTimeout', 0);
  this.requestTimeout = requestTimeout;
  const headersTimeout = options.headersTimeout ?? Math.min(kServerDefaults.headersTimeout, requestTimeout || Infinity);
  validateInteger(headersTimeout, 'headersTimeout', 0);
  if (requestTimeout > 0 && headersTimeout > 0 && headersTimeout > requestTimeout) {
    throw new ERR_OUT_OF_RANGE('headersTimeout', '<= requestTimeout', headersTimeout);
  }
  this.headersTimeout = headersTimeout;
  const { joinDuplicateHeaders } = options;
  if (joinDuplicateHeaders !== undefined) validateBoolean(joinDuplicateHeaders, 'options.joinDuplicateHeaders');
  this.joinDuplicateHeaders = joinDuplicateHeaders;
  this.keepAliveTimeout = kServerDefaults.keepAliveTimeout;
  this.maxHeadersCount = null;
  this.maxRequestsPerSocket = 0;
  this.timeout = 0;
  this._connections = 0;
  this[kSockets] = new Map();
  this[kHandle] = null;
  this[kRefed] = true;
  this._connectionKey = undefined;
  if (requestListener) this.on('request', requestListener);
  this.httpAllowHalfOpen = false;
  const { connectionsCheckingInterval } = options;
  if (connectionsCheckingInterval !== undefined) {
    validateInteger(connectionsCheckingInterval, 'connectionsCheckingInterval', 0);
    this.connectionsCheckingInterval = connectionsCheckingInterval;
  } else {
    this.connectionsCheckingInterval = 30000;
  }
  this.on('listening', setupConnectionsTracking);
}

const kConnectionsCheckingInterval = Symbol('http.server.connectionsCheckingInterval');

// setupConnectionsTracking keeps node's checker timer, which callers and
// node's tests see; the checks themselves (headers and request timeouts)
// are Go's, set at listen.
function setupConnectionsTracking() {
  if (this[kConnectionsCheckingInterval]) clearInterval(this[kConnectionsCheckingInterval]);
  this[kConnectionsCheckingInterval] = setInterval(() => {}, this.connectionsCheckingInterval || 30000).unref();
}
Object.setPrototypeOf(Server.prototype, EventEmitter.prototype);
Object.setPrototypeOf(Server, EventEmitter);

Object.defineProperty(Server.prototype, 'listening', {
  __proto__: null, configurable: true, enumerable: true,
  get() { return !!this[kHandle]; },
});

function toNumber(x) { return (x = Number(x)) >= 0 ? x : false; }

// listen takes net.Server#listen's forms: ([port[, host[, backlog]]][, cb])
// and (options[, cb]).
Server.prototype.listen = function listen(...args) {
  let cb;
  if (typeof args[args.length - 1] === 'function') cb = args.pop();
  let options = {};
  const first = args[0];
  if (first !== null && typeof first === 'object') {
    options = first;
    if (options.path != null || options.handle != null || options.fd != null) {
      throw new ERR_NOT_IMPLEMENTED('server.listen on a path, handle or fd');
    }
  } else if (typeof first === 'string' && toNumber(first) === false && first !== '') {
    throw new ERR_NOT_IMPLEMENTED('server.listen on a path');
  } else {
    options.port = first;
    if (typeof args[1] === 'string') {
      options.host = args[1];
      options.backlog = args[2];
    } else {
      options.backlog = args[1];
    }
  }
  if (this[kHandle]) throw new ERR_SERVER_ALREADY_LISTEN();
  let port = options.port;
  if (port === undefined || port === null) {
    port = 0;
  } else if (typeof port === 'number' || typeof port === 'string') {
    port = validatePort(port, 'options.port');
  } else {
    throw new ERR_INVALID_ARG_VALUE('options', options);
  }
  if (cb) this.once('listening', cb);
  let host = options.host || '';
  if (host === '::' || host === '0.0.0.0' || host === '::0') host = host === '0.0.0.0' ? host : '';
  const secure = typeof this[kSecureListen] === 'function' ? this[kSecureListen]() : undefined;
  const handle = binding.listen({
    host,
    port,
    tls: secure,
    onclienterror: (kind, message, code, info) => this._onClientError(kind, message, code, info),
    keepAliveTimeout: this.keepAliveTimeout,
    headersTimeout: this.headersTimeout,
    requestTimeout: this.requestTimeout,
    maxHeaderSize: this.maxHeaderSize ?? maxHeaderSize,
    onconnection: (id, remoteAddress, remotePort, localAddress, localPort, family, tls) =>
      this._onConnection(id, { remoteAddress, remotePort, localAddress, localPort, remoteFamily: family }, tls),
    onrequest: (ex) => this._onRequest(ex),
    onconnclose: (id) => this._onConnClose(id),
    onclose: () => {
      if (this[kClosing] === handle) this[kClosing] = null;
      this.emit('close');
    },
  });
  if (handle instanceof Error) {
    process.nextTick(() => this.emit('error', handle));
    return this;
  }
  this[kHandle] = handle;
  this._connectionKey = `4:${host}:${port}`;
  if (!this[kRefed]) handle.unref();
  process.nextTick(() => {
    if (this[kHandle] === handle) this.emit('listening');
  });
  return this;
};

Server.prototype.address = function address() {
  return this[kHandle] ? this[kHandle].address() : null;
};

Server.prototype.close = function close(cb) {
  clearInterval(this[kConnectionsCheckingInterval]);
  if (typeof cb === 'function') {
    if (!this[kHandle]) {
      this.once('close', function close() { cb(new ERR_SERVER_NOT_RUNNING()); });
    } else {
      this.once('close', cb);
    }
  }
  const handle = this[kHandle];
  if (handle) {
    this[kHandle] = null;
    this[kClosing] = handle;
    handle.close();
  } else {
    process.nextTick(() => this.emit('close'));
  }
  return this;
};

Server.prototype[Symbol.asyncDispose] = function() {
  return new Promise((resolve, reject) => this.close((err) => (err ? reject(err) : resolve())));
};

Server.prototype.ref = function ref() {
  this[kRefed] = true;
  if (this[kHandle]) this[kHandle].ref();
  return this;
};

Server.prototype.unref = function unref() {
  this[kRefed] = false;
  if (this[kHandle]) this[kHandle].unref();
  return this;
};

Server.prototype.setTimeout = function setTimeout(msecs, callback) {
  this.timeout = msecs;
  if (callback) this.on('timeout', callback);
  return this;
};

Server.prototype.getConnections = function getConnections(cb) {
  const n = this[kSockets].size;
  process.nextTick(cb, null, n);
  return this;
};

// After close() the connections still open belong to the closing
// handle: closeAllConnections() is how node's callers end them.
Server.prototype.closeAllConnections = function closeAllConnections() {
  const handle = this[kHandle] || this[kClosing];
  if (handle) handle.closeAllConnections();
};

Server.prototype.closeIdleConnections = function closeIdleConnections() {
  const handle = this[kHandle] || this[kClosing];
  if (handle) handle.closeIdleConnections();
};

Server.prototype._onConnection = function _onConnection(id, info, tls) {
  const handle = this[kHandle];
  const socket = new Socket(info, {
    destroy: () => handle && handle.closeConnection(id),
    end: () => handle && handle.endConnection(id),
  });
  socket.server = this;
  this[kSockets].set(id, socket);
  this._connections++;
  if (this.timeout) socket.setTimeout(this.timeout);
  // node's socketOnTimeout: the request still arriving, the response and
  // the server hear it (req.setTimeout / res.setTimeout arm the socket's
  // timer); nobody listening destroys the socket.
  socket.on('timeout', () => {
    const req = socket.parser?.incoming;
    const reqTimeout = req && !req.complete && req.emit('timeout', socket);
    const res = socket._httpMessage;
    const resTimeout = res && res.emit('timeout', socket);
    const serverTimeout = this.emit('timeout', socket);
    if (!reqTimeout && !resTimeout && !serverTimeout) socket.destroy();
  });
  this.emit('connection', socket);
  // The TLS side shows once secure, as node's TLSSocket over the raw
  // socket 'connection' got.
  if (tls) serverSecure(this, socket, tls);
  // https: the handshake is already done (secure.go), so node's
  // 'secureConnection' follows 'connection' at once.
  if (tls && !socket.destroyed) this.emit('secureConnection', socket);
};

// _onClientError reports an https handshake that failed, on
// 'tlsClientError' with a socket already closed.
Server.prototype._onClientError = function _onClientError(kind, message, code, info) {
  const socket = new Socket(info, null);
  socket.server = this;
  socket.destroyed = true;
  socket.readable = socket.writable = false;
  socket.encrypted = true;
  socket.authorized = false;
  socket.authorizationError = null;
  socket._secureEstablished = false;
  this.emit('tlsClientError', tlsClientError(kind, message, code), socket);
};

Server.prototype._onConnClose = function _onConnClose(id) {
  const socket = this[kSockets].get(id);
  if (!socket) return;
  this[kSockets].delete(id);
  this._connections--;
  socket._closed();
};

Server.prototype._onRequest = function _onRequest(ex) {
  let socket = this[kSockets].get(ex.connection);
  if (!socket) socket = new Socket({}, { destroy: () => ex.destroy() });
  const req = new this[kIncomingMessage](socket);
  req.method = ex.method;
  req.url = ex.url;
  req.httpVersionMajor = ex.versionMajor;
  req.httpVersionMinor = ex.versionMinor;
  req.httpVersion = `${ex.versionMajor}.${ex.versionMinor}`;
  req.rawHeaders = limitHeaders(ex.rawHeaders, this.maxHeadersCount);
  if (this.joinDuplicateHeaders) req.joinDuplicateHeaders = true;
  attachIO(req, ex, null, ex);
  ex.onerror = (msg) => req.destroy(new ConnResetException('aborted'));

  const res = new this[kServerResponse](req, {});
  res[kEx] = ex;
  const connHeader = req.headers.connection;
  if (req.httpVersionMajor === 1 && req.httpVersionMinor === 1) {
    res.shouldKeepAlive = !(connHeader && RE_CONN_CLOSE.test(connHeader));
  } else {
    res.shouldKeepAlive = !!(connHeader && /(?:^|\W)keep-alive(?:$|\W)/i.test(connHeader));
  }
  res._keepAliveTimeout = this.keepAliveTimeout;
  if (req.headers.expect && /100-continue/i.test(req.headers.expect)) {
    res._expect_continue = true;
  }
  res.socket = socket;
  socket._httpMessage = res;
  socket.parser = { incoming: req };

  ex.onabort = () => {
    // As Node's abortIncoming: a request whose response is unfinished is
    // destroyed with ECONNRESET (emitted only if someone listens).
    if (!req.destroyed) req.destroy(new ConnResetException('aborted'));
    if (!res._closed && (!res.finished || !res.writableFinished)) {
      res.destroyed = true;
      res._closed = true;
      res.emit('close');
    }
  };
  res.on('finish', () => {
    if (socket._httpMessage === res) socket._httpMessage = null;
    if (!req._consuming && !req._readableState.resumeScheduled) req._dump();
    process.nextTick(() => {
      if (res._closed) return;
      res.destroyed = true;
      res._closed = true;
      res.emit('close');
    });
  });

  if (req.headers.expect !== undefined && res._expect_continue && this.listenerCount('checkContinue') > 0) {
    this.emit('checkContinue', req, res);
  } else {
    this.emit('request', req, res);
  }
};

// limitHeaders keeps the first maxHeadersCount header lines, as node's
// parser stops collecting there (0 or null: node's default, 2000).
function limitHeaders(raw, max) {
  if (!max) max = 2000;
  return raw.length > max * 2 ? raw.slice(0, max * 2) : raw;
}

function createServer(opts, requestListener) {
  return new Server(opts, requestListener);
}
