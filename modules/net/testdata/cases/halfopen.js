// allowHalfOpen: the server reads the client's end, then still writes.
// Without it, a socket ends its side when the peer does.
'use strict';
const net = require('net');

// The two ends run concurrently: each keeps its own log.
const serverLog = [];

const server = net.createServer({ allowHalfOpen: true }, (s) => {
  let body = '';
  s.setEncoding('utf8');
  s.on('data', (d) => { body += d; });
  s.on('end', () => {
    serverLog.push(`server got end; writable ${s.writable} readyState ${s.readyState}`);
    s.end('reply to ' + body);
  });
  s.on('close', () => serverLog.push('server socket closed'));
});
server.listen(0, () => {
  const c = net.connect({ port: server.address().port, host: '127.0.0.1' }, () => {
    c.end('hello');
    console.log('client ended; readyState', c.readyState);
  });
  let reply = '';
  c.on('data', (d) => { reply += d; });
  c.on('end', () => console.log('client got', reply));
  c.on('finish', () => console.log('client finish'));
  c.on('close', (hadError) => {
    console.log('client close', hadError, c.readyState);
    server.close(() => console.log(serverLog.join('\n')));
  });
});
