'use strict';
// Sends and close before any bind: the implicit bind queues them until
// 'listening', in order; closing a socket with queued work closes it after.
const dgram = require('dgram');
const rx = dgram.createSocket('udp4');
const got = [];
rx.on('message', (m) => {
  got.push(String(m));
  if (got.length === 3) {
    console.log('got', got.join(','));
    rx.close();
  }
});
rx.bind(0, '127.0.0.1', () => {
  const port = rx.address().port;
  const tx = dgram.createSocket('udp4');
  tx.on('listening', () => console.log('tx listening', tx.address().address));
  tx.send('1', port, '127.0.0.1', () => console.log('cb 1'));
  tx.send('2', port, () => console.log('cb 2'));
  tx.send('3', port, '127.0.0.1', () => tx.close(() => console.log('tx closed')));
  // Closing with sends queued drops them: their lookups end after close.
  const dropper = dgram.createSocket('udp4');
  dropper.send('lost', port, '127.0.0.1', () => console.log('never sent'));
  dropper.close(() => console.log('dropper closed'));
  console.log('queued');
  const early = dgram.createSocket('udp4');
  early.bind(0, '127.0.0.1');
  early.close(() => console.log('closed while binding'));
  early.on('listening', () => console.log('never listening'));
});
