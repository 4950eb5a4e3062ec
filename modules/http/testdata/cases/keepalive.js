'use strict';
// A keep-alive agent reuses its connection; agent.sockets and
// freeSockets follow it; agent: false closes after each request.
const http = require('http');

const ports = new Set();
const server = http.createServer((req, res) => {
  ports.add(req.socket.remotePort);
  res.end(`${req.url} ${req.headers.connection}`);
});

function get(path, agent) {
  return new Promise((resolve) => {
    const req = http.get({ port: server.address().port, path, agent }, (res) => {
      let body = '';
      res.on('data', (d) => { body += d; });
      res.on('end', () => resolve([body, res.headers.connection, req.reusedSocket]));
    });
  });
}

server.listen(0, async () => {
  const agent = new http.Agent({ keepAlive: true });
  console.log(await get('/1', agent));
  await new Promise((r) => setImmediate(r));
  const name = agent.getName({ host: 'localhost', port: server.address().port });
  console.log('free', Object.keys(agent.freeSockets).length, agent.freeSockets[name] && agent.freeSockets[name].length);
  console.log(await get('/2', agent));
  console.log(await get('/3', false));
  console.log('connections used', ports.size);
  agent.destroy();
  server.close(() => console.log('closed'));
});
