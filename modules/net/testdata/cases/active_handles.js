// Sockets and servers in process.getActiveResourcesInfo() (node's wrap
// names) and process._getActiveHandles() (their owners) while open and
// referenced; unref() and close() take them out.
const net = require('net');
const count = (kind) => process.getActiveResourcesInfo().filter((k) => k === kind).length;
const srv = net.createServer();
srv.listen(0, '127.0.0.1', () => {
  console.log('listening', count('TCPServerWrap'), process._getActiveHandles().includes(srv));
  let pending = 2;
  let accepted;
  const client = net.connect(srv.address().port, '127.0.0.1', done);
  srv.once('connection', (c) => { accepted = c; done(); });
  function done() {
    if (--pending > 0) return;
    const handles = process._getActiveHandles();
    console.log('connected', count('TCPSocketWrap'), handles.includes(client), handles.includes(accepted));
    client.unref();
    console.log('client unref', count('TCPSocketWrap'), process._getActiveHandles().includes(client));
    client.ref();
    srv.unref();
    console.log('server unref', count('TCPServerWrap'), process._getActiveHandles().includes(srv));
    client.destroy();
    accepted.on('close', () => {
      srv.close(() => console.log('closed', count('TCPSocketWrap'), count('TCPServerWrap'),
        process._getActiveHandles().filter((h) => h === srv || h === client || h === accepted).length));
    });
  }
});
