// An https.Agent with keepAlive reuses its connection (node's pooling,
// keyed by getName with the TLS options); different TLS options get
// another connection.
'use strict';
const https = require('https');
const fs = require('fs');
const path = require('path');
const key = (f) => fs.readFileSync(path.join(__dirname, '..', 'keys', f));

let connections = 0;
const server = https.createServer({ key: key('server-key.pem'), cert: key('server-cert.pem') }, (req, res) => {
  res.end(req.url);
});
server.on('connection', () => connections++);
server.listen(0, async () => {
  const port = server.address().port;
  const agent = new https.Agent({ keepAlive: true, maxSockets: 1 });
  const one = (p, extra) => new Promise((resolve, reject) => {
    const req = https.get({ port, path: p, agent, ca: key('ca-cert.pem'), ...extra }, (res) => {
      let body = '';
      res.on('data', (d) => { body += d; });
      res.on('end', () => {
        console.log(p, res.statusCode, body, 'reused', req.reusedSocket);
        setImmediate(resolve);
      });
    });
    req.on('error', reject);
  });
  await one('/a');
  await one('/b');
  await Promise.all([one('/c'), one('/d')]);
  console.log('names', Object.keys(agent.freeSockets).map((n) => n.split(':').length));
  await one('/e', { rejectUnauthorized: true });
  console.log('connections', connections);
  console.log('free', Object.values(agent.freeSockets).map((l) => l.length));
  agent.destroy();
  server.close(() => console.log('closed'));
});
