// node:dns — lookup (getaddrinfo on the worker pool), lookupService, the
// resolve* queries through a Resolver's channel, and the promise forms
// (built lazily, on first use of dns.promises or dns/promises). Both
// forms share one default channel, as node's do.

const {
  codes: {
    ERR_DNS_SET_SERVERS_FAILED, ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE, ERR_INVALID_IP_ADDRESS,
    ERR_MISSING_ARGS,
  },
  DNSException,
  validateArray, validateBoolean, validateFunction, validateInt32, validateNumber,
  validateOneOf, validatePort, validateString,
} = require('internal/errors');

const isIP = binding.ipFamily;
const kCustomPromisifyArgs = Symbol.for('gorun.util.promisify.customArgs');

// getaddrinfo's AI_* flags, with Linux's values as node reports them.
const ADDRCONFIG = 32;
const ALL = 16;
const V4MAPPED = 8;
const IANA_DNS_PORT = 53;
const validFamilies = [0, 4, 6];

// c-ares's status names, exported as dns.NODATA … and used as err.code.
const errorCodes = {
  NODATA: 'ENODATA', FORMERR: 'EFORMERR', SERVFAIL: 'ESERVFAIL', NOTFOUND: 'ENOTFOUND',
  NOTIMP: 'ENOTIMP', REFUSED: 'EREFUSED', BADQUERY: 'EBADQUERY', BADNAME: 'EBADNAME',
  BADFAMILY: 'EBADFAMILY', BADRESP: 'EBADRESP', CONNREFUSED: 'ECONNREFUSED', TIMEOUT: 'ETIMEOUT',
  EOF: 'EOF', FILE: 'EFILE', NOMEM: 'ENOMEM', DESTRUCTION: 'EDESTRUCTION', BADSTR: 'EBADSTR',
  BADFLAGS: 'EBADFLAGS', NONAME: 'ENONAME', BADHINTS: 'EBADHINTS', NOTINITIALIZED: 'ENOTINITIALIZED',
  LOADIPHLPAPI: 'ELOADIPHLPAPI', ADDRGETNETWORKPARAMS: 'EADDRGETNETWORKPARAMS', CANCELLED: 'ECANCELLED',
};

let defaultResultOrder = 'verbatim';

function getDefaultResultOrder() {
  return defaultResultOrder;
}

function setDefaultResultOrder(order) {
  validateOneOf(order, 'dnsOrder', ['verbatim', 'ipv4first', 'ipv6first']);
  defaultResultOrder = order;
}

function validateHints(hints) {
  if ((hints & ~(ADDRCONFIG | ALL | V4MAPPED)) !== 0) {
    throw new ERR_INVALID_ARG_VALUE('hints', hints);
  }
}

let warnedEmptyHostname = false;
// DEP0118: node warns once about a falsy host name, then answers it.
function emitInvalidHostnameWarning(hostname) {
  if (warnedEmptyHostname) return;
  warnedEmptyHostname = true;
  process.emitWarning(
    `The provided hostname "${String(hostname)}" is not a valid ` +
    'hostname, and is supported in the dns module solely for compatibility.',
    'DeprecationWarning', 'DEP0118');
}

// parseLookupOptions reads lookup's options as node 20 does; the
// callback form passes its callback to check first.
function parseLookupOptions(options, checkCallback) {
  const out = { hints: 0, family: 0, all: false, order: defaultResultOrder };
  if (typeof options === 'number') {
    checkCallback();
    validateOneOf(options, 'family', validFamilies);
    out.family = options;
    return out;
  }
  if (options !== undefined && typeof options !== 'object') {
    checkCallback(true);
    throw new ERR_INVALID_ARG_TYPE('options', ['integer', 'object'], options);
  }
  checkCallback();
  if (options?.hints != null) {
    validateNumber(options.hints, 'options.hints');
    out.hints = options.hints >>> 0;
    validateHints(out.hints);
  }
  if (options?.family != null) {
    switch (options.family) {
      case 'IPv4': out.family = 4; break;
      case 'IPv6': out.family = 6; break;
      default:
        validateOneOf(options.family, 'options.family', validFamilies);
        out.family = options.family;
    }
  }
  if (options?.all != null) {
    validateBoolean(options.all, 'options.all');
    out.all = options.all;
  }
  if (options?.verbatim != null) {
    validateBoolean(options.verbatim, 'options.verbatim');
    out.order = options.verbatim ? 'verbatim' : 'ipv4first';
  }
  if (options?.order != null) {
    validateOneOf(options.order, 'options.order', ['verbatim', 'ipv4first', 'ipv6first']);
    out.order = options.order;
  }
  return out;
}

// orderAddresses sorts getaddrinfo's [address, family] pairs as node's
// cares_wrap does for ipv4first/ipv6first (stably); verbatim keeps them.
function orderAddresses(list, order) {
  if (order === 'verbatim') return list;
  const first = order === 'ipv4first' ? 4 : 6;
  return [...list.filter((a) => a[1] === first), ...list.filter((a) => a[1] !== first)];
}

// getaddrinfo starts the query; done(err, [[address, family]…]).
function getaddrinfo(hostname, opts, done) {
  binding.getaddrinfo(hostname, opts.family, opts.hints, (errno, list) => {
    if (errno) {
      done(new DNSException(errno, 'getaddrinfo', hostname));
      return;
    }
    done(null, orderAddresses(list, opts.order));
  });
}

function lookup(hostname, options, callback) {
  if (hostname) validateString(hostname, 'hostname');
  if (typeof options === 'function') {
    callback = options;
    options = undefined;
  }
  const twoArgs = arguments.length === 2;
  const opts = parseLookupOptions(options, (wrongOptions) => {
    validateFunction(wrongOptions && twoArgs ? options : callback, 'callback');
  });
  const { family, all } = opts;

  if (!hostname) {
    emitInvalidHostnameWarning(hostname);
    if (all) process.nextTick(callback, null, []);
    else process.nextTick(callback, null, null, family === 6 ? 6 : 4);
    return {};
  }
  const matched = isIP(hostname);
  if (matched) {
    if (all) process.nextTick(callback, null, [{ address: hostname, family: matched }]);
    else process.nextTick(callback, null, hostname, matched);
    return {};
  }
  getaddrinfo(hostname, opts, (err, list) => {
    if (err) {
      callback(err);
    } else if (all) {
      callback(null, list.map(([address, f]) => ({ address, family: f })));
    } else {
      callback(null, list[0][0], family || list[0][1]);
    }
  });
  return {};
}
Object.defineProperty(lookup, kCustomPromisifyArgs, { value: ['address', 'family'], enumerable: false });

function lookupService(address, port, callback) {
  if (arguments.length !== 3) throw new ERR_MISSING_ARGS('address', 'port', 'callback');
  validateString(address, 'address');
  if (isIP(address) === 0) throw new ERR_INVALID_ARG_VALUE('address', address);
  validatePort(port);
  validateFunction(callback, 'callback');
  binding.getnameinfo(address, +port, (errno, hostname, service) => {
    if (errno) callback(new DNSException(errno, 'getnameinfo', address));
    else callback(null, hostname, service);
  });
  return {};
}
Object.defineProperty(lookupService, kCustomPromisifyArgs, { value: ['hostname', 'service'], enumerable: false });

// Resolvers: the binding name of each method is its c-ares query, which
// is also the syscall its errors name.
const queries = [
  ['resolveAny', 'queryAny', 'ANY'], ['resolve4', 'queryA', 'A'], ['resolve6', 'queryAaaa', 'AAAA'],
  ['resolveCaa', 'queryCaa', 'CAA'], ['resolveCname', 'queryCname', 'CNAME'], ['resolveMx', 'queryMx', 'MX'],
  ['resolveNs', 'queryNs', 'NS'], ['resolveTxt', 'queryTxt', 'TXT'], ['resolveSrv', 'querySrv', 'SRV'],
  ['resolvePtr', 'queryPtr', 'PTR'], ['resolveNaptr', 'queryNaptr', 'NAPTR'], ['resolveSoa', 'querySoa', 'SOA'],
];
const rrtypeMethod = {
  A: 'resolve4', AAAA: 'resolve6', ANY: 'resolveAny', CAA: 'resolveCaa', CNAME: 'resolveCname',
  MX: 'resolveMx', NAPTR: 'resolveNaptr', NS: 'resolveNs', PTR: 'resolvePtr', SOA: 'resolveSoa',
  SRV: 'resolveSrv', TXT: 'resolveTxt',
};

// startQuery runs one query on resolver's channel; done(err, result).
function startQuery(resolver, syscall, rrtype, name, ttl, done) {
  const cb = (code, result) => {
    if (code) done(new DNSException(code, syscall, name));
    else done(null, result);
  };
  if (syscall === 'getHostByAddr') {
    const errno = resolver._handle.getHostByAddr(name, cb);
    if (errno) throw new DNSException(errno, syscall, name);
    return;
  }
  resolver._handle.query(rrtype, name, ttl, cb);
}

// parseServers checks setServers' list as node does: an IP, or
// "ip:port" / "[ipv6]:port"; it returns [ip, port] pairs.
function parseServers(servers) {
  validateArray(servers, 'servers');
  const out = [];
  servers.forEach((serv, index) => {
    validateString(serv, `servers[${index}]`);
    if (isIP(serv) !== 0) {
      out.push([serv, IANA_DNS_PORT]);
      return;
    }
    const match = /^(\[[^\]]+\]|[^:\]]+)(?::(\d+))?$/.exec(serv);
    if (match) {
      let host = match[1];
      if (host[0] === '[') host = host.slice(1, -1);
      if (isIP(host) !== 0) {
        out.push([host, Number.parseInt(match[2], 10) || IANA_DNS_PORT]);
        return;
      }
    }
    throw new ERR_INVALID_IP_ADDRESS(serv);
  });
  return out;
}

class ResolverBase {
  constructor(options = undefined) {
    const timeout = options?.timeout ?? -1;
    validateInt32(timeout, 'options.timeout', -1);
    const tries = options?.tries ?? 4;
    validateInt32(tries, 'options.tries', 1);
    this._handle = binding.newChannel(timeout, tries);
  }

  cancel() {
    this._handle.cancel();
  }

  getServers() {
    return (this._handle.getServers() || []).map(([host, port]) => {
      if (!port || port === IANA_DNS_PORT) return host;
      return `${isIP(host) === 6 ? `[${host}]` : host}:${port}`;
    });
  }

  setServers(servers) {
    if (!this._handle.setServers(parseServers(servers))) {
      throw new ERR_DNS_SET_SERVERS_FAILED('There are pending queries.', servers);
    }
  }

  setLocalAddress(ipv4, ipv6) {
    validateString(ipv4, 'ipv4');
    if (ipv6 !== undefined) validateString(ipv6, 'ipv6');
    const msg = this._handle.setLocalAddress(ipv4, ipv6 ?? '');
    if (msg) {
      // node's C++ check throws a plain TypeError in its own words with
      // this code; the code is taken from the table, not spelt here.
      const err = new TypeError(msg);
      err.code = new ERR_INVALID_ARG_VALUE('address', ipv4).code;
      Error.captureStackTrace(err, ResolverBase.prototype.setLocalAddress);
      throw err;
    }
  }
}

class Resolver extends ResolverBase {}

for (const [method, syscall, rrtype] of queries) {
  Resolver.prototype[method] = {
    [syscall](name, options, callback) {
      if (arguments.length <= 2) {
        callback = options;
        options = undefined;
      }
      validateString(name, 'name');
      validateFunction(callback, 'callback');
      startQuery(this, syscall, rrtype, name, !!(options && options.ttl), callback);
      return {};
    },
  }[syscall];
}
Resolver.prototype.reverse = function getHostByAddr(ip, callback) {
  validateString(ip, 'name');
  validateFunction(callback, 'callback');
  startQuery(this, 'getHostByAddr', 'PTR', ip, false, callback);
  return {};
};
Resolver.prototype.resolve = function resolve(hostname, rrtype, callback) {
  let method;
  if (typeof rrtype === 'string') {
    method = rrtypeMethod[rrtype];
  } else if (typeof rrtype === 'function') {
    method = 'resolve4';
    callback = rrtype;
  } else {
    throw new ERR_INVALID_ARG_TYPE('rrtype', 'string', rrtype);
  }
  if (method === undefined) throw new ERR_INVALID_ARG_VALUE('rrtype', rrtype);
  return Reflect.apply(Resolver.prototype[method], this, [hostname, callback]);
};

// The default resolver serves the module-level functions of both forms.
let defaultResolver;
function getDefaultResolver() {
  if (defaultResolver === undefined) defaultResolver = new Resolver();
  return defaultResolver;
}

const resolverMethods = ['getServers', 'resolve', 'resolve4', 'resolve6', 'resolveAny', 'resolveCaa',
  'resolveCname', 'resolveMx', 'resolveNaptr', 'resolveNs', 'resolvePtr', 'resolveSoa',
  'resolveSrv', 'resolveTxt', 'reverse'];

// bindDefault defines target's module-level resolver functions as the
// prototype's methods called on the default resolver.
function bindDefault(target, proto) {
  for (const name of resolverMethods) {
    const fn = proto[name];
    const bound = function(...args) { return Reflect.apply(fn, getDefaultResolver(), args); };
    // Named and sized as fn.bind(resolver) would be: 'bound queryA'.
    Object.defineProperty(bound, 'name', { value: `bound ${fn.name}` });
    Object.defineProperty(bound, 'length', { value: fn.length });
    target[name] = bound;
  }
}

// setServers gives the module a new default resolver, as node does, so
// that queries pending on the old one neither block nor see the change.
function setServers(servers) {
  const resolver = new Resolver();
  resolver.setServers(servers);
  defaultResolver = resolver;
}

module.exports = {
  lookup,
  lookupService,
  Resolver,
  getDefaultResultOrder,
  setDefaultResultOrder,
  setServers,
  ADDRCONFIG,
  ALL,
  V4MAPPED,
  ...errorCodes,
};
bindDefault(module.exports, Resolver.prototype);

// Shared with dns/promises through a key user code cannot reach by name.
const kInternals = Symbol.for('gorun.dns.internals');
Object.defineProperty(module.exports, kInternals, {
  value: {
    ResolverBase, bindDefault, errorCodes, getaddrinfo, isIP, parseLookupOptions,
    queries, rrtypeMethod, startQuery, emitInvalidHostnameWarning, getDefaultResolver,
    getDefaultResultOrder, setDefaultResultOrder, setServers, binding,
  },
});

let promises = null;
Object.defineProperty(module.exports, 'promises', {
  configurable: true,
  enumerable: true,
  get() {
    if (promises === null) promises = require('node:dns/promises');
    return promises;
  },
});
