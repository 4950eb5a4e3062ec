'use strict';
// Framing as Node chooses it: Content-Length for end(data), chunked for
// writes, none for HEAD and 204, writeHead with arrays, rawHeaders and
// Node's joining of duplicates, sendDate.
const http = require('http');

const server = http.createServer((req, res) => {
  switch (req.url) {
    case '/cl': res.end('12345'); break;
    case '/chunked': res.write('a'); res.end('b'); break;
    case '/empty': res.end(); break;
    case '/204': res.writeHead(204); res.end(); break;
    case '/head': res.end('body'); break;
    case '/nodate': res.sendDate = false; res.end('x'); break;
    case '/array': res.writeHead(200, ['X-A', '1', 'X-A', '2', 'Content-Length', '2']); res.end('ok'); break;
    case '/dups':
      console.log(req.headers.cookie, '|', req.headers['x-multi'], '|', req.headers['content-type'], '|', req.headers.accept);
      console.log(req.headersDistinct['x-multi']);
      res.end();
      break;
    default: res.end();
  }
});

const paths = ['/cl', '/chunked', '/empty', '/204', '/head', '/nodate', '/array'];
function run(i) {
  if (i === paths.length) return dups();
  const method = paths[i] === '/head' ? 'HEAD' : 'GET';
  http.request({ port: server.address().port, path: paths[i], method }, (res) => {
    let body = '';
    res.on('data', (d) => { body += d; });
    res.on('end', () => {
      console.log(paths[i], res.statusCode, 'cl', res.headers['content-length'], 'te', res.headers['transfer-encoding'],
                  'date', 'date' in res.headers, 'x-a', res.headers['x-a'], JSON.stringify(body));
      run(i + 1);
    });
  }).end();
}

function dups() {
  const req = http.request({
    port: server.address().port,
    path: '/dups',
    headers: [
      ['Host', 'localhost'], ['Cookie', 'a=1'], ['Cookie', 'b=2'], ['X-Multi', 'x'], ['X-Multi', 'y'],
      ['Content-Type', 'text/a'], ['Content-Type', 'text/b'], ['Accept', '1'], ['accept', '2'],
    ],
  }, (res) => {
    res.resume();
    res.on('end', () => server.close());
  });
  req.end();
}

server.listen(0, () => run(0));
