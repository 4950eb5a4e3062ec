'use strict';
// A fetch in flight keeps the process alive; an unread body doesn't.
const http = require('http');
const server = http.createServer((req, res) => {
  setTimeout(() => res.end('late'), 50);
});
server.listen(0, '127.0.0.1', () => {
  const url = `http://127.0.0.1:${server.address().port}/`;
  server.unref();
  fetch(url).then(async (r) => {
    console.log('status', r.status);
    console.log('text', await r.text());
    return fetch(url);
  }).then((r) => {
    console.log('unread', r.status);
  });
});
process.on('exit', () => console.log('exit'));
