// Large data both ways with backpressure: the server echoes 4 MiB that
// the client writes as fast as write() allows; the digests must match.
'use strict';
const tls = require('tls');
const fs = require('fs');
const path = require('path');
const crypto = require('crypto');
const key = (f) => fs.readFileSync(path.join(__dirname, '..', 'keys', f));

const server = tls.createServer({ key: key('server-key.pem'), cert: key('server-cert.pem') }, (s) => {
  s.pipe(s);
});
server.listen(0, () => {
  const c = tls.connect({ port: server.address().port, ca: key('ca-cert.pem') });
  const total = 4 << 20;
  const chunk = crypto.randomBytes(64 << 10);
  const sent = crypto.createHash('sha256');
  const got = crypto.createHash('sha256');
  let written = 0;
  let received = 0;
  let sawBackpressure = false;
  function write() {
    while (written < total) {
      sent.update(chunk);
      written += chunk.length;
      if (!c.write(chunk)) {
        sawBackpressure = true;
        c.once('drain', write);
        return;
      }
    }
    c.end();
  }
  c.on('secureConnect', write);
  c.on('data', (d) => { received += d.length; got.update(d); });
  c.on('end', () => {
    console.log('received', received === total, 'backpressure', sawBackpressure);
    console.log('digests match', sent.digest('hex') === got.digest('hex'));
    server.close();
  });
});
