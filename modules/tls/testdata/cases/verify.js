// Certificate checks as node reports them: codes, messages,
// authorized/authorizationError, rejectUnauthorized: false, and what the
// server sees of a client that refused it.
'use strict';
const tls = require('tls');
const fs = require('fs');
const path = require('path');
const key = (f) => fs.readFileSync(path.join(__dirname, '..', 'keys', f));

// The server's side of each case is printed after the client's, once
// both are over: the two run concurrently.
let serverDone;
function watch(srv, name) {
  srv.on('secureConnection', (s) => {
    s.end('hi');
    s.on('close', () => serverDone('  ' + name + ' secureConnection'));
  });
  srv.on('tlsClientError', (e) => serverDone(`  ${name} tlsClientError ${e.code} ${e.message}`));
}
const server = tls.createServer({ key: key('server-key.pem'), cert: key('server-cert.pem') });
watch(server, 'server');
const self = tls.createServer({ key: key('self-key.pem'), cert: key('self-cert.pem') });
watch(self, 'self');

const cases = [
  ['no ca', server, {}],
  ['ca, host localhost', server, { ca: key('ca-cert.pem'), host: 'localhost' }],
  ['ca, wrong servername', server, { ca: key('ca-cert.pem'), servername: 'example.com' }],
  ['ca, ip host', server, { ca: key('ca-cert.pem'), host: '127.0.0.1' }],
  ['rejectUnauthorized false', server, { rejectUnauthorized: false }],
  ['custom checkServerIdentity', server, {
    ca: key('ca-cert.pem'), servername: 'example.com',
    checkServerIdentity: (host, cert) => { console.log('  check', host, cert.subject.CN); },
  }],
  ['checkServerIdentity error', server, {
    ca: key('ca-cert.pem'), checkServerIdentity: () => new Error('nope'),
  }],
  ['self-signed', self, {}],
  ['self-signed trusted', self, { ca: key('self-cert.pem') }],
  ['self-signed not rejected', self, { rejectUnauthorized: false }],
];

function run(i) {
  if (i === cases.length) {
    server.close();
    self.close();
    return;
  }
  const [name, srv, opts] = cases[i];
  console.log(name);
  const serverSide = new Promise((resolve) => { serverDone = resolve; });
  const c = tls.connect({ port: srv.address().port, ...opts }, () => {
    console.log('  secureConnect', c.authorized, c.authorizationError);
  });
  c.on('data', (d) => console.log('  data', String(d)));
  c.on('error', (e) => console.log('  error', e.name, e.code, e.message));
  c.on('close', () => serverSide.then((line) => {
    console.log(line);
    run(i + 1);
  }));
}

server.listen(0, () => self.listen(0, () => run(0)));
