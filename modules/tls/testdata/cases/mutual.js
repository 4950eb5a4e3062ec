// requestCert: the server sees the client's certificate and its verdict;
// with rejectUnauthorized the client without a certificate is refused.
'use strict';
const tls = require('tls');
const fs = require('fs');
const path = require('path');
const key = (f) => fs.readFileSync(path.join(__dirname, '..', 'keys', f));

let serverLine = '';
const server = tls.createServer({
  key: key('server-key.pem'), cert: key('server-cert.pem'), ca: key('ca-cert.pem'),
  requestCert: true, rejectUnauthorized: false,
}, (s) => {
  const cert = s.getPeerCertificate();
  // Printed once the client is done: both sides run concurrently.
  serverLine = `server: authorized ${s.authorized} ${s.authorizationError} ${cert.subject && cert.subject.CN}`;
  s.end('bye');
});
server.listen(0, async () => {
  const port = server.address().port;
  const one = (opts) => new Promise((resolve) => {
    const c = tls.connect({ port, ca: key('ca-cert.pem'), ...opts }, () => console.log('client: secure'));
    c.on('data', (d) => console.log('client: data', String(d)));
    c.on('error', (e) => console.log('client: error', e.code));
    c.on('close', () => {
      console.log(serverLine);
      resolve();
    });
  });
  await one({ key: key('server-key.pem'), cert: key('server-cert.pem') });
  await one({ key: key('self-key.pem'), cert: key('self-cert.pem') });
  await one({});
  server.close();
});
