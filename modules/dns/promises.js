// node:dns/promises — the promise forms of dns, on the same default
// channel and result order as the callback forms (dns.js holds them).

const {
  codes: { ERR_INVALID_ARG_VALUE, ERR_MISSING_ARGS },
  DNSException,
  validatePort, validateString,
} = require('internal/errors');

const dns = require('node:dns');
const {
  ResolverBase, bindDefault, errorCodes, getaddrinfo, isIP, parseLookupOptions,
  queries, rrtypeMethod, startQuery, emitInvalidHostnameWarning,
  getDefaultResultOrder, setDefaultResultOrder, setServers, binding: dnsBinding,
} = dns[Symbol.for('gorun.dns.internals')];

function lookup(hostname, options) {
  if (hostname) validateString(hostname, 'hostname');
  const { family, all, hints, order } = parseLookupOptions(options, () => {});
  if (!hostname) {
    emitInvalidHostnameWarning(hostname);
    return Promise.resolve(all ? [] : { address: null, family: family === 6 ? 6 : 4 });
  }
  const matched = isIP(hostname);
  if (matched) {
    const result = { address: hostname, family: matched };
    return Promise.resolve(all ? [result] : result);
  }
  return new Promise((resolve, reject) => {
    getaddrinfo(hostname, { family, hints, order }, (err, list) => {
      if (err) {
        reject(err);
        return;
      }
      const out = list.map(([address, f]) => ({ address, family: family || f }));
      resolve(all ? out : out[0]);
    });
  });
}

function lookupService(address, port) {
  if (arguments.length !== 2) throw new ERR_MISSING_ARGS('address', 'port');
  validateString(address, 'address');
  if (isIP(address) === 0) throw new ERR_INVALID_ARG_VALUE('address', address);
  validatePort(port);
  return new Promise((resolve, reject) => {
    dnsBinding.getnameinfo(address, +port, (errno, hostname, service) => {
      if (errno) reject(new DNSException(errno, 'getnameinfo', address));
      else resolve({ hostname, service });
    });
  });
}

function query(resolver, syscall, rrtype, name, ttl) {
  return new Promise((resolve, reject) => {
    startQuery(resolver, syscall, rrtype, name, ttl, (err, result) => {
      if (err) reject(err);
      else resolve(result);
    });
  });
}

class Resolver extends ResolverBase {}

for (const [method, syscall, rrtype] of queries) {
  Resolver.prototype[method] = {
    [syscall](name, options) {
      validateString(name, 'name');
      return query(this, syscall, rrtype, name, !!(options && options.ttl));
    },
  }[syscall];
}
Resolver.prototype.reverse = function getHostByAddr(ip) {
  validateString(ip, 'name');
  return query(this, 'getHostByAddr', 'PTR', ip, false);
};
Resolver.prototype.resolve = function resolve(hostname, rrtype) {
  let method = 'resolve4';
  if (rrtype !== undefined) {
    validateString(rrtype, 'rrtype');
    method = rrtypeMethod[rrtype];
    if (method === undefined) throw new ERR_INVALID_ARG_VALUE('rrtype', rrtype);
  }
  return Reflect.apply(Resolver.prototype[method], this, [hostname]);
};

module.exports = {
  lookup,
  lookupService,
  Resolver,
  getDefaultResultOrder,
  setDefaultResultOrder,
  setServers,
  ...errorCodes,
};
bindDefault(module.exports, Resolver.prototype);
