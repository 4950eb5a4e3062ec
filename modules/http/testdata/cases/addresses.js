'use strict';
// Socket addresses as Node reports them, IPv4-mapped on a dual-stack server.
const http = require('http');
const s = http.createServer((req, res) => {
  const so = req.socket;
  console.log(so.remoteAddress, so.remoteFamily, so.localAddress, typeof so.localPort, so.remotePort > 0);
  res.end();
}).listen(0, () => {
  http.get({ port: s.address().port, host: '127.0.0.1' }, (res) => {
    console.log('client', res.socket.remoteAddress, res.socket.remotePort === s.address().port, res.socket.localAddress);
    res.resume(); res.on('end', () => s.close());
  });
});
