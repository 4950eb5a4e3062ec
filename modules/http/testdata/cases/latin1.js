'use strict';
// Header text is latin1 on the wire, both ways.
const http = require('http');
const s = http.createServer((req, res) => { res.setHeader('X-Name', 'café'); res.end(); }).listen(0, () => {
  http.get({ port: s.address().port }, (res) => { console.log(JSON.stringify(res.headers['x-name']), res.rawHeaders.includes('café')); res.resume(); s.close(); });
});
