'use strict';
const dns = require('dns');
const existing = dns.getServers();
console.log(Array.isArray(existing), existing.length > 0);
const holes = [];
holes[0] = '127.0.0.1';
holes[2] = '0.0.0.0';
dns.setServers(holes);
console.log(dns.getServers());
dns.setServers([
  '4.4.4.4:53', '[2001:4860:4860::8888]:53', '103.238.225.181:666',
  '[fe80::483a:5aff:fee6:1f04]:666', '[fe80::483a:5aff:fee6:1f04]', '2001:4860:4860::8844',
]);
console.log(dns.getServers());
console.log(dns.promises.getServers());
const r = new dns.Resolver({ timeout: 100, tries: 1 });
console.log(r.getServers().length === existing.length);
r.setServers(['1.1.1.1']);
console.log(r.getServers(), dns.getServers().length);
const p = new dns.promises.Resolver();
p.setServers(['9.9.9.9:5353']);
console.log(p.getServers());
dns.setServers([]);
console.log(dns.getServers());
