// A client that goes away while the server streams an endless body: the
// response closes, the pipeline feeding it ends with a premature close
// and its source is destroyed, and the server can close. (gorun used to
// keep draining into the dead connection and starve the loop.) The order
// of these events differs between runtimes, so they are printed sorted.
const http = require('http');
const { Readable, pipeline } = require('stream');
const events = [];
process.on('exit', () => console.log(events.sort().join('\n')));
const server = http.createServer((req, res) => {
  const rs = new Readable({
    read() { rs.push('hello'); },
    destroy(err, cb) { events.push('source destroyed'); cb(); },
  });
  res.on('close', () => events.push('response closed'));
  pipeline(rs, res, (err) => events.push(`pipeline ended: ${err && err.code}`));
});
server.listen(0, '127.0.0.1', () => {
  const req = http.request({ port: server.address().port, host: '127.0.0.1' });
  req.end();
  req.on('response', (res) => {
    setImmediate(() => {
      res.destroy();
      server.close(() => events.push('server closed'));
    });
  });
});
