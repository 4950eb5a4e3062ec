// ---- Server, connect, exports ----
// https://nodejs.org/docs/latest-v20.x/api/tls.html#class-tlsserver

function Server(options, listener) {
  if (!(this instanceof Server)) return new Server(options, listener);
  if (typeof options === 'function') {
    listener = options;
    options = {};
  } else if (options == null || typeof options === 'object') {
    options = options || {};
  } else {
    throw new ERR_INVALID_ARG_TYPE('options', 'Object', options);
  }
  this._contexts = [];
  if (options.handshakeTimeout !== undefined && typeof options.handshakeTimeout !== 'number') {
    throw new ERR_INVALID_ARG_TYPE('options.handshakeTimeout', 'number', options.handshakeTimeout);
  }
  this[kHandshakeTimeout] = options.handshakeTimeout || 120000;
  this.requestCert = options.requestCert === true;
  this.rejectUnauthorized = options.rejectUnauthorized !== false;
  if (options.ALPNProtocols) convertALPNProtocols(options.ALPNProtocols, this);
  if (options.SNICallback !== undefined) validateFunction(options.SNICallback, 'options.SNICallback');
  this._SNICallback = options.SNICallback;
  this.setSecureContext(options);
  net.Server.call(this, options, tlsConnectionListener);
  if (listener) this.on('secureConnection', listener);
}
Object.setPrototypeOf(Server.prototype, net.Server.prototype);
Object.setPrototypeOf(Server, net.Server);

Server.prototype.setSecureContext = function(options) {
  validateObject(options, 'options');
  this._sharedCreds = createSecureContext(options);
  this._secureOptions = options;
};

Server.prototype.addContext = function(servername, context) {
  if (!servername) throw new ERR_TLS_REQUIRED_SERVER_NAME();
  const re = new RegExp('^' + servername.replace(/([.^$+?\-\\[\]{}])/g, '\\$1').replace(/\*/g, '[^.]*') + '$');
  const ctx = context instanceof SecureContext ? context : createSecureContext(context);
  this._contexts.push([re, ctx]);
};

// The default SNICallback picks an addContext() entry, latest first.
function defaultSNICallback(servername, cb) {
  for (let i = this._contexts.length - 1; i >= 0; i--) {
    const [re, ctx] = this._contexts[i];
    if (re.test(servername)) return cb(null, ctx);
  }
  cb(null, undefined);
}

function tlsConnectionListener(rawSocket) {
  // A context added with addContext() after listen() still counts.
  const sni = this._SNICallback || (this._contexts.length ? defaultSNICallback.bind(this) : undefined);
  const socket = new TLSSocket(rawSocket, {
    secureContext: this._sharedCreds,
    isServer: true,
    server: this,
    requestCert: this.requestCert,
    rejectUnauthorized: this.rejectUnauthorized,
    ALPNProtocols: this.ALPNProtocols,
    SNICallback: sni,
    pauseOnConnect: this.pauseOnConnect,
  });
  socket.server = this;
  // A client that doesn't finish its handshake in time is dropped with
  // ERR_TLS_HANDSHAKE_TIMEOUT on 'tlsClientError'.
  const timer = setTimeout(() => {
    if (socket._secureEstablished || socket.destroyed) return;
    socket.destroy();
    this.emit('tlsClientError', new ERR_TLS_HANDSHAKE_TIMEOUT(), socket);
  }, this[kHandshakeTimeout]);
  timer.unref();
  socket.once('secure', () => clearTimeout(timer));
  socket.once('close', () => clearTimeout(timer));
  // The connection counts as open until the TLS socket closes, not its
  // transport: server.close() waits for the TLS sockets' 'end' and
  // 'close', as in node, where they are one socket.
  socket._server = this;
  rawSocket._server = null;
}

function createServer(options, listener) {
  return new Server(options, listener);
}

// normalizeConnectArgs: (port[, host][, options][, cb]), (path…),
// (options[, cb]).
function normalizeConnectArgs(args) {
  const list = net._normalizeArgs(args);
  const options = list[0];
  const cb = list[1];
  if (args[1] !== null && typeof args[1] === 'object') Object.assign(options, args[1]);
  else if (args[2] !== null && typeof args[2] === 'object') Object.assign(options, args[2]);
  return [options, cb];
}

function connect(...args) {
  const [opts, cb] = normalizeConnectArgs(args);
  const allowUnauthorized = require('internal/tls/insecure').allowUnauthorized();
  const options = {
    rejectUnauthorized: !allowUnauthorized,
    ciphers: DEFAULT_CIPHERS,
    checkServerIdentity,
    minDHSize: 1024,
    ...opts,
  };
  if (!options.keepAlive) options.singleUse = true;
  validateFunction(options.checkServerIdentity, 'options.checkServerIdentity');
  const context = options.secureContext || createSecureContext(options);
  let servername = options.servername;
  if (servername === undefined && options.host && !net.isIP(options.host)) servername = options.host;
  if (servername === undefined && !options.host && !options.socket && !options.path) servername = 'localhost';
  const tlssock = new TLSSocket(null, {
    allowHalfOpen: options.allowHalfOpen,
    secureContext: context,
    isServer: false,
    requestCert: true,
    rejectUnauthorized: options.rejectUnauthorized !== false,
    ALPNProtocols: options.ALPNProtocols,
    servername,
    highWaterMark: options.highWaterMark,
  });
  tlssock[kConnectOptions] = options;
  if (cb) tlssock.once('secureConnect', cb);
  if (options.timeout) tlssock.setTimeout(options.timeout);
  let transport = options.socket;
  if (!transport) {
    const connectOpts = { ...options, allowHalfOpen: true };
    delete connectOpts.timeout;
    delete connectOpts.signal;
    transport = net.connect(connectOpts);
    transport.on('lookup', (...a) => tlssock.emit('lookup', ...a));
  }
  bindTransport(tlssock, transport);
  if (options.signal) {
    const signal = options.signal;
    const { AbortError } = require('internal/errors');
    const onAbort = () => tlssock.destroy(new AbortError(undefined, { cause: signal.reason }));
    if (signal.aborted) process.nextTick(onAbort);
    else signal.addEventListener('abort', onAbort, { once: true });
  }
  return tlssock;
}

function createSecurePair(context) {
  if (context !== undefined && !(context instanceof SecureContext)) {
    throw new (require('internal/errors').codes.ERR_TLS_INVALID_CONTEXT)('context');
  }
  throw new ERR_NOT_IMPLEMENTED('tls.createSecurePair');
}

let rootCertificates;

module.exports = {
  CLIENT_RENEG_LIMIT: 3,
  CLIENT_RENEG_WINDOW: 600,
  DEFAULT_CIPHERS,
  DEFAULT_ECDH_CURVE: 'auto',
  DEFAULT_MIN_VERSION: 'TLSv1.2',
  DEFAULT_MAX_VERSION: 'TLSv1.3',
  getCiphers() {
    return binding.ciphers();
  },
  // The system's PEM bundle, read on first use and frozen, as node's
  // list is.
  get rootCertificates() {
    if (!rootCertificates) rootCertificates = Object.freeze(binding.rootCertificates().slice());
    return rootCertificates;
  },
  convertALPNProtocols,
  checkServerIdentity,
  createSecureContext,
  SecureContext,
  TLSSocket,
  Server,
  createServer,
  connect,
  createSecurePair,
};

