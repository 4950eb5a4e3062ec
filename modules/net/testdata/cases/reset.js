// resetAndDestroy sends RST: the peer sees ECONNRESET.
'use strict';
const net = require('net');

// The two ends run concurrently: the server's side is printed at the end.
const serverLog = [];
const server = net.createServer((s) => {
  s.on('error', (e) => serverLog.push(`server socket error ${e.code} ${e.syscall} ${e.message}`));
  s.on('close', (hadError) => {
    serverLog.push(`server socket close ${hadError}`);
    server.close(() => console.log(serverLog.join('\n')));
  });
  s.write('x');
});
server.listen(0, () => {
  const c = net.connect(server.address().port);
  c.on('data', () => {
    c.resetAndDestroy();
    console.log('reset; destroyed', c.destroyed);
  });
  c.on('close', (hadError) => console.log('client close', hadError));
});
