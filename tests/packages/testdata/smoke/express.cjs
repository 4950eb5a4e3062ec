// express: routing, params and query, JSON bodies, redirects, 404, HEAD.
const express = require('express');
const http = require('http');
const app = express();
app.use(express.json());
app.get('/hello/:name', (req, res) => res.json({ hi: req.params.name, q: req.query, ip: typeof req.ip }));
app.post('/echo', (req, res) => res.status(201).send(req.body));
app.get('/redirect', (req, res) => res.redirect('/hello/x'));
app.use((req, res) => res.status(404).send('nope'));
const server = app.listen(0, async () => {
  const port = server.address().port;
  const call = (method, path, body) => new Promise((resolve, reject) => {
    const req = http.request({ port, method, path, headers: body ? { 'content-type': 'application/json' } : {} }, (res) => {
      let s = '';
      res.setEncoding('utf8');
      res.on('data', (d) => s += d);
      res.on('end', () => resolve([res.statusCode, res.headers['content-type'], res.headers['content-length'], res.headers.etag, res.headers.location, s]));
    });
    req.on('error', reject);
    req.end(body && JSON.stringify(body));
  });
  console.log(await call('GET', '/hello/bob?x=1'));
  console.log(await call('POST', '/echo', { a: [1, 2] }));
  console.log(await call('GET', '/redirect'));
  console.log(await call('GET', '/missing'));
  console.log(await call('HEAD', '/hello/bob'));
  server.close();
});
