// The module's surface: constants, helpers and their errors.
'use strict';
const tls = require('tls');
console.log(Object.keys(tls));
console.log(tls.DEFAULT_MIN_VERSION, tls.DEFAULT_MAX_VERSION, tls.DEFAULT_ECDH_CURVE,
  tls.CLIENT_RENEG_LIMIT, tls.CLIENT_RENEG_WINDOW, tls.DEFAULT_CIPHERS.split(':').length);
console.log(Array.isArray(tls.getCiphers()), tls.getCiphers().includes('aes256-gcm-sha384'));
console.log(tls.rootCertificates.length > 0, Object.isFrozen(tls.rootCertificates),
  tls.rootCertificates[0].startsWith('-----BEGIN CERTIFICATE-----'));
const out = {};
tls.convertALPNProtocols(['h2', 'http/1.1'], out);
console.log(out.ALPNProtocols);
try { tls.convertALPNProtocols(['x'.repeat(256)], {}); } catch (e) { console.log(e.code, e.message); }
const ids = [
  ['a.example.com', { subject: { CN: '*.example.com' } }],
  ['example.com', { subject: { CN: '*.example.com' } }],
  ['a.b.example.com', { subjectaltname: 'DNS:*.example.com', subject: {} }],
  ['www.example.com', { subjectaltname: 'DNS:www.example.com, DNS:example.com', subject: { CN: 'other' } }],
  ['other', { subjectaltname: 'DNS:www.example.com', subject: { CN: 'other' } }],
  ['10.0.0.1', { subjectaltname: 'IP Address:10.0.0.1', subject: {} }],
  ['::1', { subjectaltname: 'IP Address:0:0:0:0:0:0:0:1', subject: {} }],
  ['10.0.0.2', { subjectaltname: 'IP Address:10.0.0.1', subject: {} }],
  ['x.com', { subject: {} }],
  ['foo.com.', { subjectaltname: 'DNS:foo.com', subject: {} }],
  ['ab.com', { subjectaltname: 'DNS:a*.com', subject: {} }],
];
for (const [host, cert] of ids) {
  const err = tls.checkServerIdentity(host, cert);
  console.log(host, err === undefined ? 'ok' : `${err.name} ${err.code} ${err.message} ${err.host} ${err.reason}`);
}
for (const bad of [{ minVersion: 'TLSv9' }, { maxVersion: 'SSLv3' }, { ca: 1 }, { cert: {} }, { key: [true] }]) {
  try { tls.createSecureContext(bad); } catch (e) { console.log(e.name, e.code, e.message); }
}
const ctx = tls.createSecureContext();
console.log(ctx instanceof tls.SecureContext, typeof ctx.context);
console.log(typeof tls.TLSSocket, Object.getPrototypeOf(tls.TLSSocket.prototype) === require('net').Socket.prototype);
console.log(Object.getPrototypeOf(tls.Server.prototype) === require('net').Server.prototype);
const s = new tls.TLSSocket();
console.log(s.encrypted, s.authorized, s.alpnProtocol);
s.destroy();
