// SNICallback and addContext pick the server's certificate by the name
// the client sends (servername); IP hosts send none.
'use strict';
const https = require('https');
const tls = require('tls');
const fs = require('fs');
const path = require('path');
const key = (f) => fs.readFileSync(path.join(__dirname, '..', 'keys', f));
const selfCtx = tls.createSecureContext({ key: key('self-key.pem'), cert: key('self-cert.pem') });

function get(port, servername, host = 'localhost') {
  return new Promise((resolve) => {
    https.get({ port, host, servername, agent: false, rejectUnauthorized: false }, (res) => {
      let body = '';
      res.on('data', (d) => { body += d; });
      res.on('end', () => {
        console.log(JSON.stringify(servername), res.socket.getPeerCertificate().subject.O, body);
        resolve();
      });
    }).on('error', (e) => {
      console.log(JSON.stringify(servername), 'error', e.code);
      resolve();
    });
  });
}

const handler = (req, res) => res.end(String(req.socket.servername));

(async () => {
  const seen = [];
  const a = https.createServer({
    key: key('server-key.pem'), cert: key('server-cert.pem'),
    SNICallback: (name, cb) => {
      seen.push(name);
      cb(null, name === 'self.test' ? selfCtx : undefined);
    },
  }, handler);
  await new Promise((resolve) => a.listen(0, resolve));
  await get(a.address().port, 'self.test');
  await get(a.address().port, 'other.test');
  await get(a.address().port, undefined, '127.0.0.1');
  console.log('SNICallback saw', seen);
  a.close();

  const b = https.createServer({ key: key('server-key.pem'), cert: key('server-cert.pem') }, handler);
  b.addContext('*.ctx.test', { key: key('self-key.pem'), cert: key('self-cert.pem') });
  await new Promise((resolve) => b.listen(0, resolve));
  await get(b.address().port, 'x.ctx.test');
  await get(b.address().port, 'localhost');
  b.close();
})();
