// Unref'd servers and sockets let the process end.
'use strict';
const net = require('net');

let client;
const server = net.createServer((s) => {
  console.log('connected; unref both sockets and the server');
  s.unref();
  client.unref();
  server.unref();
  console.log('hasRef', s._handle.hasRef(), client._handle.hasRef());
});
server.listen(0, () => {
  client = net.connect(server.address().port);
});
process.on('exit', (code) => console.log('exit', code));
