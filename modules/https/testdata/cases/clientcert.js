// requestCert: the server sees the client's certificate and node's
// verdict; with rejectUnauthorized a client without one is refused.
'use strict';
const https = require('https');
const fs = require('fs');
const path = require('path');
const key = (f) => fs.readFileSync(path.join(__dirname, '..', 'keys', f));

const serverLines = [];

function serve(rejectUnauthorized) {
  const server = https.createServer({
    key: key('server-key.pem'), cert: key('server-cert.pem'), ca: key('ca-cert.pem'),
    requestCert: true, rejectUnauthorized,
  }, (req, res) => {
    const s = req.socket;
    const cert = s.getPeerCertificate();
    res.end(`authorized=${s.authorized} error=${s.authorizationError} cn=${cert.subject && cert.subject.CN}`);
  });
  // Printed after the client's line: the two sides run concurrently.
  server.on('tlsClientError', (e) => serverLines.push(`tlsClientError ${e.code} ${e.message}`));
  return new Promise((resolve) => server.listen(0, () => resolve(server)));
}

function get(port, opts) {
  return new Promise((resolve) => {
    https.get({ port, agent: false, ca: key('ca-cert.pem'), ...opts }, (res) => {
      let body = '';
      res.on('data', (d) => { body += d; });
      res.on('end', () => {
        console.log('client:', body);
        resolve();
      });
    }).on('error', (e) => {
      console.log('client error', e.code);
      setTimeout(() => {
        for (const line of serverLines.splice(0)) console.log(line);
        resolve();
      }, 100);
    });
  });
}

(async () => {
  const lax = await serve(false);
  let port = lax.address().port;
  await get(port, { key: key('client-key.pem'), cert: key('client-cert.pem') });
  await get(port, {});
  await get(port, { key: key('self-key.pem'), cert: key('self-cert.pem') });
  lax.close();
  const strict = await serve(true);
  port = strict.address().port;
  await get(port, { key: key('client-key.pem'), cert: key('client-cert.pem') });
  await get(port, { key: key('self-key.pem'), cert: key('self-cert.pem') });
  strict.close();
})();
