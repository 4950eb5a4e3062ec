'use strict';
// One lookup at a time: concurrent ones may complete in any order.
const dns = require('dns');
const util = require('util');
const lookup = (...args) => new Promise((resolve) => {
  dns.lookup(...args, (...res) => {
    console.log(args[0], util.inspect(args[1]), util.inspect(res));
    resolve();
  });
});
(async () => {
  await lookup('localhost');
  await lookup('localhost', 4);
  await lookup('localhost', { family: 'IPv4', all: true });
  await lookup('localhost', { order: 'ipv6first', all: true });
  await lookup('127.0.0.1');
  await lookup('::1', { all: true });
  await lookup('1.2.3.4', { family: 6 });
  await lookup(null, { family: 6 });
  await lookup('', { all: true });
  console.log(await util.promisify(dns.lookup)('localhost'));
  console.log(await util.promisify(dns.lookup)('localhost', { all: true }));
  console.log(await util.promisify(dns.lookup)('10.0.0.1'));
  console.log(await util.promisify(dns.lookupService)('127.0.0.1', 22));
  console.log(await dns.promises.lookupService('127.0.0.1', 80));
  console.log(await dns.promises.lookup('localhost', { family: 4 }));
  console.log(await dns.promises.lookup('::1'));
  console.log(await dns.promises.lookup('', { all: true }));
  console.log(await dns.promises.lookup(undefined));
})();
