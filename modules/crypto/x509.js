// internal/crypto/x509: X509Certificate (node's
// lib/internal/crypto/x509.js) over crypto/x509.
'use strict';

const { Buffer } = require('buffer');
const {
  codes: {
    ERR_INVALID_ARG_TYPE,
    ERR_INVALID_ARG_VALUE,
    ERR_NOT_IMPLEMENTED,
  },
  validateString,
} = require('internal/errors');
const { isAnyArrayBuffer, isArrayBufferView } = require('util').types;
const { isKeyObject, PublicKeyObject, kHandle: kKeyHandle } = require('internal/crypto/keys');
const { toBuf } = require('internal/crypto/util');

const kHandle = Symbol('kHandle');
const kInfo = Symbol('kInfo');
const kInspect = Symbol.for('nodejs.util.inspect.custom');

function info(cert) {
  if (cert[kInfo] === undefined) {
    Object.defineProperty(cert, kInfo, { value: binding.x509Info(cert[kHandle]) });
  }
  return cert[kInfo];
}

// matchHost is RFC 6125 matching with node's defaults: a wildcard only as
// the whole left-most label.
function matchHost(pattern, name) {
  pattern = pattern.toLowerCase();
  name = name.toLowerCase();
  if (pattern === name) return true;
  if (!pattern.startsWith('*.')) return false;
  const dot = name.indexOf('.');
  return dot > 0 && name.slice(dot) === pattern.slice(1) && pattern.split('.').length > 2;
}

class X509Certificate {
  constructor(buffer) {
    if (typeof buffer === 'string') buffer = Buffer.from(buffer);
    if (!isArrayBufferView(buffer)) {
      throw new ERR_INVALID_ARG_TYPE('buffer', ['string', 'Buffer', 'TypedArray', 'DataView'], buffer);
    }
    Object.defineProperty(this, kHandle, { value: binding.x509Parse(buffer) });
  }

  [kInspect](depth, options, inspect) {
    if (depth < 0) return this;
    const opts = { ...options, depth: options.depth == null ? null : options.depth - 1 };
    return `X509Certificate ${inspect({
      subject: this.subject,
      subjectAltName: this.subjectAltName,
      issuer: this.issuer,
      infoAccess: this.infoAccess,
      validFrom: this.validFrom,
      validTo: this.validTo,
      fingerprint: this.fingerprint,
      fingerprint256: this.fingerprint256,
      fingerprint512: this.fingerprint512,
      keyUsage: this.keyUsage,
      serialNumber: this.serialNumber,
    }, opts)}`;
  }

  get subject() { return info(this).subject; }
  get subjectAltName() { return info(this).subjectAltName; }
  get issuer() { return info(this).issuer; }
  get issuerCertificate() { return undefined; }
  get infoAccess() { return info(this).infoAccess; }
  get validFrom() { return info(this).validFrom; }
  get validTo() { return info(this).validTo; }
  get fingerprint() { return info(this).fingerprint; }
  get fingerprint256() { return info(this).fingerprint256; }
  get fingerprint512() { return info(this).fingerprint512; }
  get keyUsage() { return info(this).keyUsage; }
  get serialNumber() { return info(this).serialNumber; }
  get raw() { return toBuf(info(this).raw); }
  get publicKey() {
    const i = info(this);
    i.keyObject ??= new PublicKeyObject(i.publicKey);
    return i.keyObject;
  }
  get ca() { return info(this).ca; }

  toString() { return info(this).pem; }
  toJSON() { return this.toString(); }

  checkHost(name, options) {
    validateString(name, 'name');
    if (options !== undefined && (typeof options !== 'object' || options === null)) {
      throw new ERR_INVALID_ARG_TYPE('options', 'Object', options);
    }
    const i = info(this);
    // Without DNS names in subjectAltName the subject's CN is used.
    const subject = options && options.subject;
    const names = i.dnsNames.length > 0 && subject !== 'always' ? [...i.dnsNames] :
      [...i.dnsNames, ...(i.cn !== undefined && subject !== 'never' ? [i.cn] : [])];
    return names.find((n) => matchHost(n, name));
  }

  checkEmail(email, options) {
    validateString(email, 'email');
    const i = info(this);
    const list = i.emails.length > 0 ? i.emails : (i.subjectEmail !== undefined ? [i.subjectEmail] : []);
    return list.find((e) => e.toLowerCase() === email.toLowerCase());
  }

  checkIP(ip) {
    validateString(ip, 'ip');
    return info(this).ips.includes(ip) ? ip : undefined;
  }

  checkIssued(otherCert) {
    if (!(otherCert instanceof X509Certificate)) {
      throw new ERR_INVALID_ARG_TYPE('otherCert', 'X509Certificate', otherCert);
    }
    return binding.x509Issued(this[kHandle], otherCert[kHandle]);
  }

  checkPrivateKey(pkey) {
    if (!isKeyObject(pkey)) throw new ERR_INVALID_ARG_TYPE('pkey', 'KeyObject', pkey);
    if (pkey.type !== 'private') throw new ERR_INVALID_ARG_VALUE('pkey', pkey);
    return binding.keyEquals(binding.keyPublic(pkey[kKeyHandle]), info(this).publicKey);
  }

  verify(pkey) {
    if (!isKeyObject(pkey)) throw new ERR_INVALID_ARG_TYPE('pkey', 'KeyObject', pkey);
    if (pkey.type !== 'public') throw new ERR_INVALID_ARG_VALUE('pkey', pkey);
    return binding.x509Verify(this[kHandle], pkey[kKeyHandle]);
  }

  toLegacyObject() {
    throw new ERR_NOT_IMPLEMENTED('X509Certificate.toLegacyObject');
  }
}

// Certificate is node's legacy SPKAC helper; calling it without new
// works too.
function spkacArg(spkac, encoding) {
  if (typeof spkac === 'string') return Buffer.from(spkac, encoding);
  if (!isArrayBufferView(spkac) && !isAnyArrayBuffer(spkac)) {
    throw new ERR_INVALID_ARG_TYPE('spkac', ['string', 'ArrayBuffer', 'Buffer', 'TypedArray', 'DataView'], spkac);
  }
  return spkac;
}

function verifySpkac(spkac, encoding) {
  return binding.spkac('verify', spkacArg(spkac, encoding));
}

function exportPublicKey(spkac, encoding) {
  const r = toBuf(binding.spkac('publicKey', spkacArg(spkac, encoding)));
  return r.length === 0 ? '' : r;
}

function exportChallenge(spkac, encoding) {
  const r = toBuf(binding.spkac('challenge', spkacArg(spkac, encoding)));
  return r.length === 0 ? '' : r;
}

function Certificate() {
  if (!(this instanceof Certificate)) return new Certificate();
}
Certificate.prototype.verifySpkac = verifySpkac;
Certificate.prototype.exportPublicKey = exportPublicKey;
Certificate.prototype.exportChallenge = exportChallenge;
Certificate.exportChallenge = exportChallenge;
Certificate.exportPublicKey = exportPublicKey;
Certificate.verifySpkac = verifySpkac;

module.exports = { X509Certificate, Certificate };
