// Connection and listen errors as node reports them.
'use strict';
const net = require('net');

function show(label, e) {
  console.log(label, e.message, e.code, e.errno, e.syscall, e.address, e.port, e.hostname);
}

const c = net.connect(1, '127.0.0.1');
c.on('connect', () => console.log('unexpected connect'));
c.on('error', (e) => {
  show('refused', e);
  console.log('state', c.destroyed, c.connecting, c.readyState);
});
c.on('close', (hadError) => {
  console.log('close hadError', hadError);
  const d = net.connect({ port: 80, host: 'nonexistent.invalid' });
  d.on('lookup', (err, ip, family, host) => console.log('lookup', err && err.code, ip, family, host));
  d.on('error', (e) => {
    show('dns', e);
    inUse();
  });
});

function inUse() {
  const a = net.createServer().listen(0, '127.0.0.1', () => {
    const port = a.address().port;
    const b = net.createServer();
    b.on('listening', () => console.log('unexpected listening'));
    b.on('error', (e) => {
      console.log('in use', e.message.replace(String(port), 'PORT'), e.code, e.errno, e.syscall, e.address,
        e.port === port, b.listening, b.address());
      a.close(() => console.log('closed a'));
      b.close((err) => console.log('close b:', err.code, err.message));
    });
    b.listen(port, '127.0.0.1');
  });
}

for (const f of [
  () => net.connect({ port: -1 }),
  () => net.connect({ port: 65536 }),
  () => net.connect({ port: true }),
  () => net.connect({ port: 80, localAddress: 'nope' }),
  () => net.createServer().listen({}),
  () => net.createServer().listen({ port: 70000 }),
  () => net.createServer(42),
  () => new net.Socket().setTimeout(-1),
  () => new net.Socket().setTimeout('1'),
  () => { const s = net.createServer().listen(0); try { s.listen(0); } finally { s.close(); } },
]) {
  try {
    f();
    console.log('no throw');
  } catch (e) {
    console.log(e.name, e.code, e.message);
  }
}
