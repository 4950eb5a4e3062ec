// ---- TLSSocket ----
// https://nodejs.org/docs/latest-v20.x/api/tls.html#class-tlstlssocket

function TLSSocket(socket, opts) {
  if (!(this instanceof TLSSocket)) return new TLSSocket(socket, opts);
  const tlsOptions = { ...opts };
  this._tlsOptions = tlsOptions;
  this._secureEstablished = false;
  this._securePending = false;
  this._newSessionPending = false;
  this._controlReleased = false;
  this.secureConnecting = true;
  this._SNICallback = null;
  this.servername = null;
  this.alpnProtocol = null;
  this.authorized = false;
  this.authorizationError = null;
  this[kIsServer] = Boolean(tlsOptions.isServer);
  this[kServer] = tlsOptions.server || null;
  this.encrypted = true;
  this._parent = null;

  const context = tlsOptions.secureContext || createSecureContext(tlsOptions);
  const handle = binding.wrap(context.context, {
    isServer: this[kIsServer],
    servername: this[kIsServer] ? undefined : tlsOptions.servername,
    ALPNProtocols: alpnList(tlsOptions.ALPNProtocols),
    requestCert: Boolean(tlsOptions.requestCert),
    rejectUnauthorized: tlsOptions.rejectUnauthorized !== false,
    SNI: typeof tlsOptions.SNICallback === 'function',
  });
  net.Socket.call(this, {
    handle,
    manualStart: true,
    pauseOnCreate: Boolean(tlsOptions.pauseOnConnect),
    // A transport's own setting wins, as in node; the transport itself
    // is then made half-open (bindTransport) so that close_notify, not
    // its FIN, ends a side.
    allowHalfOpen: socket ? socket.allowHalfOpen : tlsOptions.allowHalfOpen,
    highWaterMark: tlsOptions.highWaterMark,
    signal: tlsOptions.signal,
  });
  // Until the handshake is done the stream holds writes and reads back,
  // as net.Socket does while connecting.
  this.connecting = true;
  handle.onerror = onHandleError;
  handle.onverify = () => {
    if (this[kIsServer]) return false;
    return verifyServer(this);
  };
  handle.onsni = (servername, done) => {
    this.servername = servername;
    tlsOptions.SNICallback(servername, (err, ctx) => {
      if (err) return done(String(err && err.message || err));
      done(null, ctx ? ctx.context : null);
    });
  };
  // node's tlsSocket.ssl is the TLSWrap; the part callers use.
  this.ssl = {
    verifyError: () => this[kVerifyError] || null,
    getSession: () => undefined,
  };
  if (socket) bindTransport(this, socket);
}
Object.setPrototypeOf(TLSSocket.prototype, net.Socket.prototype);
Object.setPrototypeOf(TLSSocket, net.Socket);

// https' sockets are HTTP stand-ins with the TLS side (modules/http
// secure.js), not TLSSockets; node's callers test `instanceof
// tls.TLSSocket` on them.
Object.defineProperty(TLSSocket, Symbol.hasInstance, {
  __proto__: null, configurable: true,
  value: function hasInstance(o) {
    if (Function.prototype[Symbol.hasInstance].call(this, o)) return true;
    return this === TLSSocket && o !== null && typeof o === 'object' &&
      o[require('internal/tls/insecure').kSecureStandIn] === true;
  },
});

function onHandleError(message) {
  const socket = this.owner;
  if (!socket || socket.destroyed) return;
  const err = new Error(message);
  err.library = 'SSL routines';
  socket.destroy(err);
}

// bindTransport routes ciphertext between the handle and the stream
// under it; the handshake starts once the transport is connected.
function bindTransport(tls, socket) {
  const handle = tls._handle;
  tls._parent = socket;
  socket._tlsSocket = tls;
  socket.allowHalfOpen = true;
  handle.ontransportwrite = (ab, cb) => {
    if (socket.destroyed || socket.writableEnded) {
      cb('write after end');
      return;
    }
    socket.write(Buffer.from(ab), (err) => cb(err ? String(err.message) : null));
  };
  handle.ontransportresume = () => socket.resume();
  socket.on('data', (chunk) => {
    if (!handle.feed(chunk)) socket.pause();
  });
  // The TLS layer reads its transport whatever the transport's own
  // pause state (a server's pauseOnConnect pauses the TLS socket).
  if (socket.readableFlowing === false) socket.resume();
  socket.on('end', () => handle.feedEnd());
  socket.on('error', (err) => {
    if (!tls.destroyed) tls.destroy(err);
  });
  socket.on('close', () => {
    handle.feedEnd();
  });
  if (socket.connecting) socket.once('connect', () => startHandshake(tls));
  else process.nextTick(startHandshake, tls);
}

function startHandshake(tls) {
  const handle = tls._handle;
  if (!handle || tls.destroyed) return;
  tls._securePending = true;
  handle.start((message, eof) => {
    if (tls.destroyed || tls._handle !== handle) return;
    tls._securePending = false;
    if (message !== null) {
      let err;
      if (tls[kVerifyError] && !tls.authorized && !tls[kIsServer]) {
        tls.destroy(tls[kVerifyError]);
        return;
      }
      if (eof && tls[kIsServer]) {
        err = new Error('socket hang up');
        err.code = 'ECONNRESET';
      } else if (eof) {
        err = new Error('Client network socket disconnected before secure TLS connection was established');
        err.code = 'ECONNRESET';
        // node names the endpoint as connect() was given it.
        const o = tls[kConnectOptions];
        if (o) {
          err.path = o.path;
          err.host = o.host;
          err.port = o.port;
          err.localAddress = o.localAddress;
        }
      } else {
        err = new Error(message);
        err.library = 'SSL routines';
      }
      if (tls[kIsServer]) {
        const server = tls[kServer];
        tls.destroy();
        if (server) server.emit('tlsClientError', err, tls);
      } else {
        tls.destroy(err);
      }
      return;
    }
    tls._secureEstablished = true;
    tls.secureConnecting = false;
    tls.connecting = false;
    tls.alpnProtocol = handle.alpn();
    if (tls[kIsServer]) onServerSecure(tls);
    else onClientSecure(tls);
  });
}

// release lets the reads and writes held while connecting go. Even a
// paused TLS socket reads into its buffer, as node's TLSWrap keeps
// reading records, so a peer's end is seen.
function release(tls) {
  tls.emit('connect');
  if (tls.readable) tls.read(0);
}

// verifyServer runs inside the handshake: the chain, then the host name
// (checkServerIdentity, maybe the user's); true rejects the server.
function verifyServer(tls) {
  const options = tls[kConnectOptions];
  const handle = tls._handle;
  if (!options) {
    // A TLSSocket made by hand checks the chain but rejects nothing:
    // the caller asks ssl.verifyError(), as in node.
    const v = handle.verify();
    if (v) {
      const err = new Error(v.message);
      err.code = v.code;
      tls[kVerifyError] = err;
      tls.authorizationError = v.code;
    } else {
      tls.authorized = true;
    }
    return false;
  }
  let verifyError = null;
  const v = handle.verify();
  if (v) {
    verifyError = new Error(v.message);
    verifyError.code = v.code;
  } else {
    const hostname = options.servername || options.host ||
      (options.socket && options.socket._host) || 'localhost';
    const cert = tls.getPeerCertificate(true);
    const check = options.checkServerIdentity || checkServerIdentity;
    verifyError = check(hostname, cert) || null;
  }
  tls[kVerifyError] = verifyError;
  if (verifyError) {
    tls.authorized = false;
    tls.authorizationError = verifyError.code || verifyError.message;
    return options.rejectUnauthorized !== false;
  }
  tls.authorized = true;
  return false;
}

function onClientSecure(tls) {
  release(tls);
  tls.emit('secure');
  if (tls[kConnectOptions]) tls.emit('secureConnect');
}

// connect() on a TLSSocket made without a transport opens one, as
// node's TLSSocket connects itself.
TLSSocket.prototype.connect = function(...args) {
  // Already over a transport: node would reconnect it; gorun keeps it.
  if (this._parent) return this;
  const [options, cb] = net._normalizeArgs(args);
  if (cb) this.once('connect', cb);
  bindTransport(this, net.connect({ ...options, allowHalfOpen: true }));
  return this;
};

function onServerSecure(tls) {
  const server = tls[kServer];
  const handle = tls._handle;
  tls.servername = handle.servername();
  if (tls._tlsOptions.requestCert) {
    const v = handle.verify();
    if (v) {
      tls.authorizationError = v.code;
      if (tls._tlsOptions.rejectUnauthorized) {
        const err = new Error(v.message);
        err.code = v.code;
        tls.destroy();
        if (server) server.emit('tlsClientError', err, tls);
        return;
      }
    } else {
      tls.authorized = true;
    }
  }
  release(tls);
  tls.emit('secure');
  if (server && !tls.destroyed) server.emit('secureConnection', tls);
}

TLSSocket.prototype._final = function(cb) {
  if (this.connecting) return this.once('connect', () => this._final(cb));
  if (!this._handle) return cb();
  const parent = this._parent;
  this._handle.shutdown(() => {
    if (parent && !parent.destroyed) parent.end();
    cb();
  });
};

TLSSocket.prototype._destroy = function(err, cb) {
  net.Socket.prototype._destroy.call(this, err, cb);
  const parent = this._parent;
  if (parent && !parent.destroyed) parent.destroy();
};

TLSSocket.prototype._getpeername = function() {
  return this._parent ? this._parent._getpeername() : {};
};
TLSSocket.prototype._getsockname = function() {
  return this._parent ? this._parent._getsockname() : {};
};

TLSSocket.prototype.ref = function() {
  if (this._handle) this._handle.ref();
  if (this._parent) this._parent.ref();
  return this;
};
TLSSocket.prototype.unref = function() {
  if (this._handle) this._handle.unref();
  if (this._parent) this._parent.unref();
  return this;
};
TLSSocket.prototype.setNoDelay = function(enable) {
  if (this._parent && this._parent.setNoDelay) this._parent.setNoDelay(enable);
  return this;
};
TLSSocket.prototype.setKeepAlive = function(enable, delay) {
  if (this._parent && this._parent.setKeepAlive) this._parent.setKeepAlive(enable, delay);
  return this;
};

TLSSocket.prototype.getPeerCertificate = function(detailed) {
  if (!this._handle) return null;
  const list = this._handle.peerCertificates();
  if (!list || list.length === 0) return {};
  const objs = list.map(certObject);
  if (detailed) {
    for (let i = 0; i < objs.length; i++) {
      if (i + 1 < objs.length) objs[i].issuerCertificate = objs[i + 1];
      else if (objs[i].fingerprint256 && list[i].subject.join() === list[i].issuer.join()) objs[i].issuerCertificate = objs[i];
    }
  }
  return objs[0];
};

TLSSocket.prototype.getCertificate = function() {
  if (!this._handle) return null;
  const c = this._handle.localCertificate();
  return c ? certObject(c) : {};
};

TLSSocket.prototype.getProtocol = function() {
  return this._handle ? this._handle.protocol() : null;
};

TLSSocket.prototype.getCipher = function() {
  const c = this._handle ? this._handle.cipher() : null;
  return c ? { name: c.name, standardName: c.standardName, version: c.version } : null;
};

TLSSocket.prototype.isSessionReused = function() {
  return false;
};

TLSSocket.prototype.getSession = function() {
  return undefined;
};
TLSSocket.prototype.getTLSTicket = function() {
  return undefined;
};
TLSSocket.prototype.setServername = function(name) {
  if (this[kIsServer]) throw new (require('internal/errors').codes.ERR_TLS_SNI_FROM_SERVER)();
  this._tlsOptions.servername = name;
};
TLSSocket.prototype.setMaxSendFragment = function(size) {
  return size >= 512 && size <= 16384;
};
TLSSocket.prototype.enableTrace = function() {};
TLSSocket.prototype.getEphemeralKeyInfo = function() {
  return this[kIsServer] ? null : {};
};
TLSSocket.prototype.getSharedSigalgs = function() {
  return [];
};
TLSSocket.prototype.getFinished = function() {
  return undefined;
};
TLSSocket.prototype.getPeerFinished = function() {
  return undefined;
};
TLSSocket.prototype.getPeerX509Certificate = function() {
  const cert = this.getPeerCertificate();
  return cert && cert.raw ? new (require('crypto').X509Certificate)(cert.raw) : undefined;
};
TLSSocket.prototype.getX509Certificate = function() {
  const cert = this.getCertificate();
  return cert && cert.raw ? new (require('crypto').X509Certificate)(cert.raw) : undefined;
};
for (const name of ['renegotiate', 'exportKeyingMaterial', 'setSession', 'disableRenegotiation']) {
  TLSSocket.prototype[name] = function() {
    throw new ERR_NOT_IMPLEMENTED(`tlsSocket.${name}`);
  };
}
