'use strict';
// An unref'd bound socket lets the process end; ref() makes it hold the
// loop again until closed.
const dgram = require('dgram');
const a = dgram.createSocket('udp4');
a.bind(0, '127.0.0.1', () => console.log('a listening'));
a.unref();
const b = dgram.createSocket('udp4');
b.bind(0, '127.0.0.1', () => {
  console.log('b listening');
  b.unref();
  b.ref();
  setTimeout(() => b.close(() => console.log('b closed')), 20);
});
const c = dgram.createSocket('udp4'); // never bound: holds nothing
process.on('exit', () => console.log('exit'));
