// ClientRequest. Its Agent hands it a connection on the next tick; its
// head (the _header Node renders) goes out with the first write, end or
// flushHeaders, and the response is parsed by Go on that connection.

const kQueued = Symbol('kQueued');
const kError = Symbol('kError');
const kFreed = Symbol('kFreed');

const INVALID_PATH_REGEX = /[^\u0021-\u00ff]/;

function validateHost(host, name) {
  if (host !== null && host !== undefined && typeof host !== 'string') {
    throw new ERR_INVALID_ARG_TYPE(`options.${name}`, ['string', 'undefined', 'null'], host);
  }
  return host;
}

function urlToHttpOptions(url) {
  const options = {
    // What the caller added to the URL object (headers…), as node's.
    ...url,
    protocol: url.protocol,
    hostname: typeof url.hostname === 'string' && url.hostname.startsWith('[') ?
      url.hostname.slice(1, -1) : url.hostname,
    hash: url.hash,
    search: url.search,
    pathname: url.pathname,
    path: `${url.pathname || ''}${url.search || ''}`,
    href: url.href,
  };
  if (url.port !== '') options.port = Number(url.port);
  if (url.username || url.password) {
    options.auth = `${decodeURIComponent(url.username)}:${decodeURIComponent(url.password)}`;
  }
  return options;
}

function ClientRequest(input, options, cb) {
  OutgoingMessage.call(this);
  this[kQueued] = [];
  this._headSent = false;
  if (typeof input === 'string') {
    input = urlToHttpOptions(new URL(input));
  } else if (input instanceof URL) {
    input = urlToHttpOptions(input);
  } else {
    cb = options;
    options = input;
    input = null;
  }
  if (typeof options === 'function') {
    cb = options;
    options = input || {};
  } else {
    options = Object.assign(input || {}, options);
  }

  let agent = options.agent;
  const defaultAgent = options._defaultAgent || globalAgent;
  if (agent === false) {
    agent = new defaultAgent.constructor();
  } else if (agent === null || agent === undefined) {
    if (typeof options.createConnection !== 'function') agent = defaultAgent;
    options.agent = agent;
  } else if (typeof agent.addRequest !== 'function') {
    throw new ERR_INVALID_ARG_TYPE('options.agent', ['Agent-like Object', 'undefined', 'false'], agent);
  }
  this.agent = agent;

  const protocol = options.protocol || defaultAgent.protocol;
  let expectedProtocol = defaultAgent.protocol;
  if (this.agent?.protocol) expectedProtocol = this.agent.protocol;
  if (options.path) {
    const path = String(options.path);
    if (INVALID_PATH_REGEX.test(path)) throw new ERR_UNESCAPED_CHARACTERS('Request path');
  }
  if (protocol !== expectedProtocol) throw new ERR_INVALID_PROTOCOL(protocol, expectedProtocol);

  const defaultPort = options.defaultPort || (this.agent?.defaultPort) || 80;
  const port = options.port = options.port || defaultPort || 80;
  const host = options.host = validateHost(options.hostname, 'hostname') ||
    validateHost(options.host, 'host') || 'localhost';
  const setHost = options.setHost === undefined || Boolean(options.setHost);
  this.socketPath = options.socketPath;
  if (this.socketPath) throw new ERR_NOT_IMPLEMENTED('http.request with socketPath');

  if (options.timeout !== undefined) this.timeout = getTimerDuration(options.timeout, 'timeout');

  const signal = options.signal;
  if (signal) addAbortSignal(signal, this);

  let method = options.method;
  const methodIsString = typeof method === 'string';
  if (method !== null && method !== undefined && !methodIsString) {
    throw new ERR_INVALID_ARG_TYPE('options.method', 'string', method);
  }
  if (methodIsString && method) {
    if (!checkIsHttpToken(method)) throw new ERR_INVALID_HTTP_TOKEN('Method', method);
    method = this.method = method.toUpperCase();
  } else {
    method = this.method = 'GET';
  }

  const maxHeaderSizeOpt = options.maxHeaderSize;
  if (maxHeaderSizeOpt !== undefined) validateInteger(maxHeaderSizeOpt, 'maxHeaderSize', 0);
  this.maxHeaderSize = maxHeaderSizeOpt;
  const { insecureHTTPParser } = options;
  if (insecureHTTPParser !== undefined) validateBoolean(insecureHTTPParser, 'options.insecureHTTPParser');
  this.insecureHTTPParser = insecureHTTPParser;
  if (options.joinDuplicateHeaders !== undefined) {
    validateBoolean(options.joinDuplicateHeaders, 'options.joinDuplicateHeaders');
  }
  this.joinDuplicateHeaders = options.joinDuplicateHeaders;

  this.path = options.path || '/';
  if (cb) this.once('response', cb);

  if (method === 'GET' || method === 'HEAD' || method === 'DELETE' || method === 'OPTIONS' ||
      method === 'TRACE' || method === 'CONNECT') {
    this.useChunkedEncodingByDefault = false;
  } else {
    this.useChunkedEncodingByDefault = true;
  }

  this._ended = false;
  this.res = null;
  this.aborted = false;
  this.timeoutCb = null;
  this.upgradeOrConnect = false;
  this.parser = null;
  this.maxHeadersCount = null;
  this.reusedSocket = false;
  this.host = host;
  this.protocol = protocol;
  this[kError] = null;
  this[kHostPort] = port;

  if (this.agent) {
    // Keep-alive only when the agent can reuse the connection: a
    // keep-alive agent, or a bounded pool with requests queueing for it.
    if (!this.agent.keepAlive && !Number.isFinite(this.agent.maxSockets)) {
      this._last = true;
      this.shouldKeepAlive = false;
    } else {
      this._last = false;
      this.shouldKeepAlive = true;
    }
  } else {
    this._last = true;
    this.shouldKeepAlive = false;
  }

  const headersArray = Array.isArray(options.headers);
  if (!headersArray) {
    if (options.headers) {
      for (const key of Object.keys(options.headers)) this.setHeader(key, options.headers[key]);
    }
    if (host && !this.getHeader('host') && setHost) {
      let hostHeader = host;
      const posColon = hostHeader.indexOf(':');
      if (posColon !== -1 && hostHeader.includes(':', posColon + 1) && hostHeader.charCodeAt(0) !== 91) {
        hostHeader = `[${hostHeader}]`;
      }
      if (port && +port !== defaultPort) hostHeader += ':' + port;
      this.setHeader('Host', hostHeader);
    }
    if (options.auth && !this.getHeader('Authorization')) {
      this.setHeader('Authorization', 'Basic ' + Buffer.from(options.auth).toString('base64'));
    }
    if (this.getHeader('expect')) {
      if (this._header) throw new ERR_HTTP_HEADERS_SENT('render');
      this._storeHeader(this.method + ' ' + this.path + ' HTTP/1.1\r\n', this[kOutHeaders]);
    }
  } else {
    this._storeHeader(this.method + ' ' + this.path + ' HTTP/1.1\r\n', options.headers);
  }

  if (this.agent) {
    const optsWithoutSignal = { __proto__: null, ...options };
    delete optsWithoutSignal.signal;
    this.agent.addRequest(this, optsWithoutSignal);
  } else if (typeof options.createConnection === 'function') {
    throw new ERR_NOT_IMPLEMENTED('options.createConnection');
  }
}
Object.setPrototypeOf(ClientRequest.prototype, OutgoingMessage.prototype);
Object.setPrototypeOf(ClientRequest, OutgoingMessage);
const kHostPort = Symbol('kHostPort');

function getTimerDuration(msecs, name) {
  validateNumber(msecs, name);
  if (msecs < 0 || !Number.isFinite(msecs)) throw new ERR_OUT_OF_RANGE(name, 'a non-negative finite number', msecs);
  return msecs;
}

function addAbortSignal(signal, req) {
  if (signal === null || typeof signal !== 'object' || !('aborted' in signal)) {
    throw new ERR_INVALID_ARG_TYPE('signal', 'AbortSignal', signal);
  }
  const onAbort = () => {
    const { AbortError } = require('internal/errors');
    req.destroy(new AbortError(undefined, { cause: signal.reason }));
  };
  if (signal.aborted) {
    process.nextTick(onAbort);
  } else {
    signal.addEventListener('abort', onAbort, { once: true });
    req.once('close', () => signal.removeEventListener('abort', onAbort));
  }
}

ClientRequest.prototype._implicitHeader = function _implicitHeader() {
  if (this._header) throw new ERR_HTTP_HEADERS_SENT('render');
  this._storeHeader(this.method + ' ' + this.path + ' HTTP/1.1\r\n', this[kOutHeaders]);
};

// onSocket hands the request its connection on the next tick, as Node's
// Agent does.
ClientRequest.prototype.onSocket = function onSocket(socket, err) {
  process.nextTick(() => {
    if (err) {
      this.destroyed = true;
      this.emit('error', err);
      this._closed = true;
      this.emit('close');
      return;
    }
    if (this.destroyed) {
      socket.emit('free');
      return;
    }
    tickOnSocket(this, socket);
  });
};

function tickOnSocket(req, socket) {
  socket._httpMessage = req;
  req.socket = socket;
  socket.on('error', socketErrorListener);
  socket.on('end', socketOnEnd);
  socket.on('close', socketCloseListener);
  req.on('prefinish', requestOnPrefinish);
  if (req.timeout !== undefined || (req.agent && req.agent.options && req.agent.options.timeout)) {
    listenSocketTimeout(req);
  }
  req.emit('socket', socket);
  const queued = req[kQueued];
  req[kQueued] = [];
  for (const fn of queued) fn();
}

// listenSocketTimeout: the socket's timeout (the request's `timeout` or
// the agent's) is the request's 'timeout', as in node.
function listenSocketTimeout(req) {
  if (req.timeoutCb) return;
  req.timeoutCb = emitRequestTimeout;
  if (req.socket) req.socket.once('timeout', emitRequestTimeout);
  else req.on('socket', (socket) => socket.once('timeout', emitRequestTimeout));
}

function emitRequestTimeout() {
  const req = this._httpMessage;
  if (req) req.emit('timeout');
}

function socketErrorListener(err) {
  const req = this._httpMessage;
  if (req) {
    this._hadError = true;
    req.emit('error', err);
  }
}

// socketOnEnd: the server ended the connection before a response.
function socketOnEnd() {
  const req = this._httpMessage;
  if (req && !req.res && !this._hadError) {
    this._hadError = true;
    req.emit('error', new ConnResetException('socket hang up'));
  }
}

function socketCloseListener() {
  const socket = this;
  const req = socket._httpMessage;
  if (!req) return;
  req.destroyed = true;
  const res = req.res;
  if (res) {
    if (!res.complete) res.destroy(new ConnResetException('aborted'));
    req._closed = true;
    req.emit('close');
  } else {
    if (!socket._hadError && !req.aborted) {
      socket._hadError = true;
      req.emit('error', req[kError] || new ConnResetException('socket hang up'));
    }
    req._closed = true;
    req.emit('close');
  }
}

function requestOnPrefinish() {
  if (this.shouldKeepAlive && this._ended) responseKeepAlive(this);
}

// responseOnTimeout: res.setTimeout() arms the socket's idle timer; the
// response reports it.
function responseOnTimeout() {
  const req = this._httpMessage;
  if (req && req.res) req.res.emit('timeout');
}

function responseOnEnd() {
  const req = this.req;
  const socket = req.socket;
  req._ended = true;
  if (!socket) return;
  if (!req.shouldKeepAlive) {
    if (socket.writable) socket.destroySoon();
  } else if (req.writableFinished && !this.aborted) {
    responseKeepAlive(req);
  }
}

function responseKeepAlive(req) {
  // Once: the response's end and the request's finish may both get here.
  if (req[kFreed]) return;
  req[kFreed] = true;
  const socket = req.socket;
  if (socket._timer) {
    clearTimeout(socket._timer);
    socket._timer = null;
  }
  socket.removeListener('close', socketCloseListener);
  socket.removeListener('error', socketErrorListener);
  socket.removeListener('end', socketOnEnd);
  socket.removeListener('timeout', responseOnTimeout);
  if (req.timeoutCb) {
    socket.removeListener('timeout', req.timeoutCb);
    req.timeoutCb = null;
  }
  process.nextTick(() => {
    req._closed = true;
    req.emit('close');
    if (req.socket) req.socket.emit('free');
  });
  req.destroyed = true;
  if (req.res) req.res.socket = null;
}

// whenSocket runs fn once the request has its socket.
ClientRequest.prototype._whenSocket = function _whenSocket(fn) {
  if (this.socket) fn(this.socket);
  else this[kQueued].push(() => fn(this.socket));
};

ClientRequest.prototype._sendHead = function _sendHead(socket) {
  if (this._headSent) return;
  this._headSent = true;
  socket._ctl.send(this.method, Buffer.from(this._header, 'latin1'));
};

ClientRequest.prototype._writable = function _writable() {
  return !!this.socket && !this.socket.connecting;
};

ClientRequest.prototype._flushHead = function _flushHead() {
  this._whenSocket((socket) => this._sendHead(socket));
};

function frame(msg, data) {
  if (!msg.chunkedEncoding) return data;
  const len = typeof data === 'string' ? Buffer.byteLength(data) : data.length;
  if (len === 0) return data;
  return Buffer.concat([Buffer.from(len.toString(16) + '\r\n', 'latin1'), toBuffer(data), Buffer.from('\r\n', 'latin1')]);
}

ClientRequest.prototype._sendData = function _sendData(data, cb) {
  this._whenSocket((socket) => {
    if (this.destroyed || socket.destroyed) {
      process.nextTick(cb);
      return;
    }
    this._sendHead(socket);
    socket._active();
    if (!socket._ctl.write(frame(this, data), cb)) process.nextTick(cb);
  });
};

ClientRequest.prototype._sendEnd = function _sendEnd(data, cb) {
  this._whenSocket((socket) => {
    if (this.destroyed || socket.destroyed) {
      process.nextTick(cb);
      return;
    }
    this._sendHead(socket);
    let out = data && data.length && this._hasBody ? frame(this, data) : '';
    if (this.chunkedEncoding) {
      out = Buffer.concat([toBuffer(out), Buffer.from('0\r\n' + this._trailer + '\r\n', 'latin1')]);
    }
    if (!socket._ctl.write(out, cb)) process.nextTick(cb);
  });
};

ClientRequest.prototype._onResponse = function _onResponse(info) {
  const socket = this.socket;
  const res = new IncomingMessage(socket);
  res.statusCode = info.statusCode;
  res.statusMessage = info.statusMessage;
  res.httpVersionMajor = info.versionMajor;
  res.httpVersionMinor = info.versionMinor;
  res.httpVersion = `${info.versionMajor}.${info.versionMinor}`;
  res.rawHeaders = limitHeaders(info.rawHeaders, this.maxHeadersCount);
  if (this.joinDuplicateHeaders) res.joinDuplicateHeaders = true;
  res.req = this;
  this.res = res;
  if (!info.shouldKeepAlive) this.shouldKeepAlive = false;
  attachIO(res, socket._ctl, () => socket._active(), info);
  res.on('end', responseOnEnd);
  socket.on('timeout', responseOnTimeout);
  if (this.aborted || !this.emit('response', res)) res._dump();
};

ClientRequest.prototype.abort = function abort() {
  if (this.aborted) return;
  this.aborted = true;
  process.nextTick(() => this.emit('abort'));
  this.destroy();
};

ClientRequest.prototype.destroy = function destroy(err) {
  if (this.destroyed) return this;
  this.destroyed = true;
  if (this.res) this.res._dump();
  this[kError] = err;
  if (this.socket) {
    this.socket.destroy(err);
  } else {
    process.nextTick(() => {
      if (err || !this.aborted) {
        this.emit('error', err || new ConnResetException('socket hang up'));
      }
      this._closed = true;
      this.emit('close');
    });
  }
  return this;
};

ClientRequest.prototype.setTimeout = function setTimeout(msecs, callback) {
  if (this._ended) return this;
  listenSocketTimeout(this);
  msecs = getTimerDuration(msecs, 'msecs');
  if (callback) this.once('timeout', callback);
  if (this.socket) setSocketTimeout(this.socket, msecs);
  else this.once('socket', (socket) => setSocketTimeout(socket, msecs));
  return this;
};

// setSocketTimeout: a socket still connecting takes the request's
// timeout once connected (until then the agent's or the option's runs).
function setSocketTimeout(socket, msecs) {
  if (socket.connecting) socket.once('connect', () => socket.setTimeout(msecs));
  else socket.setTimeout(msecs);
}

ClientRequest.prototype.setNoDelay = function setNoDelay() {};
ClientRequest.prototype.setSocketKeepAlive = function setSocketKeepAlive() {};
ClientRequest.prototype.clearTimeout = function clearTimeout(cb) {
  this.setTimeout(0, cb);
};

function request(url, options, cb) {
  return new ClientRequest(url, options, cb);
}

function get(url, options, cb) {
  const req = request(url, options, cb);
  req.end();
  return req;
}

// The internal module's exports: everything `http` and the legacy
// `_http_*` modules pick from (public.js, aliases in http.go).
module.exports = {
  Agent,
  ClientRequest,
  ClientSocket,
  kSecure,
  kSecureListen,
  IncomingMessage,
  OutgoingMessage,
  Server,
  ServerResponse,
  METHODS: METHODS.slice().sort(),
  STATUS_CODES,
  createServer,
  get,
  request,
  validateHeaderName,
  validateHeaderValue,
  maxHeaderSize,
  getGlobalAgent() { return globalAgent; },
  setGlobalAgent(value) { globalAgent = value; },
  checkInvalidHeaderChar,
  checkIsHttpToken,
  chunkExpression: /(?:^|\W)chunked(?:$|\W)/i,
  continueExpression: /(?:^|\W)100-continue(?:$|\W)/i,
  kIncomingMessage,
  kServerResponse,
  kConnectionsCheckingInterval,
  kHighWaterMark: Symbol('kHighWaterMark'),
  kUniqueHeaders,
  readStart(socket) {
    if (socket && !socket._paused && socket.readable) socket.resume();
  },
  readStop(socket) {
    if (socket) socket.pause();
  },
  connectionListener() {
    throw new ERR_NOT_IMPLEMENTED('http._connectionListener');
  },
  setMaxIdleHTTPParsers(max) {
    validateInteger(max, 'max', 1);
  },
};
