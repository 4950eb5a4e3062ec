// HTTPS pieces (secure.go): node's https runs HTTP over TLSSockets; here
// Go's net/http runs over crypto/tls, and the connection's TLS state
// reaches JS as a handle that TLSSocket.prototype's getters read. The
// https module (modules/https) builds its Server and Agent on these.

// kSecureListen: https.Server's method returning listen's `tls` option.
const kSecureListen = Symbol('kSecureListen');
// kSecure: a connect option asking an Agent's ClientSocket for TLS.
const kSecure = Symbol('kSecure');

const tlsGetters = [
  'getPeerCertificate', 'getCertificate', 'getProtocol', 'getCipher', 'getPeerX509Certificate',
  'getX509Certificate', 'isSessionReused', 'getSession', 'getTLSTicket', 'getSharedSigalgs',
  'getFinished', 'getPeerFinished', 'getEphemeralKeyInfo',
];

// makeSecure gives an HTTP stand-in socket what a TLSSocket offers
// callers (encrypted, authorized, getPeerCertificate()…), borrowing
// TLSSocket.prototype's getters over the Go handle.
function makeSecure(socket, handle) {
  const tls = require('tls');
  const view = Object.create(tls.TLSSocket.prototype);
  view._handle = handle;
  socket.encrypted = true;
  socket[require('internal/tls/insecure').kSecureStandIn] = true;
  socket.authorized = false;
  socket.authorizationError = null;
  socket.alpnProtocol = handle.alpn();
  // false when the client sent no SNI, as node's server socket says.
  socket.servername = handle.servername();
  socket.secureConnecting = false;
  socket._secureEstablished = true;
  for (const name of tlsGetters) {
    Object.defineProperty(socket, name, {
      __proto__: null, configurable: true, writable: true,
      value: (...args) => view[name](...args),
    });
  }
  socket.setServername = () => {};
  socket.setMaxSendFragment = (size) => size >= 512 && size <= 16384;
  socket.enableTrace = () => {};
  for (const name of ['renegotiate', 'exportKeyingMaterial', 'setSession', 'disableRenegotiation']) {
    socket[name] = () => {
      throw new ERR_NOT_IMPLEMENTED(`tlsSocket.${name}`);
    };
  }
  return socket;
}

// serverSecure sets a server connection's verdict on the client's
// certificate, as node's TLSSocket does after the handshake.
function serverSecure(server, socket, handle) {
  makeSecure(socket, handle);
  if (server.requestCert) {
    const v = handle.verify();
    if (v) socket.authorizationError = v.code;
    else socket.authorized = true;
  }
}

// clientTLS builds connect's `tls` option for an Agent's socket: node's
// tls.connect defaults, then the secure context (which validates ca,
// cert, key…).
function clientTLS(options) {
  const tls = require('tls');
  const allowUnauthorized = require('internal/tls/insecure').allowUnauthorized();
  options = {
    rejectUnauthorized: !allowUnauthorized,
    checkServerIdentity: tls.checkServerIdentity,
    ...options,
  };
  const context = options.secureContext || tls.createSecureContext(options);
  return {
    options,
    binding: {
      context: context.context,
      servername: options.servername || undefined,
      ALPNProtocols: alpnNames(options.ALPNProtocols),
    },
  };
}

// alpnNames reads ALPNProtocols as an array of names or node's wire
// format (length-prefixed names in a Buffer).
function alpnNames(protocols) {
  if (!protocols) return [];
  if (Array.isArray(protocols)) return protocols.map(String);
  if (ArrayBuffer.isView(protocols)) {
    const buf = Buffer.from(protocols.buffer, protocols.byteOffset, protocols.byteLength);
    const list = [];
    for (let i = 0; i < buf.length;) {
      const n = buf[i++];
      list.push(buf.toString('latin1', i, i + n));
      i += n;
    }
    return list;
  }
  return [];
}

// clientVerify checks the server inside the handshake, as node's
// client does: the chain, then checkServerIdentity (maybe the user's).
// true refuses the server (rejectUnauthorized); the error is kept for
// the handshake's failure to report.
function clientVerify(socket, handle, options) {
  makeSecure(socket, handle);
  let verifyError = null;
  const v = handle.verify();
  if (v) {
    verifyError = new Error(v.message);
    verifyError.code = v.code;
  } else {
    const hostname = options.servername || options.host || 'localhost';
    const cert = socket.getPeerCertificate(true);
    verifyError = options.checkServerIdentity(hostname, cert) || null;
  }
  socket._verifyError = verifyError;
  if (verifyError) {
    socket.authorized = false;
    socket.authorizationError = verifyError.code || verifyError.message;
    return !!options.rejectUnauthorized;
  }
  socket.authorized = true;
  return false;
}

// handshakeError is node's error for a client handshake that failed.
function handshakeError(socket, e, options) {
  let err;
  if (e.rejected && socket._verifyError) {
    err = socket._verifyError;
  } else if (e.eof) {
    err = new Error('Client network socket disconnected before secure TLS connection was established');
    err.code = 'ECONNRESET';
    err.path = options.path;
    err.host = options.host;
    err.port = options.port;
    err.localAddress = options.localAddress;
  } else {
    err = new Error(e.tls);
    err.library = 'SSL routines';
  }
  return err;
}

// tlsClientError is the error a server reports for a failed handshake.
function tlsClientError(kind, message, code) {
  let err;
  if (kind === 'timeout') {
    err = new (require('internal/errors').codes.ERR_TLS_HANDSHAKE_TIMEOUT)();
  } else if (kind === 'eof' || kind === 'verify') {
    // A client whose certificate is refused ends the handshake on its
    // side: node's server reports it as the client hanging up.
    err = new ConnResetException('socket hang up');
  } else {
    err = new Error(message);
    if (code) err.code = code;
    else err.library = 'SSL routines';
  }
  return err;
}
