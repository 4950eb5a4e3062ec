'use strict';
// Bodies stream with backpressure: a 4 MB upload read with pauses, a
// 4 MB download written until write() returns false, then on 'drain'.
const http = require('http');

const SIZE = 4 * 1024 * 1024;
const server = http.createServer((req, res) => {
  let got = 0;
  let paused = 0;
  req.on('data', (c) => {
    got += c.length;
    if (paused < 3) {
      paused++;
      req.pause();
      setTimeout(() => req.resume(), 5);
    }
  });
  req.on('end', () => {
    console.log('upload received', got === SIZE, paused);
    const chunk = Buffer.alloc(64 * 1024, 'x');
    let sent = 0;
    let sawFalse = false;
    let drains = 0;
    const pump = () => {
      while (sent < SIZE) {
        sent += chunk.length;
        if (!res.write(chunk)) {
          sawFalse = true;
          res.once('drain', () => { drains++; pump(); });
          return;
        }
      }
      res.end(() => console.log('download sent, saw false', sawFalse, 'drained', drains > 0));
    };
    pump();
  });
});

server.listen(0, () => {
  const req = http.request({ port: server.address().port, method: 'PUT' }, (res) => {
    let got = 0;
    res.on('data', (c) => { got += c.length; });
    res.on('end', () => {
      console.log('download received', got === SIZE);
      server.close();
    });
  });
  const chunk = Buffer.alloc(256 * 1024, 'y');
  let n = 0;
  const write = () => {
    while (n < SIZE / chunk.length) {
      n++;
      if (!req.write(chunk)) return req.once('drain', write);
    }
    req.end();
  };
  write();
});
