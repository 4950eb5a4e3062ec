'use strict';
// A dns.lookup replaced before a socket is made resolves its addresses,
// IP ones included; one replaced after is not seen by that socket.
const dns = require('dns');
const orig = dns.lookup;
dns.lookup = (h, f, cb) => {
  console.log('patched lookup', h, f);
  orig(h, f, cb);
};
const dgram = require('dgram');
const s = dgram.createSocket('udp4');
dns.lookup = orig;
const t = dgram.createSocket('udp4');
dns.lookup = () => { throw new Error('not used'); };
s.send('x', 9, '127.0.0.1', (e) => {
  console.log('sent', e);
  s.close();
  t.send('y', 9, '127.0.0.1', (e) => {
    console.log('sent with the original', e);
    t.close();
  });
});
