'use strict';
// AsyncLocalStorage: handlers run in the context of listen(), client
// callbacks in the request's, 'close' in close()'s.
const http = require('http');
const { AsyncLocalStorage } = require('async_hooks');
const als = new AsyncLocalStorage();
const s = http.createServer((req, res) => {
  console.log('in handler', als.getStore());
  als.run('req', () => setTimeout(() => { console.log('timer in handler', als.getStore()); res.end('x'); }, 1));
});
als.run('listen', () => s.listen(0, () => console.log('listening cb', als.getStore())));
s.on('listening', () => {
  als.run('client', () => {
    http.get({ port: s.address().port }, (res) => {
      console.log('response cb', als.getStore());
      res.resume();
      res.on('end', () => { console.log('end', als.getStore()); s.close(() => console.log('close cb', als.getStore())); });
    });
  });
});
