// Agent: Node's connection pool, kept in JS as Node keeps it (sockets,
// freeSockets, pending requests, 'free'), over ClientSocket, whose Go
// side dials, writes the bytes a request renders and parses responses.

function Agent(options) {
  if (!(this instanceof Agent)) return new Agent(options);
  EventEmitter.call(this);
  this.defaultPort = 80;
  this.protocol = 'http:';
  this.options = { __proto__: null, ...options };
  if (this.options.noDelay === undefined) this.options.noDelay = true;
  this.options.path = null;
  this.requests = { __proto__: null };
  this.sockets = { __proto__: null };
  this.freeSockets = { __proto__: null };
  this.keepAliveMsecs = this.options.keepAliveMsecs || 1000;
  this.keepAlive = this.options.keepAlive || false;
  this.maxSockets = this.options.maxSockets || Agent.defaultMaxSockets;
  this.maxFreeSockets = this.options.maxFreeSockets || 256;
  this.scheduling = this.options.scheduling || 'lifo';
  this.maxTotalSockets = this.options.maxTotalSockets;
  this.totalSocketCount = 0;
  require('internal/validators').validateOneOf(this.scheduling, 'scheduling', ['fifo', 'lifo']);
  if (this.maxTotalSockets !== undefined) {
    validateNumber(this.maxTotalSockets, 'maxTotalSockets', 1);
  } else {
    this.maxTotalSockets = Infinity;
  }

  this.on('free', (socket, options) => {
    const name = this.getName(options);
    if (!socket.writable) {
      socket.destroy();
      return;
    }
    const requests = this.requests[name];
    if (requests && requests.length) {
      const req = requests.shift();
      if (requests.length === 0) delete this.requests[name];
      // node hands a waiting request the socket without reuseSocket, so
      // its reusedSocket stays false.
      setRequestSocket(this, req, socket);
      return;
    }
    const req = socket._httpMessage;
    if (!req || !req.shouldKeepAlive || !this.keepAlive) {
      socket.destroy();
      return;
    }
    const freeSockets = this.freeSockets[name] || [];
    const freeLen = freeSockets.length;
    let count = freeLen;
    if (this.sockets[name]) count += this.sockets[name].length;
    if (this.totalSocketCount > this.maxTotalSockets || count > this.maxSockets ||
        freeLen >= this.maxFreeSockets || !this.keepSocketAlive(socket)) {
      socket.destroy();
      return;
    }
    this.freeSockets[name] = freeSockets;
    socket._httpMessage = null;
    this.removeSocket(socket, options);
    socket.once('error', freeSocketErrorListener);
    freeSockets.push(socket);
  });
  this.on('newListener', maybeEnableKeylog);
}
Object.setPrototypeOf(Agent.prototype, EventEmitter.prototype);
Object.setPrototypeOf(Agent, EventEmitter);
Agent.defaultMaxSockets = Infinity;

function maybeEnableKeylog() {}

function onReadableStreamEnd() {}

function freeSocketErrorListener(err) {
  this.destroy();
  this.emit('agentRemove');
}

Agent.prototype.createConnection = function createConnection(options, cb) {
  const socket = new ClientSocket(options);
  if (typeof cb === 'function') socket.once('connect', () => cb(null, socket));
  return socket;
};

Agent.prototype.getName = function getName(options = {}) {
  let name = options.host || 'localhost';
  name += ':';
  if (options.port) name += options.port;
  name += ':';
  if (options.localAddress) name += options.localAddress;
  if (options.family === 4 || options.family === 6) name += `:${options.family}`;
  if (options.socketPath) name += `:${options.socketPath}`;
  return name;
};

Agent.prototype.addRequest = function addRequest(req, options, port, localAddress) {
  if (typeof options === 'string') {
    options = { __proto__: null, host: options, port, localAddress };
  }
  options = { __proto__: null, ...options, ...this.options };
  if (options.socketPath) options.path = options.socketPath;
  normalizeServerName(options, req);
  const name = this.getName(options);
  this.sockets[name] ||= [];
  const freeSockets = this.freeSockets[name];
  let socket;
  if (freeSockets) {
    while (freeSockets.length && freeSockets[0].destroyed) freeSockets.shift();
    socket = this.scheduling === 'fifo' ? freeSockets.shift() : freeSockets.pop();
    if (!freeSockets.length) delete this.freeSockets[name];
  }
  const freeLen = freeSockets ? freeSockets.length : 0;
  const sockLen = freeLen + this.sockets[name].length;
  if (socket) {
    this.reuseSocket(socket, req);
    setRequestSocket(this, req, socket);
    this.sockets[name].push(socket);
  } else if (sockLen < this.maxSockets && this.totalSocketCount < this.maxTotalSockets) {
    this.createSocket(req, options, (err, s) => {
      if (err) req.onSocket(s, err);
      else setRequestSocket(this, req, s);
    });
  } else {
    this.requests[name] ||= [];
    this.requests[name].push(req);
  }
};

function normalizeServerName(options, req) {
  if (!options.servername && options.servername !== '') options.servername = calculateServerName(options, req);
}

// calculateServerName: the SNI name node derives from the Host header or
// the host; never an IP address.
function calculateServerName(options, req) {
  let servername = options.host;
  const hostHeader = req.getHeader('host');
  if (hostHeader) {
    validateString(hostHeader, 'options.headers.host');
    if (hostHeader.startsWith('[')) {
      const index = hostHeader.indexOf(']');
      servername = index === -1 ? hostHeader : hostHeader.substring(1, index);
    } else {
      servername = hostHeader.split(':', 1)[0];
    }
  }
  if (require('net').isIP(servername)) servername = '';
  return servername;
}

Agent.prototype.createSocket = function createSocket(req, options, cb) {
  options = { __proto__: null, ...options, ...this.options };
  const name = this.getName(options);
  options._agentKey = name;
  options.encoding = null;
  const oncreate = (err, s) => {
    if (err) return cb(err);
    this.sockets[name] ||= [];
    this.sockets[name].push(s);
    this.totalSocketCount++;
    installListeners(this, s, options);
    cb(null, s);
  };
  // A keep-alive agent asks for TCP keep-alive on its sockets, as node's.
  if (this.keepAlive) {
    options.keepAlive = this.keepAlive;
    options.keepAliveInitialDelay = this.keepAliveMsecs;
  }
  const newSocket = this.createConnection(options, () => {});
  if (newSocket) oncreate(null, newSocket);
};

function installListeners(agent, s, options) {
  function onFree() {
    agent.emit('free', s, options);
  }
  s.on('free', onFree);
  function onClose() {
    agent.totalSocketCount--;
    agent.removeSocket(s, options);
  }
  s.on('close', onClose);
  function onTimeout() {
    const sockets = agent.freeSockets;
    if (Object.keys(sockets).some((name) => sockets[name].includes(s))) s.destroy();
  }
  s.on('timeout', onTimeout);
  function onRemove() {
    agent.totalSocketCount--;
    agent.removeSocket(s, options);
    s.removeListener('close', onClose);
    s.removeListener('free', onFree);
    s.removeListener('timeout', onTimeout);
    s.removeListener('agentRemove', onRemove);
  }
  s.on('agentRemove', onRemove);
}

Agent.prototype.removeSocket = function removeSocket(s, options) {
  const name = this.getName(options);
  for (const sockets of [this.sockets, this.freeSockets]) {
    const list = sockets[name];
    if (list) {
      const index = list.indexOf(s);
      if (index !== -1) {
        list.splice(index, 1);
        if (list.length === 0) delete sockets[name];
      }
    }
  }
  const requests = this.requests[name];
  if (requests && requests.length) {
    const req = requests[0];
    const sockLen = (this.sockets[name] || []).length + (this.freeSockets[name] || []).length;
    if (sockLen < this.maxSockets && this.totalSocketCount < this.maxTotalSockets) {
      requests.shift();
      if (requests.length === 0) delete this.requests[name];
      this.createSocket(req, options, (err, socket) => {
        if (err) req.onSocket(socket, err);
        else setRequestSocket(this, req, socket);
      });
    }
  }
};

Agent.prototype.keepSocketAlive = function keepSocketAlive(socket) {
  socket.setKeepAlive(true, this.keepAliveMsecs);
  socket.unref();
  socket._ctl.idle();
  return true;
};

Agent.prototype.reuseSocket = function reuseSocket(socket, req) {
  socket.removeListener('error', freeSocketErrorListener);
  req.reusedSocket = true;
  socket.ref();
};

Agent.prototype.destroy = function destroy() {
  for (const set of [this.freeSockets, this.sockets]) {
    for (const key of Object.keys(set)) {
      for (const socket of set[key].slice()) socket.destroy();
    }
  }
};

// setRequestSocket hands the request its socket; a request timeout other
// than the agent's re-arms the socket's, as node's does.
function setRequestSocket(agent, req, socket) {
  req.onSocket(socket);
  const agentTimeout = agent.options.timeout || 0;
  if (req.timeout === undefined || req.timeout === agentTimeout) return;
  socket.setTimeout(req.timeout);
}

// ClientSocket is an Agent's connection: Go dials, writes the bytes the
// request renders and parses each response.
function ClientSocket(options) {
  Socket.call(this, {}, null);
  this.connecting = true;
  this._hadError = false;
  this._refed = true;
  // net.connect's signal: aborting destroys the socket with AbortError.
  const signal = options.signal;
  if (signal) {
    const onAbort = () => {
      const { AbortError } = require('internal/errors');
      this.destroy(new AbortError(undefined, { cause: signal.reason }));
    };
    if (signal.aborted) {
      process.nextTick(onAbort);
    } else {
      signal.addEventListener('abort', onAbort, { once: true });
      this.once('close', () => signal.removeEventListener('abort', onAbort));
    }
  }
  // net.connect's timeout option: the agent's `timeout` arms new sockets.
  if (options.timeout) this.setTimeout(options.timeout);
  // A request's highWaterMark sizes its socket's buffers, and so its
  // response's, as net.Socket's option does.
  if (options.highWaterMark !== undefined) {
    this.readableHighWaterMark = this.writableHighWaterMark = options.highWaterMark;
  }
  const host = options.host || 'localhost';
  this._host = host;
  // net.Socket's own 'end' listener, which frameworks and Node's tests
  // count.
  this.on('end', onReadableStreamEnd);
  // https (secure.js): TLS over the connection, the server checked as
  // node's tls.connect does before any request byte goes out.
  const secure = options[kSecure] ? clientTLS(options) : null;
  if (secure) {
    this.encrypted = true;
    this.authorized = false;
    this.authorizationError = null;
    this._tlsOptions = secure.options;
  }
  this._ctl = binding.connect({
    host: host[0] === '[' ? host.slice(1, -1) : host,
    port: options.port,
    family: options.family,
    localAddress: options.localAddress,
    tls: secure ? secure.binding : undefined,
    onverify: (tls) => clientVerify(this, tls, secure.options),
    onconnect: (info, tls) => {
      this.connecting = false;
      Object.assign(this, info);
      this.emit('connect');
      this.emit('ready');
      if (tls) this.emit('secureConnect');
    },
    onerror: (e) => this._onError(e),
    onresponse: (info) => {
      const req = this._httpMessage;
      if (req) req._onResponse(info);
    },
    oninfo: (info) => {
      const req = this._httpMessage;
      if (!req) return;
      info.httpVersion = `${info.httpVersionMajor}.${info.httpVersionMinor}`;
      info.headers = buildHeaders(info.rawHeaders, false, false);
      if (info.statusCode === 100) req.emit('continue');
      req.emit('information', info);
    },
    onclose: () => {
      if (!this.destroyed) {
        this._ctl.destroy();
        this._closed();
      }
    },
    onbodyerror: () => this.destroy(),
  });
}
Object.setPrototypeOf(ClientSocket.prototype, Socket.prototype);
Object.setPrototypeOf(ClientSocket, Socket);

ClientSocket.prototype._onError = function _onError(e) {
  let err;
  if (this.destroyed) return;
  if (e instanceof Error) {
    err = e;
  } else if (e && typeof e === 'object' && e.tls !== undefined) {
    err = handshakeError(this, e, this._tlsOptions || {});
  } else if (e && typeof e === 'object' && e.dns !== undefined) {
    err = new DNSException(e.notFound ? 'ENOTFOUND' : 'EAI_AGAIN', 'getaddrinfo', e.dns);
    err.errno = e.notFound ? -3008 : -3001;
  } else {
    // The peer ended the connection before a whole response arrived:
    // 'end' (the request reports "socket hang up"), then 'close'.
    this._ctl.destroy();
    this._closed();
    return;
  }
  this._hadError = true;
  this.destroy(err);
};

ClientSocket.prototype.ref = function ref() {
  if (!this._refed) {
    this._refed = true;
    this._ctl.ref();
  }
  return this;
};

ClientSocket.prototype.unref = function unref() {
  if (this._refed) {
    this._refed = false;
    this._ctl.unref();
  }
  return this;
};

let globalAgent = new Agent({ keepAlive: true, scheduling: 'lifo', timeout: 5000 });

