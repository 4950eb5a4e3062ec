// The connection attempt events and the error details of a failed
// connect: a Unix path, and a TCP connect from a bound local port.
'use strict';
const net = require('net');
const s = net.connect('/tmp/gorun-net-nonexistent.sock');
for (const ev of ['connectionAttempt', 'connectionAttemptFailed', 'lookup']) {
  s.on(ev, (...a) => console.log(ev, a.map((x) => (x instanceof Error ? x.message : x))));
}
s.on('error', (e) => console.log('error', e.message, Object.keys(e)));
s.on('close', () => {
  // A local port that was free a moment ago.
  const probe = net.createServer().listen(0, '127.0.0.1', () => {
    const localPort = probe.address().port;
    probe.close(() => {
      const s2 = net.connect({ port: 1, host: '127.0.0.1', localAddress: '127.0.0.1', localPort });
      const strip = (m) => m.replace(String(localPort), 'LOCAL');
      s2.on('connectionAttempt', (...a) => console.log('s2 attempt', a));
      s2.on('connectionAttemptFailed', (...a) => console.log('s2 failed', a.map((x) => (x instanceof Error ? strip(x.message) : x))));
      s2.on('error', (e) => console.log('s2 error', strip(e.message), Object.keys(e), e.localAddress, e.localPort === localPort));
    });
  });
});
