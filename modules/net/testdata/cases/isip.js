// net's address checks, and the socket APIs that are not there yet.
'use strict';
const net = require('net');
for (const s of ['1.2.3.4', '01.2.3.4', '256.1.1.1', '0.0.0.0', '255.255.255.255', '::1', '::', 'fe80::1%eth0',
  '::ffff:1.2.3.4', '1.2.3', '', null, undefined, 123, '1.2.3.4 ', ' 1.2.3.4', '2001:db8::1%', '::1%1',
  '2001:0db8:0000:0000:0000:ff00:0042:8329', '1::2::3', 'g::1', '[::1]', 'localhost']) {
  console.log(JSON.stringify(s), net.isIP(s), net.isIPv4(s), net.isIPv6(s));
}
console.log(typeof net.Socket, typeof net.Server, net.getDefaultAutoSelectFamily(), net.getDefaultAutoSelectFamilyAttemptTimeout());
net.setDefaultAutoSelectFamilyAttemptTimeout(5);
console.log(net.getDefaultAutoSelectFamilyAttemptTimeout());
