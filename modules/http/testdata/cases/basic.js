'use strict';
// A server and a client on port 0: methods, urls, headers both ways,
// bodies streamed in both directions, and 'close' when the server stops.
const http = require('http');

const server = http.createServer((req, res) => {
  const chunks = [];
  req.on('data', (c) => chunks.push(c));
  req.on('end', () => {
    console.log('server got', req.method, req.url, req.httpVersion, JSON.stringify(Buffer.concat(chunks).toString()));
    console.log('complete', req.complete, 'x-one', req.headers['x-one'], 'host ok', req.headers.host === `localhost:${server.address().port}`);
    res.setHeader('X-Reply', ['a', 'b']);
    res.setHeader('Set-Cookie', ['c=1', 'd=2']);
    res.statusCode = 201;
    res.write('part1,');
    res.end('part2');
  });
});

server.on('listening', () => console.log('listening', server.listening, server.address().family, typeof server.address().port));
server.on('close', () => console.log('server close'));

server.listen(0, () => {
  const req = http.request({
    port: server.address().port,
    method: 'post',
    path: '/echo?x=1',
    headers: { 'X-One': '1' },
  }, (res) => {
    console.log('status', res.statusCode, res.statusMessage, res.httpVersion);
    console.log('te', res.headers['transfer-encoding'], 'reply', res.headers['x-reply'], 'cookies', res.headers['set-cookie']);
    console.log('has date', typeof res.headers.date);
    let body = '';
    res.setEncoding('utf8');
    res.on('data', (d) => { body += d; });
    res.on('end', () => {
      console.log('body', body, 'complete', res.complete);
      server.close(() => console.log('close callback'));
    });
  });
  req.on('finish', () => console.log('request finish'));
  req.on('close', () => console.log('request close'));
  req.write('hello ');
  req.end('world');
});
