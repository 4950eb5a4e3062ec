'use strict';
// Aborting: destroy() before a response, an AbortSignal, a timeout, and
// the server seeing its client go away mid-response.
const http = require('http');

let step = 0;
const server = http.createServer((req, res) => {
  if (req.url === '/slow') {
    req.on('aborted', () => console.log('server: req aborted'));
    res.on('close', () => {
      console.log('server: res close, finished', res.writableFinished);
      next();
    });
    res.write('partial');
    return;
  }
  res.end('ok');
});

function next() {
  step++;
  const port = server.address().port;
  if (step === 1) {
    const req = http.get({ port, path: '/slow' }, (res) => {
      res.on('data', () => req.destroy());
      res.on('aborted', () => console.log('client: res aborted'));
      res.on('error', (e) => console.log('client: res error', e.code, e.message));
    });
    req.on('close', () => console.log('client: req close'));
  } else if (step === 2) {
    const ac = new AbortController();
    const req = http.get({ port, path: '/never', signal: ac.signal });
    req.on('error', (e) => {
      console.log('signal error', e.name, e.code);
    });
    req.on('close', () => next());
    ac.abort();
  } else if (step === 3) {
    const req = http.get({ port, path: '/x' });
    req.on('error', (e) => console.log('destroy error', e.code, e.message));
    req.on('close', () => next());
    req.destroy();
  } else if (step === 4) {
    const s2 = http.createServer(() => {});
    s2.listen(0, () => {
      const req = http.get({ port: s2.address().port, timeout: 50 });
      req.on('timeout', () => {
        console.log('timeout event');
        req.destroy();
      });
      req.on('error', (e) => console.log('timeout error', e.code));
      req.on('close', () => {
        s2.closeAllConnections();
        s2.close(() => {
          console.log('s2 closed');
          server.close(() => console.log('done'));
        });
      });
    });
  }
}

server.listen(0, () => next());
