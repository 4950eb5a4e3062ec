'use strict';
// node:tls — TLSSocket is a net.Socket whose handle (the Go binding's
// wrap()) runs crypto/tls over another stream, the transport: node's
// TLSWrap design. Peer checks happen here after the handshake (verify()
// then checkServerIdentity), so authorized/authorizationError and
// rejectUnauthorized: false behave as in node.
// https://nodejs.org/docs/latest-v20.x/api/tls.html

const net = require('net');
const {
  codes: {
    ERR_INVALID_ARG_TYPE,
    ERR_INVALID_ARG_VALUE,
    ERR_NOT_IMPLEMENTED,
    ERR_OUT_OF_RANGE,
    ERR_TLS_CERT_ALTNAME_INVALID,
    ERR_TLS_HANDSHAKE_TIMEOUT,
    ERR_TLS_INVALID_PROTOCOL_VERSION,
    ERR_TLS_REQUIRED_SERVER_NAME,
  },
  validateFunction,
  validateInt32,
  validateObject,
  validateString,
} = require('internal/errors');

const kConnectOptions = Symbol('connect-options');
const kIsServer = Symbol('isServer');
const kServer = Symbol('server');
const kVerifyError = Symbol('verifyError');
const kHandshakeTimeout = Symbol('handshakeTimeout');

const DEFAULT_CIPHERS = 'TLS_AES_256_GCM_SHA384:TLS_CHACHA20_POLY1305_SHA256:TLS_AES_128_GCM_SHA256:' +
  'ECDHE-RSA-AES128-GCM-SHA256:ECDHE-ECDSA-AES128-GCM-SHA256:ECDHE-RSA-AES256-GCM-SHA384:' +
  'ECDHE-ECDSA-AES256-GCM-SHA384:DHE-RSA-AES128-GCM-SHA256:ECDHE-RSA-AES128-SHA256:' +
  'DHE-RSA-AES128-SHA256:ECDHE-RSA-AES256-SHA384:DHE-RSA-AES256-SHA384:ECDHE-RSA-AES256-SHA256:' +
  'DHE-RSA-AES256-SHA256:HIGH:!aNULL:!eNULL:!EXPORT:!DES:!RC4:!MD5:!PSK:!SRP:!CAMELLIA';
const versions = ['TLSv1', 'TLSv1.1', 'TLSv1.2', 'TLSv1.3'];

// ---- SecureContext ----

function SecureContext(secureProtocol, secureOptions, minVersion, maxVersion) {
  if (!(this instanceof SecureContext)) {
    return new SecureContext(secureProtocol, secureOptions, minVersion, maxVersion);
  }
  this.context = null;
}

function isBytes(v) {
  return typeof v === 'string' || ArrayBuffer.isView(v);
}

// pems validates a ca/cert/key option and returns it as PEM strings.
function pems(value, name) {
  // node skips a falsy option (`key: false`) and takes `{pem}` only
  // inside a key array.
  if (!value) return [];
  const isArray = Array.isArray(value);
  const list = isArray ? value : [value];
  const out = [];
  for (const v of list) {
    const item = name === 'key' && isArray && v !== null && typeof v === 'object' && !ArrayBuffer.isView(v) &&
      v.pem !== undefined ? v.pem : v;
    if (!isBytes(item)) {
      throw new ERR_INVALID_ARG_TYPE(`options.${name}`, ['string', 'Buffer', 'TypedArray', 'DataView'], item);
    }
    out.push(typeof item === 'string' ? item : Buffer.from(item.buffer, item.byteOffset, item.byteLength).toString('latin1'));
  }
  return out;
}

const protocolMethods = {
  TLSv1_method: ['TLSv1', 'TLSv1'],
  TLSv1_1_method: ['TLSv1.1', 'TLSv1.1'],
  TLSv1_2_method: ['TLSv1.2', 'TLSv1.2'],
  TLS_method: ['TLSv1', 'TLSv1.3'],
  SSLv23_method: ['TLSv1', 'TLSv1.3'],
};

function checkVersion(v, which, def) {
  if (v === undefined || v === null) return def;
  if (!versions.includes(v)) throw new ERR_TLS_INVALID_PROTOCOL_VERSION(v, which);
  return v;
}

function createSecureContext(options) {
  if (options === undefined) options = {};
  else validateObject(options, 'options');
  // node validates these before it reads any key.
  for (const name of ['ciphers', 'passphrase', 'ecdhCurve', 'sigalgs', 'privateKeyIdentifier', 'privateKeyEngine']) {
    if (options[name] !== undefined && options[name] !== null) validateString(options[name], `options.${name}`);
  }
  if (options.clientCertEngine !== undefined && options.clientCertEngine !== null) {
    validateString(options.clientCertEngine, 'options.clientCertEngine');
  }
  if (options.sessionTimeout !== undefined && options.sessionTimeout !== null) {
    validateInt32(options.sessionTimeout, 'options.sessionTimeout');
  }
  if (options.ticketKeys !== undefined && options.ticketKeys !== null) {
    if (!Buffer.isBuffer(options.ticketKeys)) {
      throw new ERR_INVALID_ARG_TYPE('options.ticketKeys', 'Buffer', options.ticketKeys);
    }
    if (options.ticketKeys.length !== 48) {
      throw new ERR_INVALID_ARG_VALUE('options.ticketKeys', options.ticketKeys.length, 'must be exactly 48 bytes');
    }
  }
  if (options.pfx !== undefined) throw new ERR_NOT_IMPLEMENTED('tls: the pfx option');
  let minVersion = checkVersion(options.minVersion, 'minimum', module.exports.DEFAULT_MIN_VERSION);
  let maxVersion = checkVersion(options.maxVersion, 'maximum', module.exports.DEFAULT_MAX_VERSION);
  // secureProtocol pins one version, as OpenSSL's *_method do.
  const pinned = protocolMethods[String(options.secureProtocol).replace(/_(client|server)_method$/, '_method')];
  if (options.secureProtocol !== undefined && pinned) {
    minVersion = pinned[0];
    maxVersion = pinned[1];
  }
  const keys = !options.key ? [] : (Array.isArray(options.key) ? options.key : [options.key]);
  const passphrases = keys.map((k) => (k && typeof k === 'object' && !ArrayBuffer.isView(k) && k.passphrase !== undefined ?
    String(k.passphrase) : (options.passphrase === undefined ? '' : String(options.passphrase))));
  const c = new SecureContext(options.secureProtocol, options.secureOptions, minVersion, maxVersion);
  c.context = binding.createContext({
    ca: pems(options.ca, 'ca'),
    cert: pems(options.cert, 'cert'),
    key: pems(options.key, 'key'),
    passphrase: passphrases,
    minVersion,
    maxVersion,
  });
  return c;
}

// ---- ALPN ----

function convertProtocols(protocols) {
  const lens = new Array(protocols.length);
  const total = protocols.reduce((p, c, i) => {
    const len = Buffer.byteLength(c);
    if (len > 255) {
      throw new ERR_OUT_OF_RANGE(`The byte length of the protocol at index ${i} exceeds the maximum length.`,
                                 '<= 255', len, true);
    }
    lens[i] = len;
    return p + 1 + len;
  }, 0);
  const buff = Buffer.allocUnsafe(total);
  let offset = 0;
  for (let i = 0; i < protocols.length; i++) {
    buff[offset++] = lens[i];
    buff.write(protocols[i], offset);
    offset += lens[i];
  }
  return buff;
}

function convertALPNProtocols(protocols, out) {
  if (Array.isArray(protocols)) {
    out.ALPNProtocols = convertProtocols(protocols);
  } else if (protocols instanceof Uint8Array) {
    out.ALPNProtocols = Buffer.from(protocols);
  } else if (ArrayBuffer.isView(protocols)) {
    out.ALPNProtocols = Buffer.from(protocols.buffer.slice(protocols.byteOffset, protocols.byteOffset + protocols.byteLength));
  }
}

// alpnList turns the wire format back into names for crypto/tls.
function alpnList(protocols) {
  if (!protocols) return [];
  const out = {};
  convertALPNProtocols(protocols, out);
  const buf = out.ALPNProtocols;
  if (!buf) return [];
  const list = [];
  for (let i = 0; i < buf.length;) {
    const n = buf[i++];
    list.push(buf.toString('latin1', i, i + n));
    i += n;
  }
  return list;
}

// ---- checkServerIdentity ----

function unfqdn(host) {
  return host.replace(/[.]$/, '');
}

function splitHost(host) {
  return unfqdn(host).toLowerCase().split('.');
}

function check(hostParts, pattern, wildcards) {
  if (!pattern) return false;
  const patternParts = splitHost(pattern);
  if (hostParts.length !== patternParts.length) return false;
  if (patternParts.includes('')) return false;
  const isBad = (s) => /[^\u0021-\u007F]/.test(s);
  if (patternParts.some(isBad)) return false;
  for (let i = hostParts.length - 1; i > 0; i -= 1) {
    if (hostParts[i] !== patternParts[i]) return false;
  }
  const hostSubdomain = hostParts[0];
  const patternSubdomain = patternParts[0];
  const patternSubdomainParts = patternSubdomain.split('*');
  if (patternSubdomainParts.length === 1 || patternSubdomain.includes('xn--')) {
    return hostSubdomain === patternSubdomain;
  }
  if (!wildcards) return false;
  if (patternSubdomainParts.length > 2) return false;
  if (patternParts.length <= 2) return false;
  const prefix = patternSubdomainParts[0];
  const suffix = patternSubdomainParts[1];
  if (prefix.length + suffix.length > hostSubdomain.length) return false;
  if (!hostSubdomain.startsWith(prefix)) return false;
  if (!hostSubdomain.endsWith(suffix)) return false;
  return true;
}

// splitEscapedAltNames splits OpenSSL's subjectaltname where entries may
// be JSON-quoted (node ≥ 17 quotes names containing ", " or quotes).
function splitEscapedAltNames(altNames) {
  const result = [];
  let currentToken = '';
  let offset = 0;
  while (offset !== altNames.length) {
    const nextSep = altNames.indexOf(', ', offset);
    const nextQuote = altNames.indexOf('"', offset);
    if (nextQuote !== -1 && (nextSep === -1 || nextQuote < nextSep)) {
      currentToken += altNames.substring(offset, nextQuote);
      const match = /^"((?:[^"\\]|\\.)*)"/.exec(altNames.substring(nextQuote));
      if (!match) throw new (require('internal/errors').codes.ERR_TLS_CERT_ALTNAME_FORMAT)();
      currentToken += JSON.parse(match[0]);
      offset = nextQuote + match[0].length;
    } else if (nextSep !== -1) {
      currentToken += altNames.substring(offset, nextSep);
      result.push(currentToken);
      currentToken = '';
      offset = nextSep + 2;
    } else {
      currentToken += altNames.substring(offset);
      offset = altNames.length;
    }
  }
  result.push(currentToken);
  return result;
}

// canonicalizeIP writes an address as inet_pton/inet_ntop would.
function canonicalizeIP(ip) {
  const family = net.isIP(ip);
  if (family === 4) return ip.split('.').map((x) => String(Number(x))).join('.');
  // node's inet_pton binding gives undefined for what isn't an address.
  if (family !== 6) return undefined;
  let s = ip.toLowerCase();
  const pct = s.indexOf('%');
  if (pct !== -1) s = s.slice(0, pct);
  let groups;
  if (s.includes('.')) {
    const i = s.lastIndexOf(':');
    const v4 = s.slice(i + 1).split('.').map(Number);
    s = s.slice(0, i + 1) + ((v4[0] << 8) | v4[1]).toString(16) + ':' + ((v4[2] << 8) | v4[3]).toString(16);
  }
  const halves = s.split('::');
  const head = halves[0] ? halves[0].split(':') : [];
  const tail = halves.length > 1 && halves[1] ? halves[1].split(':') : [];
  groups = head.concat(new Array(8 - head.length - tail.length).fill('0'), tail).map((g) => parseInt(g, 16));
  // inet_ntop compresses the longest run (of at least 2) of zeros.
  let best = -1;
  let bestLen = 0;
  for (let i = 0; i < 8;) {
    if (groups[i] !== 0) { i++; continue; }
    let j = i;
    while (j < 8 && groups[j] === 0) j++;
    if (j - i > bestLen && j - i >= 2) { best = i; bestLen = j - i; }
    i = j;
  }
  const hex = groups.map((g) => g.toString(16));
  if (best === -1) return hex.join(':');
  return hex.slice(0, best).join(':') + '::' + hex.slice(best + bestLen).join(':');
}

function checkServerIdentity(hostname, cert) {
  const subject = cert.subject;
  const altNames = cert.subjectaltname;
  const dnsNames = [];
  const ips = [];
  hostname = '' + hostname;
  if (altNames) {
    const splitAltNames = altNames.includes('"') ? splitEscapedAltNames(altNames) : altNames.split(', ');
    for (const name of splitAltNames) {
      if (name.startsWith('DNS:')) dnsNames.push(name.slice(4));
      else if (name.startsWith('IP Address:')) ips.push(canonicalizeIP(name.slice(11)));
    }
  }
  let valid = false;
  let reason = 'Unknown reason';
  hostname = unfqdn(hostname);
  if (net.isIP(hostname)) {
    valid = ips.includes(canonicalizeIP(hostname));
    if (!valid) reason = `IP: ${hostname} is not in the cert's list: ` + ips.join(', ');
  } else if (dnsNames.length > 0 || (subject && subject.CN)) {
    const hostParts = splitHost(hostname);
    const wildcard = (pattern) => check(hostParts, pattern, true);
    if (dnsNames.length > 0) {
      valid = dnsNames.some(wildcard);
      if (!valid) reason = `Host: ${hostname}. is not in the cert's altnames: ${altNames}`;
    } else {
      const cn = subject.CN;
      if (Array.isArray(cn)) valid = cn.some(wildcard);
      else if (cn) valid = wildcard(cn);
      if (!valid) reason = `Host: ${hostname}. is not cert's CN: ${cn}`;
    }
  } else {
    reason = 'Cert does not contain a DNS name';
  }
  if (!valid) return new ERR_TLS_CERT_ALTNAME_INVALID(reason, hostname, cert);
}

// ---- certificates ----

function nameObject(entries) {
  const o = { __proto__: null };
  for (const [k, v] of entries || []) {
    if (o[k] === undefined) o[k] = v;
    else if (Array.isArray(o[k])) o[k].push(v);
    else o[k] = [o[k], v];
  }
  return o;
}

// certObject builds node's certificate object, in node's key order.
function certObject(i) {
  const c = {};
  c.subject = nameObject(i.subject);
  c.issuer = nameObject(i.issuer);
  if (i.subjectaltname !== undefined) c.subjectaltname = i.subjectaltname;
  if (i.infoAccess !== undefined) {
    c.infoAccess = { __proto__: null };
    for (const [k, v] of i.infoAccess) (c.infoAccess[k] ||= []).push(v);
  }
  c.ca = i.ca;
  if (i.modulus !== undefined) {
    c.modulus = i.modulus;
    c.bits = i.bits;
    c.exponent = i.exponent;
    if (i.pubkey) c.pubkey = Buffer.from(i.pubkey);
  } else {
    if (i.bits !== undefined) c.bits = i.bits;
    if (i.pubkey) c.pubkey = Buffer.from(i.pubkey);
    if (i.asn1Curve) c.asn1Curve = i.asn1Curve;
    if (i.nistCurve) c.nistCurve = i.nistCurve;
  }
  c.valid_from = i.valid_from;
  c.valid_to = i.valid_to;
  c.fingerprint = i.fingerprint;
  c.fingerprint256 = i.fingerprint256;
  c.fingerprint512 = i.fingerprint512;
  if (i.ext_key_usage) c.ext_key_usage = [...i.ext_key_usage];
  c.serialNumber = i.serialNumber;
  c.raw = Buffer.from(i.raw);
  return c;
}
