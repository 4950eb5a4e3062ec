'use strict';
// Which of 'listening', send callbacks, ticks, 'message' and immediates
// comes first, and what each datagram and rinfo hold.
const dgram = require('dgram');
const order = [];
const a = dgram.createSocket('udp4');
const b = dgram.createSocket({ type: 'udp4' });
a.on('listening', () => order.push('a listening'));
b.on('listening', () => order.push('b listening (implicit bind)'));
let n = 0;
a.on('message', (m, r) => {
  order.push(`a message ${JSON.stringify(m.toString())} len=${m.length} ${r.address} ${r.family} size=${r.size} ` +
    `fromB=${r.port === b.address().port} isBuffer=${Buffer.isBuffer(m)}`);
  if (++n === 6) {
    console.log(order.join('\n'));
    a.close(() => console.log('a close cb'));
    b.close();
    b.on('close', () => console.log('b close event'));
    console.log('closing');
  }
});
a.bind(0, '127.0.0.1', () => {
  order.push('a bind cb');
  const port = a.address().port;
  b.send('one', port, '127.0.0.1', (e, n) => order.push(`send1 ${e} ${n}`));
  b.send(['t', Buffer.from('w'), new Uint8Array([111])], port, (e, n) => order.push(`send2 ${e} ${n}`));
  b.send(Buffer.from('xthreex'), 1, 5, port, '127.0.0.1', (e, n) => order.push(`send3 ${e} ${n}`));
  b.send(new DataView(new ArrayBuffer(4)), port, '127.0.0.1');
  b.send([], port, (e, n) => order.push(`send empty array ${e} ${n}`));
  b.send(new Uint16Array([0x4141, 0x4242]), port, '127.0.0.1', (e, n) => order.push(`send5 ${e} ${n}`));
  process.nextTick(() => order.push('tick'));
  setImmediate(() => order.push('immediate'));
  Promise.resolve().then(() => order.push('microtask'));
});
