'use strict';
// node:https — node builds https on tls.Server and tls.connect; gorun's
// HTTP runs on Go's net/http, so the TLS runs there too (crypto/tls,
// configured from tls's SecureContext and checked with node's verify
// codes; modules/http/secure.go). This shim is node's surface: Server
// (an http Server that listens with TLS), Agent (an http Agent whose
// sockets handshake and check the server, pooled by node's getName with
// the TLS options), request and get.
// https://nodejs.org/docs/latest-v20.x/api/https.html

const h = require('internal/http');
const {
  codes: { ERR_INVALID_ARG_TYPE },
  validateFunction,
  validateObject,
} = require('internal/errors');

const { Agent: HttpAgent, ClientRequest, ClientSocket, Server: HttpServer, kSecure, kSecureListen } = h;

const kHandshakeTimeout = Symbol('handshakeTimeout');

// ---- Server ----

function Server(opts, requestListener) {
  if (!(this instanceof Server)) return new Server(opts, requestListener);
  if (typeof opts === 'function') {
    requestListener = opts;
    opts = {};
  } else if (opts == null) {
    opts = {};
  } else {
    validateObject(opts, 'options');
  }
  HttpServer.call(this, opts, requestListener);
  // tls.Server's part, with https' default ALPN.
  const tls = require('tls');
  opts = { ALPNProtocols: ['http/1.1'], ...opts };
  this._contexts = [];
  if (opts.handshakeTimeout !== undefined && typeof opts.handshakeTimeout !== 'number') {
    throw new ERR_INVALID_ARG_TYPE('options.handshakeTimeout', 'number', opts.handshakeTimeout);
  }
  this[kHandshakeTimeout] = opts.handshakeTimeout || 120000;
  this.requestCert = opts.requestCert === true;
  this.rejectUnauthorized = opts.rejectUnauthorized !== false;
  if (opts.ALPNProtocols) tls.convertALPNProtocols(opts.ALPNProtocols, this);
  if (opts.SNICallback !== undefined) validateFunction(opts.SNICallback, 'options.SNICallback');
  this._SNICallback = opts.SNICallback;
  this.setSecureContext(opts);
  this.allowHalfOpen = false;
  this.pauseOnConnect = false;
  this.noDelay = true;
  this.addListener('tlsClientError', function addListener(err, conn) {
    if (!this.emit('clientError', err, conn)) conn.destroy(err);
  });
}
Object.setPrototypeOf(Server.prototype, HttpServer.prototype);
Object.setPrototypeOf(Server, HttpServer);

Server.prototype.setSecureContext = function setSecureContext(options) {
  validateObject(options, 'options');
  this._sharedCreds = require('tls').createSecureContext(options);
  this._secureOptions = options;
};

Server.prototype.addContext = function addContext(servername, context) {
  return require('tls').Server.prototype.addContext.call(this, servername, context);
};

// The default SNICallback picks an addContext() entry, latest first, as
// tls.Server's does.
function defaultSNICallback(servername, cb) {
  for (let i = this._contexts.length - 1; i >= 0; i--) {
    const [re, ctx] = this._contexts[i];
    if (re.test(servername)) return cb(null, ctx);
  }
  cb(null, undefined);
}

// The options listen passes to Go (modules/http/secure.go).
Server.prototype[kSecureListen] = function secureListen() {
  const alpn = [];
  const wire = this.ALPNProtocols;
  if (wire) {
    for (let i = 0; i < wire.length;) {
      const n = wire[i++];
      alpn.push(wire.toString('latin1', i, i + n));
      i += n;
    }
  }
  let sni = this._SNICallback;
  if (!sni && this._contexts.length) sni = defaultSNICallback.bind(this);
  return {
    context: this._sharedCreds.context,
    requestCert: this.requestCert,
    rejectUnauthorized: this.rejectUnauthorized,
    ALPNProtocols: alpn,
    handshakeTimeout: this[kHandshakeTimeout],
    SNICallback: sni,
  };
};

function createServer(opts, requestListener) {
  return new Server(opts, requestListener);
}

// ---- Agent ----

function createConnection(port, host, options) {
  if (port !== null && typeof port === 'object') {
    options = port;
  } else if (host !== null && typeof host === 'object') {
    options = { ...host };
  } else if (options === null || typeof options !== 'object') {
    options = {};
  } else {
    options = { ...options };
  }
  if (typeof port === 'number') options.port = port;
  if (typeof host === 'string') options.host = host;
  if (options._agentKey) {
    const session = this._getSession(options._agentKey);
    if (session) options = { session, ...options };
  }
  const socket = new ClientSocket({ ...options, [kSecure]: true });
  if (options._agentKey) {
    socket.once('close', (err) => {
      if (err) this._evictSession(options._agentKey);
    });
  }
  return socket;
}

function Agent(options) {
  if (!(this instanceof Agent)) return new Agent(options);
  HttpAgent.call(this, options);
  this.defaultPort = 443;
  this.protocol = 'https:';
  this.maxCachedSessions = this.options.maxCachedSessions;
  if (this.maxCachedSessions === undefined) this.maxCachedSessions = 100;
  this._sessionCache = { map: {}, list: [] };
}
Object.setPrototypeOf(Agent.prototype, HttpAgent.prototype);
Object.setPrototypeOf(Agent, HttpAgent);
Agent.prototype.createConnection = createConnection;

// getName adds the TLS options to http's name: connections made with
// different certificates or checks are never shared.
Agent.prototype.getName = function getName(options = {}) {
  let name = HttpAgent.prototype.getName.call(this, options);
  name += ':';
  if (options.ca) name += options.ca;
  name += ':';
  if (options.cert) name += options.cert;
  name += ':';
  if (options.clientCertEngine) name += options.clientCertEngine;
  name += ':';
  if (options.ciphers) name += options.ciphers;
  name += ':';
  if (options.key) name += options.key;
  name += ':';
  if (options.pfx) name += options.pfx;
  name += ':';
  if (options.rejectUnauthorized !== undefined) name += options.rejectUnauthorized;
  name += ':';
  if (options.servername && options.servername !== options.host) name += options.servername;
  name += ':';
  if (options.minVersion) name += options.minVersion;
  name += ':';
  if (options.maxVersion) name += options.maxVersion;
  name += ':';
  if (options.secureProtocol) name += options.secureProtocol;
  name += ':';
  if (options.crl) name += options.crl;
  name += ':';
  if (options.honorCipherOrder !== undefined) name += options.honorCipherOrder;
  name += ':';
  if (options.ecdhCurve) name += options.ecdhCurve;
  name += ':';
  if (options.dhparam) name += options.dhparam;
  name += ':';
  if (options.secureOptions !== undefined) name += options.secureOptions;
  name += ':';
  if (options.sessionIdContext) name += options.sessionIdContext;
  name += ':';
  if (options.sigalgs) name += JSON.stringify(options.sigalgs);
  name += ':';
  if (options.privateKeyIdentifier) name += options.privateKeyIdentifier;
  name += ':';
  if (options.privateKeyEngine) name += options.privateKeyEngine;
  return name;
};

// The session cache is node's bookkeeping; Go resumes TLS sessions
// internally, so nothing puts a session in it but the caller.
Agent.prototype._getSession = function _getSession(key) {
  return this._sessionCache.map[key];
};

Agent.prototype._cacheSession = function _cacheSession(key, session) {
  if (this.maxCachedSessions === 0) return;
  if (this._sessionCache.map[key]) {
    this._sessionCache.map[key] = session;
    return;
  }
  if (this._sessionCache.list.length >= this.maxCachedSessions) {
    const oldKey = this._sessionCache.list.shift();
    delete this._sessionCache.map[oldKey];
  }
  this._sessionCache.list.push(key);
  this._sessionCache.map[key] = session;
};

Agent.prototype._evictSession = function _evictSession(key) {
  const index = this._sessionCache.list.indexOf(key);
  if (index === -1) return;
  this._sessionCache.list.splice(index, 1);
  delete this._sessionCache.map[key];
};

const globalAgent = new Agent({ keepAlive: true, scheduling: 'lifo', timeout: 5000 });

// ---- request, get ----

function request(...args) {
  let options = {};
  if (typeof args[0] === 'string') {
    options = require('url').urlToHttpOptions(new URL(args.shift()));
  } else if (args[0] instanceof URL) {
    options = require('url').urlToHttpOptions(args.shift());
  }
  if (args[0] && typeof args[0] !== 'function') Object.assign(options, args.shift());
  options._defaultAgent = module.exports.globalAgent;
  args.unshift(options);
  return new ClientRequest(...args);
}

function get(input, options, cb) {
  const req = request(input, options, cb);
  req.end();
  return req;
}

module.exports = {
  Agent,
  globalAgent,
  Server,
  createServer,
  get,
  request,
};
