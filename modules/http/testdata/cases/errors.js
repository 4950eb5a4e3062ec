'use strict';
// Connection errors as Node reports them: EADDRINUSE on listen,
// ECONNREFUSED on connect, and write after end.
const http = require('http');

const a = http.createServer();
a.listen(0, () => {
  const port = a.address().port;
  const b = http.createServer();
  b.on('error', (e) => {
    console.log('listen error', e.code, e.syscall, e.errno, e.port === port, e.message === `listen EADDRINUSE: address already in use :::${port}`);
    a.close(() => {
      const req = http.get({ port, host: '127.0.0.1' });
      req.on('error', (e2) => {
        console.log('request error', e2.code, e2.syscall, e2.address, e2.port === port, e2.message === `connect ECONNREFUSED 127.0.0.1:${port}`);
      });
      req.on('close', () => {
        console.log('request close');
        writeAfterEnd();
      });
    });
  });
  b.listen(port);
});

function writeAfterEnd() {
const s = http.createServer((req, res) => {
  res.on('error', (e) => console.log('res error', e.code));
  res.end('done');
  res.on('finish', () => console.log('finish'));
  res.on('close', () => console.log('res close'));
  res.write('late', (err) => console.log('late write', err.code));
  res.end((err) => console.log('end again', err && err.code));
});
s.listen(0, () => {
  http.get({ port: s.address().port }, (res) => {
    res.resume();
    res.on('end', () => s.close());
  });
});
}
http.createServer().close((err) => console.log('close not running', err.code));
