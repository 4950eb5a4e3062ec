// server.listen's option forms: a file descriptor that is not a socket
// (EINVAL, asynchronously), another server's handle, and node's errors
// for options it cannot use; close() before a host's lookup answers.
'use strict';
const net = require('net');
const fs = require('fs');

const fd = fs.openSync(__filename, 'r');
const s1 = net.createServer().listen({ fd }, () => console.log('listening?!'));
s1.on('error', (e) => console.log(e.message, e.code, e.errno, e.syscall, e.address, Object.keys(e)));
console.log(s1.listening, s1.address());

for (const options of [{ port: false }, true, { port: true }, { fd: -1 }, { path: -1 }, {}, { host: 'localhost' },
  { exclusive: true }, { port: -1, path: '/tmp/x' }, { fd: 1.5 }]) {
  try {
    net.createServer().listen(options, () => {}).on('error', (e) => console.log('async', e.message, options));
  } catch (e) {
    console.log(e.name, e.code, e.message);
  }
}

const late = net.createServer().listen(0, 'localhost', () => console.log('late listening?!'));
late.close((e) => console.log('late close', e && e.code));

const a = net.createServer().listen(0, '127.0.0.1', () => {
  const b = net.createServer((c) => {
    console.log('b got the connection');
    c.end();
    b.close();
  });
  b.listen(a._handle, () => {
    console.log('b listening', b.address().port === a.address().port, a.listening, b.listening);
    net.connect(a.address().port, '127.0.0.1').on('close', () => console.log('client closed')).resume();
  });
  try {
    b.listen(0);
  } catch (e) {
    console.log(e.code, e.message);
  }
});
a.on('connection', () => console.log('a got it?!'));
