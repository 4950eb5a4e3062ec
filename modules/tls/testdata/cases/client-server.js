// A client and a server in one process: handshake, the negotiated state,
// the peer's certificate, data both ways, and the order of events.
'use strict';
const tls = require('tls');
const fs = require('fs');
const path = require('path');
const key = (f) => fs.readFileSync(path.join(__dirname, '..', 'keys', f));

const server = tls.createServer({
  key: key('server-key.pem'), cert: key('server-cert.pem'), ALPNProtocols: ['h2', 'http/1.1'],
}, (s) => {
  console.log('server: secureConnection', s.encrypted, s.authorized, s.alpnProtocol, s.servername, s.getProtocol());
  console.log('server: peer cert', s.getPeerCertificate());
  s.setEncoding('utf8');
  s.on('data', (d) => {
    console.log('server: data', d);
    s.end(d.toUpperCase());
  });
  s.on('end', () => console.log('server: end'));
  s.on('close', () => console.log('server: close'));
});
server.on('tlsClientError', (e) => console.log('tlsClientError', e.message));
server.listen(0, '127.0.0.1', () => {
  const { port } = server.address();
  const c = tls.connect({ port, host: '127.0.0.1', servername: 'localhost', ca: key('ca-cert.pem'), ALPNProtocols: ['http/1.1'] });
  c.on('secureConnect', () => {
    console.log('client: secureConnect', c.authorized, c.authorizationError, c.alpnProtocol, c.getProtocol(), c.encrypted);
    console.log('client: remote', c.remoteAddress === '127.0.0.1', c.remotePort === port, c.remoteFamily);
    const cert = c.getPeerCertificate();
    console.log(cert.subject, cert.issuer, cert.subjectaltname, cert.ca, cert.bits, cert.exponent);
    console.log(cert.serialNumber, cert.ext_key_usage, cert.raw.length > 500, cert.pubkey.length);
    console.log(/^([0-9A-F]{2}:){19}[0-9A-F]{2}$/.test(cert.fingerprint), /^([0-9A-F]{2}:){31}[0-9A-F]{2}$/.test(cert.fingerprint256));
    const detailed = c.getPeerCertificate(true);
    console.log('issuer:', detailed.issuerCertificate.subject.CN, detailed.issuerCertificate.issuerCertificate === detailed.issuerCertificate);
    const cipher = c.getCipher();
    console.log(Object.keys(cipher), cipher.version);
    c.write('hello tls');
  });
  c.setEncoding('utf8');
  c.on('data', (d) => console.log('client: data', d));
  c.on('end', () => console.log('client: end'));
  c.on('close', (hadError) => {
    console.log('client: close', hadError);
    server.close(() => console.log('server closed'));
  });
});
