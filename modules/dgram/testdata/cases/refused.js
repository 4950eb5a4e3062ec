'use strict';
// A connected socket whose peer is gone: ICMP's ECONNREFUSED comes back
// as 'error' (recvmsg) and receiving goes on; sends still succeed.
const dgram = require('dgram');
const tmp = dgram.createSocket('udp4');
tmp.bind(0, '127.0.0.1', () => {
  const port = tmp.address().port;
  tmp.close();
  const c = dgram.createSocket('udp4');
  let errors = 0;
  c.on('error', (e) => {
    console.log('error', e.message, e.code, e.syscall, e.errno);
    if (++errors === 1) c.send('y', (e) => console.log('cb2', e && e.message));
    else c.close(() => console.log('closed'));
  });
  c.connect(port, '127.0.0.1', () => {
    c.send('x', (e) => console.log('cb1', e && e.message));
  });
});
