// setTimeout on an idle socket emits 'timeout' (and does not close it);
// activity pushes the timeout back.
'use strict';
const net = require('net');

const server = net.createServer((s) => {
  s.on('data', () => {});
  s.on('end', () => s.end());
});
server.listen(0, () => {
  const c = net.connect(server.address().port);
  const start = Date.now();
  let writes = 0;
  // The timeout starts once connected: a slow connect (under -race)
  // must not use it up before the writes begin.
  c.on('connect', () => {
    const t = setInterval(() => {
      c.write('x');
      if (++writes === 4) clearInterval(t);
    }, 20);
    c.setTimeout(60, () => {
      console.log('timeout after activity stopped', Date.now() - start >= 120, 'writes', writes);
      console.log('still open', !c.destroyed, c.timeout);
      c.setTimeout(0);
      c.end();
    });
  });
  c.on('close', () => server.close(() => console.log('done')));
});
