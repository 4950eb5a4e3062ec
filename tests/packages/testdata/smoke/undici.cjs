// undici parses HTTP with llhttp compiled to WebAssembly: a request to a
// local server runs it through the WebAssembly global.
const { request } = require('undici');
const http = require('http');
const srv = http.createServer((req, res) => res.end('hello ' + req.method));
srv.listen(0, async () => {
  const { statusCode, body } = await request(`http://127.0.0.1:${srv.address().port}/x`);
  console.log(statusCode, await body.text());
  srv.close();
});
