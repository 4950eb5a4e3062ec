'use strict';
const dns = require('dns');
const dnsPromises = require('dns/promises');
console.log(Object.keys(dns).join(' '));
console.log(Object.keys(dnsPromises).join(' '));
console.log(dns.promises === dnsPromises, require('node:dns') === dns);
console.log(dns.ADDRCONFIG, dns.ALL, dns.V4MAPPED, dns.NODATA, dns.NOTFOUND, dns.CANCELLED, dns.TIMEOUT);
console.log(dnsPromises.NOTFOUND, dnsPromises.ADDRCONFIG);
console.log(Object.getOwnPropertyNames(dns.Resolver.prototype).join(' '));
console.log(Object.getOwnPropertyNames(dnsPromises.Resolver.prototype).join(' '));
console.log(typeof dns.Resolver.prototype.setLocalAddress, typeof dns.Resolver.prototype.cancel,
  typeof dnsPromises.Resolver.prototype.getServers);
console.log(dns.lookup.name, dns.resolve4.name, dns.getDefaultResultOrder());
dns.setDefaultResultOrder('ipv4first');
console.log(dns.getDefaultResultOrder(), dnsPromises.getDefaultResultOrder());
dns.setDefaultResultOrder('verbatim');
try { dns.setDefaultResultOrder('nope'); } catch (e) { console.log(e.code, e.message); }
