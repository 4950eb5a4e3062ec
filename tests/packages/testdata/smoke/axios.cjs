// axios over node:http (it requires http2 at load): GET, a JSON POST and a
// refused connection.
const axios = require('axios');
const http = require('http');
const srv = http.createServer((req, res) => {
  let body = '';
  req.on('data', (c) => body += c);
  req.on('end', () => {
    res.setHeader('content-type', 'application/json');
    res.end(JSON.stringify({ method: req.method, url: req.url, body, ua: req.headers['user-agent'].split('/')[0] }));
  });
});
srv.listen(0, async () => {
  const base = `http://127.0.0.1:${srv.address().port}`;
  const r1 = await axios.get(base + '/a?x=1');
  console.log(r1.status, r1.data);
  const r2 = await axios.post(base + '/b', { hello: 'world' });
  console.log(r2.status, r2.data, r2.headers['content-type']);
  try { await axios.get('http://127.0.0.1:1/'); } catch (e) { console.log(e.code, e.message); }
  srv.close();
});
