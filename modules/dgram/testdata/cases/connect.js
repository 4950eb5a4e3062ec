'use strict';
// Connected sockets: connect events and callback, remoteAddress, sends
// without an address, disconnect, and the state errors.
const dgram = require('dgram');
const server = dgram.createSocket('udp4');
const client = dgram.createSocket('udp4');
const seen = [];
server.on('message', (m, r) => {
  seen.push(`${m} from client ${r.port === client.address().port}`);
  if (seen.length === 3) {
    console.log(seen.join('\n'));
    client.disconnect();
    try { client.disconnect(); } catch (e) { console.log(e.code, e.message); }
    try { client.remoteAddress(); } catch (e) { console.log(e.code, e.message); }
    client.send('after', server.address().port, '127.0.0.1', (e, n) => {
      console.log('unconnected send', e, n);
      client.close();
      server.close(() => console.log('closed'));
    });
  }
});
server.bind(0, '127.0.0.1', () => {
  const port = server.address().port;
  client.on('connect', () => console.log('connect event'));
  client.on('listening', () => console.log('client listening'));
  client.connect(port, '127.0.0.1', () => {
    console.log('connect cb');
    const r = client.remoteAddress();
    console.log('remote', r.address, r.family, r.port === port);
    try { client.connect(port); } catch (e) { console.log(e.code, e.message); }
    try { client.send('x', port); } catch (e) { console.log(e.code, e.message); }
    try { client.send('x', port, '127.0.0.1'); } catch (e) { console.log(e.code, e.message); }
    client.send('one', (e, n) => console.log('send one', e, n));
    client.send(Buffer.from('atwob'), 1, 3, (e, n) => console.log('send two', e, n));
    client.send(['th', 'ree']);
  });
  console.log('connect returned, connecting');
});
