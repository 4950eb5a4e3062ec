// A started, referenced port keeps the process alive until it is closed;
// an unreferenced one does not.
'use strict';
const { MessageChannel } = require('worker_threads');
const { port1, port2 } = new MessageChannel();
const start = Date.now();
port1.on('message', (m) => console.log('message', m));
port1.on('close', () => console.log('closed after wait', Date.now() - start >= 50));
const t = setTimeout(() => {}, 10);
t.unref();
setTimeout(() => {
  port2.postMessage('late');
  setTimeout(() => port2.close(), 20).unref();
}, 50).unref();
const other = new MessageChannel();
other.port1.on('message', () => {});
other.port1.unref();
process.on('exit', () => console.log('exit', other.port1.hasRef(), port1.hasRef()));
