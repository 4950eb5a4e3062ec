// net.Server: an EventEmitter over a listening handle whose accepted
// connections call handle.onconnection(socketHandle).
// https://nodejs.org/docs/latest-v20.x/api/net.html#class-netserver

function Server(options, connectionListener) {
  if (!(this instanceof Server)) return new Server(options, connectionListener);
  EventEmitter.call(this);
  if (typeof options === 'function') {
    connectionListener = options;
    options = {};
    this.on('connection', connectionListener);
  } else if (options == null || typeof options === 'object') {
    options = { ...options };
    if (typeof connectionListener === 'function') this.on('connection', connectionListener);
  } else {
    throw new ERR_INVALID_ARG_TYPE('options', 'Object', options);
  }
  if (typeof options.keepAliveInitialDelay !== 'undefined') {
    validateNumber(options.keepAliveInitialDelay, 'options.keepAliveInitialDelay');
    if (options.keepAliveInitialDelay < 0) options.keepAliveInitialDelay = 0;
  }
  if (typeof options.highWaterMark !== 'undefined') {
    validateNumber(options.highWaterMark, 'options.highWaterMark');
    if (options.highWaterMark < 0) options.highWaterMark = require('stream').getDefaultHighWaterMark();
  }
  if (options.blockList) {
    if (!isBlockList(options.blockList)) {
      throw new ERR_INVALID_ARG_TYPE('options.blockList', 'net.BlockList', options.blockList);
    }
    this.blockList = options.blockList;
  }
  this._connections = 0;
  this._handle = null;
  this._usingWorkers = false;
  this._workers = [];
  this._unref = false;
  this._listeningId = 1;
  this.allowHalfOpen = options.allowHalfOpen || false;
  this.pauseOnConnect = !!options.pauseOnConnect;
  this.noDelay = Boolean(options.noDelay);
  this.keepAlive = Boolean(options.keepAlive);
  this.keepAliveInitialDelay = ~~(options.keepAliveInitialDelay / 1000);
  this.highWaterMark = options.highWaterMark ?? require('stream').getDefaultHighWaterMark();
}
Object.setPrototypeOf(Server.prototype, EventEmitter.prototype);
Object.setPrototypeOf(Server, EventEmitter);

Server.prototype.listen = function(...args) {
  const normalized = normalizeArgs(args);
  let options = normalized[0];
  const cb = normalized[1];
  if (this._handle) throw new ERR_SERVER_ALREADY_LISTEN();
  if (options.signal !== undefined) {
    validateAbortSignal(options.signal, 'options.signal');
    const signal = options.signal;
    const onAborted = () => this.close();
    if (signal.aborted) process.nextTick(onAborted);
    else {
      signal.addEventListener('abort', onAborted, { once: true });
      this.once('close', () => signal.removeEventListener('abort', onAborted));
    }
  }
  if (cb !== null) this.once('listening', cb);
  const backlogFromArgs = toNumber(args.length > 1 && args[1]) || toNumber(args.length > 2 && args[2]);
  options = options._handle || options.handle || options;
  // (handle[, backlog][, cb]): another server's listening handle, which
  // this server takes over (its connections come here from now on).
  if (options[kListenHandle]) {
    adoptListenHandle(this, options);
    this._connectionKey = '-1:null:-1';
    process.nextTick(() => {
      if (this._handle) this.emit('listening');
    });
    return this;
  }
  // ({ fd }[, backlog][, cb]): a socket descriptor the process has.
  if (typeof options.fd === 'number' && options.fd >= 0) {
    // What is not a descriptor number is EINVAL, reported as a failed
    // listen, as node's createServerHandle does.
    const handle = Number.isInteger(options.fd) && options.fd <= 0x7fffffff ?
      binding.listenFd(options.fd) : -require('os').constants.errno.EINVAL;
    if (typeof handle === 'number') {
      const err = new UVExceptionWithHostPort(handle, 'listen', null, null);
      process.nextTick(() => this.emit('error', err));
      return this;
    }
    adoptListenHandle(this, handle);
    this._connectionKey = 'null:null:null';
    process.nextTick(() => {
      if (this._handle) this.emit('listening');
    });
    return this;
  }
  // listen() and listen(cb), or a port given as undefined or null: an
  // arbitrary unused port.
  if (args.length === 0 || typeof args[0] === 'function' ||
      (typeof options.port === 'undefined' && 'port' in options) || options.port === null) {
    options.port = 0;
  }
  if (typeof options.port === 'number' || typeof options.port === 'string') {
    validatePort(options.port, 'options.port');
    const backlog = options.backlog || backlogFromArgs;
    if (options.host) {
      lookupAndListen(this, options.port | 0, options.host, backlog, options.ipv6Only);
    } else {
      listen(this, null, options.port | 0, 4, backlog, options.ipv6Only);
    }
    return this;
  }
  if (options.path && isPipeName(options.path)) {
    this._pipeName = options.path;
    listen(this, options.path, -1, -1, options.backlog || backlogFromArgs);
    // readableAll/writableAll open the socket file to everyone.
    const mode = (options.readableAll ? 0o444 : 0) | (options.writableAll ? 0o222 : 0);
    if (mode !== 0 && this._handle) {
      const errno = binding.chmod(options.path, mode);
      if (errno) {
        this._handle.close();
        this._handle = null;
        throw new ErrnoException(errno, 'uv_pipe_chmod');
      }
    }
    return this;
  }
  if (!('port' in options || 'path' in options)) {
    throw new ERR_INVALID_ARG_VALUE('options', options, 'must have the property "port" or "path"');
  }
  throw new ERR_INVALID_ARG_VALUE('options', options);
};

function lookupAndListen(self, port, address, backlog, ipv6Only) {
  if (isIP(address)) {
    listen(self, address, port, isIP(address), backlog, ipv6Only);
    return;
  }
  // dns.lookup, as node's server does. A close() before the answer
  // cancels the listen: it changes _listeningId.
  const listeningId = self._listeningId;
  require('dns').lookup(address, (err, ip, addressType) => {
    if (listeningId !== self._listeningId) return;
    if (err) {
      self.emit('error', err);
      return;
    }
    listen(self, ip, port, addressType, backlog, ipv6Only);
  });
}

// listen binds at once (address() is right after listen() returns) and
// reports the outcome on the next tick: 'listening', or the error.
function listen(self, address, port, addressType, backlog, ipv6Only) {
  let handle;
  let network = 'tcp';
  if (addressType === -1) {
    network = 'unix';
  } else if (address === null) {
    // No host: IPv6's any address (dual stack), else IPv4's, as node.
    address = '::';
    addressType = 6;
    if (ipv6Only) network = 'tcp6';
  } else if (addressType === 4) {
    network = 'tcp4';
  } else if (address !== '::' || ipv6Only) {
    network = 'tcp6';
  }
  handle = binding.listen(network, address, port);
  if (typeof handle === 'number' && address === '::' && network === 'tcp' &&
      getSystemErrorName(handle) === 'EAFNOSUPPORT') {
    address = '0.0.0.0';
    addressType = 4;
    handle = binding.listen('tcp4', address, port);
  }
  if (typeof handle === 'number') {
    const err = new UVExceptionWithHostPort(handle, 'listen', address, network === 'unix' ? -1 : port);
    process.nextTick(() => self.emit('error', err));
    return;
  }
  adoptListenHandle(self, handle);
  self._connectionKey = network === 'unix' ? `-1:${address}:-1` : `${addressType}:${address}:${port}`;
  process.nextTick(() => {
    if (self._handle) self.emit('listening');
  });
}

const kListenHandle = Symbol('kListenHandle');

// adoptListenHandle makes a listening handle the server's: its accepted
// connections and errors come to self.
function adoptListenHandle(self, handle) {
  self._handle = handle;
  handle[kListenHandle] = true;
  handle.owner = self;
  handle.onconnection = onconnection;
  handle.onerror = function(errno) {
    if (this.owner) this.owner.emit('error', new ErrnoException(errno, 'accept'));
  };
  if (self._unref) handle.unref();
}

function onconnection(err, clientHandle) {
  const self = this.owner;
  if (!self) {
    clientHandle.close(false);
    return;
  }
  if (err) {
    self.emit('error', new ErrnoException(err, 'accept'));
    return;
  }
  // A peer the server's blockList names is closed unseen (no event).
  if (self.blockList) {
    const peer = clientHandle.info() || {};
    const type = isIP(peer.remoteAddress);
    if (type && self.blockList.check(peer.remoteAddress, `ipv${type}`)) {
      clientHandle.close(false);
      return;
    }
  }
  if (self.maxConnections && self._connections >= self.maxConnections) {
    const info = clientHandle.info() || {};
    clientHandle.close(false);
    self.emit('drop', info);
    return;
  }
  const socket = new Socket({
    handle: clientHandle,
    allowHalfOpen: self.allowHalfOpen,
    pauseOnCreate: self.pauseOnConnect,
    readable: true,
    writable: true,
    highWaterMark: self.highWaterMark,
  });
  if (self.noDelay && clientHandle.setNoDelay) {
    socket[kSetNoDelay] = true;
    clientHandle.setNoDelay(true);
  }
  if (self.keepAlive && clientHandle.setKeepAlive) {
    socket[kSetKeepAlive] = true;
    socket[kSetKeepAliveInitialDelay] = self.keepAliveInitialDelay;
    clientHandle.setKeepAlive(true, self.keepAliveInitialDelay);
  }
  self._connections++;
  socket.server = self;
  socket._server = self;
  self.emit('connection', socket);
}

Server.prototype.address = function() {
  if (this._handle) return this._handle.address();
  if (this._pipeName) return this._pipeName;
  return null;
};

Object.defineProperty(Server.prototype, 'listening', {
  __proto__: null,
  get() { return !!(this._handle && this._connectionKey); },
  configurable: true,
  enumerable: true,
});

Server.prototype.getConnections = function(cb) {
  process.nextTick(cb, null, this._connections);
  return this;
};

Server.prototype.close = function(cb) {
  this._listeningId++;
  if (typeof cb === 'function') {
    if (!this._handle) {
      this.once('close', function close() { cb(new ERR_SERVER_NOT_RUNNING()); });
    } else {
      this.once('close', cb);
    }
  }
  if (this._handle) {
    this._handle.owner = null;
    this._handle.close();
    this._handle = null;
  }
  this._emitCloseIfDrained();
  return this;
};

Server.prototype._emitCloseIfDrained = function() {
  if (this._handle || this._connections) return;
  process.nextTick(() => this.emit('close'));
};

Server.prototype.ref = function() {
  this._unref = false;
  if (this._handle) this._handle.ref();
  return this;
};

Server.prototype.unref = function() {
  this._unref = true;
  if (this._handle) this._handle.unref();
  return this;
};

// An async 'connection' listener that rejects destroys its socket.
Server.prototype[EventEmitter.captureRejectionSymbol] = function(err, event, sock) {
  if (event === 'connection') sock.destroy(err);
  else this.emit('error', err);
};

Server.prototype[Symbol.asyncDispose] = function() {
  if (!this._handle) return Promise.resolve();
  return new Promise((resolve, reject) => this.close((err) => (err ? reject(err) : resolve())));
};

function createServer(options, connectionListener) {
  return new Server(options, connectionListener);
}

function connect(...args) {
  const normalized = normalizeArgs(args);
  const [options] = normalized;
  if (options.timeout) {
    validateNumber(options.timeout, 'options.timeout');
  }
  const socket = new Socket(options);
  if (options.timeout) socket.setTimeout(options.timeout);
  return socket.connect(normalized);
}
