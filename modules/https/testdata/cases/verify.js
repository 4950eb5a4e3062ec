// A server with a CA-signed certificate and one with a self-signed one:
// trusted through `ca`, accepted with rejectUnauthorized: false, and
// node's errors when the check fails (chain, host name, refused port).
'use strict';
const https = require('https');
const fs = require('fs');
const path = require('path');
const key = (f) => fs.readFileSync(path.join(__dirname, '..', 'keys', f));

function get(opts) {
  return new Promise((resolve) => {
    const req = https.get({ agent: false, ...opts }, (res) => {
      const s = res.socket;
      const cert = s.getPeerCertificate();
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (d) => { body += d; });
      res.on('end', () => {
        console.log('response', res.statusCode, JSON.stringify(body), s.encrypted, s.authorized,
          s.authorizationError, cert.subject.CN, cert.issuer.CN, s.getProtocol() !== null);
        resolve();
      });
    });
    req.on('error', (e) => {
      console.log('error', e.code, e.message.replace(/:\d+$/, ':PORT'));
      resolve();
    });
  });
}

function serve(opts) {
  const server = https.createServer(opts, (req, res) => {
    const s = req.socket;
    res.end(`${req.method} ${req.url} ${s.encrypted} ${s.authorized} ${s.alpnProtocol}`);
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

(async () => {
  const signed = await serve({ key: key('server-key.pem'), cert: key('server-cert.pem') });
  let port = signed.address().port;
  await get({ port, ca: key('ca-cert.pem'), path: '/ca' });
  await get({ port, host: '127.0.0.1', ca: [key('ca-cert.pem')], path: '/ip' });
  await get({ port, rejectUnauthorized: false, path: '/insecure' });
  await get({ port });
  await get({ port, ca: key('ca-cert.pem'), servername: 'example.com' });
  await get({ port, ca: key('ca-cert.pem'), checkServerIdentity: () => new Error('not you') });
  await get({ port, ca: key('ca-cert.pem'), checkServerIdentity: () => undefined, servername: 'x.example' });
  signed.close();

  const self = await serve({ key: key('self-key.pem'), cert: key('self-cert.pem') });
  port = self.address().port;
  await get({ port, ca: key('self-cert.pem'), path: '/self' });
  await get({ port, rejectUnauthorized: false, path: '/self-insecure' });
  await get({ port });
  await get({ port, ca: key('ca-cert.pem') });
  self.close(() => {
    // Nothing listens there any more.
    get({ port }).then(() => console.log('done'));
  });
})();
