// Classes, defaults and the server's bookkeeping.
'use strict';
const net = require('net');
const { Duplex } = require('stream');
const EventEmitter = require('events');

console.log(net.Stream === net.Socket, new net.Socket() instanceof Duplex, new net.Server() instanceof EventEmitter);
const s = new net.Socket();
console.log('unconnected', s.pending, s.connecting, s.readyState, s.remoteAddress, JSON.stringify(s.address()),
  s.bytesRead, s.bytesWritten, s.allowHalfOpen);
s.destroy();
class MySocket extends net.Socket {}
console.log(new MySocket() instanceof net.Socket);
function Old() { net.Socket.call(this); }
Object.setPrototypeOf(Old.prototype, net.Socket.prototype);
console.log(new Old().readyState);

const server = net.createServer({ pauseOnConnect: true });
console.log('not listening', server.listening, server.address());
server.maxConnections = 1;
let first;
server.on('drop', (d) => console.log('drop', typeof d.remotePort));
server.on('connection', (sock) => {
  first = sock;
  console.log('connection; paused', sock.isPaused(), sock.server === server);
  server.getConnections((err, n) => {
    console.log('connections', err, n);
    // A second client is over maxConnections: dropped.
    const extra = net.connect(server.address().port);
    extra.on('close', () => {
      console.log('extra closed');
      server.close(() => console.log('close waited for the connection'));
      console.log('listening after close', server.listening);
      setTimeout(() => {
        sock.resume();
        sock.on('data', (d) => console.log('data after resume', d.toString()));
        sock.on('end', () => sock.end());
      }, 20);
    });
    extra.on('error', () => {});
  });
});
server.listen(0, () => {
  const c = net.connect(server.address().port, () => c.end('late'));
  c.on('close', () => console.log('client closed'));
});
process.on('exit', () => console.log('exit; first destroyed', first.destroyed));
