'use strict';
// Expect: 100-continue: the head goes out at once, 'continue' and
// 'information' arrive before the response.
const http = require('http');
const s = http.createServer((req, res) => { req.resume(); req.on('end', () => res.end('ok')); }).listen(0, () => {
  const req = http.request({ port: s.address().port, method: 'POST', headers: { Expect: '100-continue' } }, (res) => {
    res.resume(); res.on('end', () => { console.log('done', res.statusCode); s.close(); });
  });
  req.on('information', (i) => console.log('info', i.statusCode, i.statusMessage, i.httpVersion));
  req.on('continue', () => { console.log('continue'); req.end('body'); });
});
