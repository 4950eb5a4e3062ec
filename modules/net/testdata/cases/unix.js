// Unix-domain sockets: listen(path), connect(path), address() is the path.
'use strict';
const net = require('net');
const os = require('os');
const path = require('path');
const fs = require('fs');

const file = path.join(os.tmpdir(), `gorun-net-${process.pid}.sock`);
try { fs.unlinkSync(file); } catch {}
let remote;
const server = net.createServer((s) => {
  remote = s.remoteAddress;
  s.end('hi over unix');
});
server.listen(file, () => {
  console.log('address is path', server.address() === file);
  const c = net.connect(file);
  c.setEncoding('utf8');
  c.on('connect', () => console.log('connected', c.remotePort, c.address().port));
  c.on('data', (d) => console.log('data', d));
  c.on('close', () => server.close(() => {
    console.log('server saw remoteAddress', remote);
    console.log('server closed');
    const bad = net.connect(file + '.missing');
    bad.on('error', (e) => console.log('missing', e.code, e.syscall, e.message === `connect ENOENT ${file}.missing`));
  }));
});
