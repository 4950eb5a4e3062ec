'use strict';
// System errors: bind EADDRINUSE through 'error' and bind's callback left
// alone; a failed lookup through the send callback, else 'error'; send
// errors that never reach 'error'.
const dgram = require('dgram');
function show(label, e) {
  console.log(label, e.name, e.code, e.message.replace(/:\d+$/, ':PORT'), e.syscall, e.errno,
    e.address, typeof e.port, e.hostname);
}
const failing = (host, opts, cb) => {
  if (require('net').isIP(host)) return require('dns').lookup(host, opts, cb);
  const e = new Error(`getaddrinfo ENOTFOUND ${host}`);
  e.code = 'ENOTFOUND';
  e.syscall = 'getaddrinfo';
  e.hostname = host;
  process.nextTick(cb, e);
};
const a = dgram.createSocket('udp4');
a.bind(0, '127.0.0.1', () => {
  const port = a.address().port;
  const b = dgram.createSocket('udp4');
  b.on('error', (e) => {
    show('bind error', e);
    b.bind(0, '127.0.0.1', () => {
      console.log('rebound after error');
      b.send(Buffer.alloc(70000), port, '127.0.0.1', (e) => {
        show('too big', e);
        b.send('x', 1234, '::1', (e) => {
          show('wrong family', e);
          b.send('never reported', 1234, '::1');
          b.close();
          lookups(port);
        });
      });
    });
  });
  b.bind(port, '127.0.0.1', () => console.log('never'));
});
function lookups(port) {
  const c = dgram.createSocket({ type: 'udp4', lookup: failing });
  c.send('x', port, 'no.such.host', (e) => {
    show('send cb', e);
    c.once('error', (e) => {
      show('send error event', e);
      c.on('error', (e) => show('never', e));
      const d = dgram.createSocket({ type: 'udp4', lookup: failing });
      d.on('error', (e) => { show('d bind error', e); d.close(); });
      d.bind(0, 'bad.host');
      c.connect(port, 'bad.host', (e) => {
        show('connect cb', e);
        c.close(() => {
          a.close();
          console.log('done');
        });
      });
    });
    c.send('x', port, 'no.such.host');
  });
}
