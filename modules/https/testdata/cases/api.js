// https' own API: Server argument checks, Agent.getName with the TLS
// options, request's protocol check, events and socket getters.
'use strict';
const https = require('https');
const fs = require('fs');
const path = require('path');
const key = (f) => fs.readFileSync(path.join(__dirname, '..', 'keys', f));

for (const bad of ['foo', 42, true, []]) {
  try {
    new https.Server(bad);
  } catch (e) {
    console.log(e.code, e.message);
  }
}
const agent = new https.Agent();
console.log(agent.getName());
console.log(agent.getName({ host: 'h', port: 1, ca: 'ca', rejectUnauthorized: false, servername: 's', sigalgs: 'x' }));
console.log(agent.getName({ host: 'h', servername: 'h' }));
try {
  https.request('http://localhost/');
} catch (e) {
  console.log(e.code, e.message);
}
try {
  https.request({ port: 1, ca: 42 });
} catch (e) {
  console.log(e.code);
}

const server = https.createServer({ key: key('server-key.pem'), cert: key('server-cert.pem') });
console.log(server instanceof https.Server, server.requestCert,
  server.rejectUnauthorized, server.listening);
const events = [];
const clientEvents = [];
server.on('connection', (s) => events.push('connection ' + s.encrypted));
server.on('secureConnection', (s) => events.push('secureConnection ' + s.alpnProtocol + ' ' + s.servername));
server.on('request', (req, res) => {
  const s = req.socket;
  events.push('request ' + req.headers.host.replace(/:\d+$/, ':PORT'));
  const cipher = s.getCipher();
  events.push('cipher ' + typeof cipher.name + ' ' + cipher.version + ' ' + s.getProtocol());
  events.push('peer ' + JSON.stringify(s.getPeerCertificate()));
  events.push('own ' + s.getCertificate().subject.CN);
  res.end('ok');
});
server.listen(0, () => {
  const port = server.address().port;
  const req = https.request(`https://localhost:${port}/x?y`, { ca: key('ca-cert.pem'), agent: false });
  req.on('socket', (s) => {
    clientEvents.push('socket');
    s.on('secureConnect', () => clientEvents.push('secureConnect ' + s.authorized));
  });
  req.on('response', (res) => {
    clientEvents.push('response ' + res.statusCode + ' ' + res.socket.getPeerCertificate(true).issuerCertificate.subject.CN);
    res.resume();
    res.on('end', () => {
      server.close(() => {
        for (const e of events) console.log(e);
        for (const e of clientEvents) console.log(e);
      });
    });
  });
  req.end();
});
