// internal/crypto/keys: KeyObject and the asymmetric-key API (node's
// lib/internal/crypto/keys.js, sig.js, keygen.js, diffiehellman.js and
// the public-key half of cipher.js). Key material lives in Go; a
// KeyObject holds its handle.
'use strict';

const { Buffer } = require('buffer');
const {
  codes: {
    ERR_CRYPTO_ECDH_INVALID_FORMAT,
    ERR_CRYPTO_ECDH_INVALID_PUBLIC_KEY,
    ERR_CRYPTO_INCOMPATIBLE_KEY,
    ERR_CRYPTO_INCOMPATIBLE_KEY_OPTIONS,
    ERR_CRYPTO_INVALID_CURVE,
    ERR_CRYPTO_INVALID_DIGEST,
    ERR_CRYPTO_INVALID_JWK,
    ERR_CRYPTO_INVALID_KEY_OBJECT_TYPE,
    ERR_CRYPTO_JWK_UNSUPPORTED_CURVE,
    ERR_CRYPTO_JWK_UNSUPPORTED_KEY_TYPE,
    ERR_INVALID_ARG_TYPE,
    ERR_INVALID_ARG_VALUE,
    ERR_NOT_IMPLEMENTED,
    ERR_OUT_OF_RANGE,
  },
  validateBoolean,
  validateInt32,
  validateFunction,
  validateInteger,
  validateObject,
  validateOneOf,
  validateString,
  validateUint32,
} = require('internal/errors');
const { isAnyArrayBuffer, isArrayBufferView } = require('util').types;
const { getArrayBufferOrView, toBuf, withMessage } = require('internal/crypto/util');

const kKeyObject = Symbol('kKeyObject');
const kKeyType = Symbol('kKeyType');
const kAsymmetricKeyType = Symbol('kAsymmetricKeyType');
const kAsymmetricKeyDetails = Symbol('kAsymmetricKeyDetails');
const kHandle = Symbol('kHandle');
const kSecret = Symbol('kSecret');
const kToken = Symbol('kToken');

// Contexts of prepareAsymmetricKey, as node names them.
const kConsumePublic = 0;
const kConsumePrivate = 1;
const kCreatePublic = 2;
const kCreatePrivate = 3;

function hide(obj, key, value) {
  Object.defineProperty(obj, key, { value, writable: false, enumerable: false, configurable: false });
}

class KeyObject {
  constructor(type, handle) {
    if (type !== 'secret' && type !== 'public' && type !== 'private') {
      throw new ERR_INVALID_ARG_VALUE('type', type);
    }
    if (handle !== kToken && (typeof handle !== 'object' || handle === null)) {
      throw new ERR_INVALID_ARG_TYPE('handle', 'object', handle);
    }
    this[kKeyType] = type;
  }

  get type() { return this[kKeyType]; }

  static from(key) {
    if (!isCryptoKey(key)) throw new ERR_INVALID_ARG_TYPE('key', 'CryptoKey', key);
    return key[kKeyObject];
  }

  equals(otherKeyObject) {
    if (!isKeyObject(otherKeyObject)) {
      throw new ERR_INVALID_ARG_TYPE('otherKeyObject', 'KeyObject', otherKeyObject);
    }
    if (otherKeyObject.type !== this.type) return false;
    if (this.type === 'secret') {
      const a = this[kSecret];
      const b = otherKeyObject[kSecret];
      return a.length === b.length && binding.timingSafeEqual(a, b);
    }
    return binding.keyEquals(this[kHandle], otherKeyObject[kHandle]);
  }
}
Object.defineProperty(KeyObject.prototype, Symbol.toStringTag, { value: 'KeyObject', configurable: true });

class SecretKeyObject extends KeyObject {
  constructor(bytes) {
    super('secret', kToken);
    hide(this, kSecret, bytes);
  }

  get symmetricKeySize() { return this[kSecret].length; }

  export(options) {
    if (options !== undefined) {
      validateObject(options, 'options');
      validateOneOf(options.format, 'options.format', [undefined, 'buffer', 'jwk']);
      if (options.format === 'jwk') return { kty: 'oct', k: this[kSecret].toString('base64url') };
    }
    return Buffer.from(this[kSecret]);
  }
}

class AsymmetricKeyObject extends KeyObject {
  constructor(type, handle) {
    super(type, kToken);
    hide(this, kHandle, handle);
  }

  // Cached on first use, as node does (it then shows in inspection).
  get asymmetricKeyType() {
    return this[kAsymmetricKeyType] || (this[kAsymmetricKeyType] = binding.keyInfo(this[kHandle]).type);
  }

  get asymmetricKeyDetails() {
    if (this[kAsymmetricKeyDetails] === undefined) {
      Object.defineProperty(this, kAsymmetricKeyDetails, {
        value: binding.keyInfo(this[kHandle]).details, enumerable: false, writable: true, configurable: true,
      });
    }
    return { ...this[kAsymmetricKeyDetails] };
  }
}

function exportJWK(key) {
  const r = binding.keyExportJWK(key[kHandle]);
  if (typeof r === 'string') throw jwkError(r, key);
  return r;
}

function jwkError(code, key) {
  if (code === 'ERR_CRYPTO_JWK_UNSUPPORTED_CURVE') {
    return new ERR_CRYPTO_JWK_UNSUPPORTED_CURVE(key.asymmetricKeyDetails.namedCurve);
  }
  if (code === 'ERR_CRYPTO_INVALID_JWK') return new ERR_CRYPTO_INVALID_JWK();
  return new ERR_CRYPTO_JWK_UNSUPPORTED_KEY_TYPE();
}

function exportKey(key, format, type, cipher, passphrase) {
  const r = binding.keyExport(key[kHandle], format, type, cipher ?? null, passphrase ?? null);
  if (typeof r === 'string') {
    if (r === 'incompatible') {
      throw new ERR_CRYPTO_INCOMPATIBLE_KEY_OPTIONS(type, 'does not support this key');
    }
    throw new Error(r);
  }
  const buf = toBuf(r);
  return format === 'pem' ? buf.toString('latin1') : buf;
}

class PublicKeyObject extends AsymmetricKeyObject {
  constructor(handle) { super('public', handle); }

  export(options) {
    if (options && options.format === 'jwk') return exportJWK(this);
    const { format, type } = parsePublicKeyEncoding(options, this.asymmetricKeyType);
    return exportKey(this, format, type);
  }
}

class PrivateKeyObject extends AsymmetricKeyObject {
  constructor(handle) { super('private', handle); }

  export(options) {
    if (options && options.format === 'jwk') {
      if (options.passphrase !== undefined) {
        throw new ERR_CRYPTO_INCOMPATIBLE_KEY_OPTIONS('jwk', 'does not support encryption');
      }
      return exportJWK(this);
    }
    const { format, type, cipher, passphrase } = parsePrivateKeyEncoding(options, this.asymmetricKeyType);
    return exportKey(this, format, type, cipher, passphrase);
  }
}

function isKeyObject(obj) { return obj != null && obj[kKeyType] !== undefined; }
function isCryptoKey(obj) { return obj != null && obj[kKeyObject] !== undefined; }
function keyObjectOf(cryptoKey) { return cryptoKey[kKeyObject]; }
function secretBytes(key) { return key[kSecret]; }

function isStringOrBuffer(v) { return typeof v === 'string' || isArrayBufferView(v) || isAnyArrayBuffer(v); }

// ---- key encodings (node's parseKeyEncoding) -----------------------------

function option(name, objName) {
  return objName === undefined ? `options.${name}` : `options.${objName}.${name}`;
}

function parseKeyFormat(formatStr, defaultFormat, optionName) {
  if (formatStr === undefined && defaultFormat !== undefined) return defaultFormat;
  if (formatStr === 'pem' || formatStr === 'der' || formatStr === 'jwk') return formatStr;
  throw new ERR_INVALID_ARG_VALUE(optionName, formatStr);
}

function parseKeyType(typeStr, required, keyType, isPublic, optionName) {
  if (typeStr === undefined && !required) return undefined;
  if (typeStr === 'pkcs1') {
    if (keyType !== undefined && keyType !== 'rsa') {
      throw new ERR_CRYPTO_INCOMPATIBLE_KEY_OPTIONS(typeStr, 'can only be used for RSA keys');
    }
    return typeStr;
  }
  if (typeStr === 'spki' && isPublic !== false) return typeStr;
  if (typeStr === 'pkcs8' && isPublic !== true) return typeStr;
  if (typeStr === 'sec1' && isPublic !== true) {
    if (keyType !== undefined && keyType !== 'ec') {
      throw new ERR_CRYPTO_INCOMPATIBLE_KEY_OPTIONS(typeStr, 'can only be used for EC keys');
    }
    return typeStr;
  }
  throw new ERR_INVALID_ARG_VALUE(optionName, typeStr);
}

function parseKeyEncoding(enc, keyType, isPublic, objName) {
  validateObject(enc, 'options');
  const isInput = keyType === undefined;
  const format = parseKeyFormat(enc.format, isInput ? 'pem' : undefined, option('format', objName));
  const isRequired = (!isInput || format === 'der') && format !== 'jwk';
  const type = parseKeyType(enc.type, isRequired, keyType, isPublic, option('type', objName));
  let cipher, passphrase, encoding;
  if (isPublic !== true) {
    ({ cipher, passphrase, encoding } = enc);
    if (!isInput) {
      if (cipher != null) {
        if (typeof cipher !== 'string') throw new ERR_INVALID_ARG_VALUE(option('cipher', objName), cipher);
        if (format === 'der' && (type === 'pkcs1' || type === 'sec1')) {
          throw new ERR_CRYPTO_INCOMPATIBLE_KEY_OPTIONS(type, 'does not support encryption');
        }
      } else if (passphrase !== undefined) {
        throw new ERR_INVALID_ARG_VALUE(option('cipher', objName), cipher);
      }
    }
    if ((isInput && passphrase !== undefined && !isStringOrBuffer(passphrase)) ||
        (!isInput && cipher != null && !isStringOrBuffer(passphrase))) {
      throw new ERR_INVALID_ARG_VALUE(option('passphrase', objName), passphrase);
    }
  }
  if (passphrase !== undefined) passphrase = getArrayBufferOrView(passphrase, 'key.passphrase', encoding);
  return { format, type, cipher, passphrase };
}

function parsePublicKeyEncoding(enc, keyType, objName) {
  return parseKeyEncoding(enc, keyType, keyType ? true : undefined, objName);
}

function parsePrivateKeyEncoding(enc, keyType, objName) {
  return parseKeyEncoding(enc, keyType, false, objName);
}

// ---- turning user input into a key handle --------------------------------

function getKeyObjectHandle(key, ctx) {
  if (ctx === kCreatePrivate) {
    throw new ERR_INVALID_ARG_TYPE('key', ['string', 'ArrayBuffer', 'Buffer', 'TypedArray', 'DataView'], key);
  }
  if (key.type !== 'private') {
    if (ctx === kConsumePrivate || ctx === kCreatePublic) {
      throw new ERR_CRYPTO_INVALID_KEY_OBJECT_TYPE(key.type, 'private');
    }
    if (key.type !== 'public') {
      throw new ERR_CRYPTO_INVALID_KEY_OBJECT_TYPE(key.type, 'private or public');
    }
  }
  return key[kHandle];
}

function handleFromJwk(jwk, ctx) {
  validateObject(jwk, 'key.key');
  const { kty } = jwk;
  validateString(kty, 'key.kty');
  validateOneOf(kty, 'key.kty', ['RSA', 'EC', 'OKP']);
  const isPublic = ctx === kConsumePublic || ctx === kCreatePublic;
  if (!isPublic && jwk.d === undefined) throw new ERR_CRYPTO_INVALID_JWK();
  try {
    return binding.keyFromJWK(jwk, jwk.d !== undefined);
  } catch {
    if (kty === 'EC' && !['P-256', 'P-384', 'P-521'].includes(jwk.crv)) {
      throw new ERR_CRYPTO_JWK_UNSUPPORTED_CURVE(jwk.crv);
    }
    throw new ERR_CRYPTO_INVALID_JWK();
  }
}

// prepareAsymmetricKey returns a Go handle for any form node accepts: a
// KeyObject, a CryptoKey, PEM text, or {key, format, type, passphrase}.
function prepareAsymmetricKey(key, ctx) {
  if (isKeyObject(key)) return getKeyObjectHandle(key, ctx);
  if (isCryptoKey(key)) return getKeyObjectHandle(key[kKeyObject], ctx);
  const wantPrivate = ctx === kConsumePrivate || ctx === kCreatePrivate;
  if (isStringOrBuffer(key)) {
    return binding.keyParse(getArrayBufferOrView(key, 'key'), 'pem', '', null, wantPrivate);
  }
  if (typeof key === 'object' && key !== null) {
    const { key: data, encoding, format } = key;
    if (isKeyObject(data)) return getKeyObjectHandle(data, ctx);
    if (isCryptoKey(data)) return getKeyObjectHandle(data[kKeyObject], ctx);
    if (format === 'jwk') return handleFromJwk(data, ctx);
    const isPublic = wantPrivate ? false : undefined;
    if (!isStringOrBuffer(data)) {
      throw new ERR_INVALID_ARG_TYPE('key.key',
        ['ArrayBuffer', 'Buffer', 'TypedArray', 'DataView', 'string', 'KeyObject', 'CryptoKey'], data);
    }
    const bytes = getArrayBufferOrView(data, 'key', encoding);
    const enc = parseKeyEncoding(key, undefined, isPublic);
    const priv = wantPrivate || enc.type === 'pkcs8' || enc.type === 'sec1';
    return binding.keyParse(bytes, enc.format, enc.type || '', enc.passphrase ?? null, priv);
  }
  throw new ERR_INVALID_ARG_TYPE('key', ['string', 'ArrayBuffer', 'Buffer', 'TypedArray', 'DataView',
    ...(ctx !== kCreatePrivate ? ['KeyObject', 'CryptoKey'] : [])], key);
}

function isPrivateHandle(h) { return binding.keyInfo(h).private; }

function createPublicKey(key) {
  let h = prepareAsymmetricKey(key, kCreatePublic);
  if (isPrivateHandle(h)) h = binding.keyPublic(h);
  return new PublicKeyObject(h);
}

function createPrivateKey(key) {
  const h = prepareAsymmetricKey(key, kCreatePrivate);
  if (!isPrivateHandle(h)) throw new Error('error:1E08010C:DECODER routines::unsupported');
  return new PrivateKeyObject(h);
}

function createSecretKey(key, encoding) {
  if (typeof key === 'string') {
    key = Buffer.from(key, encoding === 'buffer' || encoding == null ? 'utf8' : encoding);
  } else if (isAnyArrayBuffer(key)) {
    key = Buffer.from(new Uint8Array(key));
  } else if (isArrayBufferView(key)) {
    key = Buffer.from(new Uint8Array(key.buffer, key.byteOffset, key.byteLength));
  } else {
    // Node lists no string here, though it takes one.
    throw new ERR_INVALID_ARG_TYPE('key', ['ArrayBuffer', 'Buffer', 'TypedArray', 'DataView'], key);
  }
  return new SecretKeyObject(key);
}

// ---- key generation ------------------------------------------------------

function parseKeyPairEncoding(keyType, options = {}) {
  const { publicKeyEncoding, privateKeyEncoding } = options;
  let pub, priv;
  if (publicKeyEncoding == null) {
    pub = undefined;
  } else if (typeof publicKeyEncoding === 'object') {
    pub = parsePublicKeyEncoding(publicKeyEncoding, keyType, 'publicKeyEncoding');
  } else {
    throw new ERR_INVALID_ARG_VALUE('options.publicKeyEncoding', publicKeyEncoding);
  }
  if (privateKeyEncoding == null) {
    priv = undefined;
  } else if (typeof privateKeyEncoding === 'object') {
    priv = parsePrivateKeyEncoding(privateKeyEncoding, keyType, 'privateKeyEncoding');
  } else {
    throw new ERR_INVALID_ARG_VALUE('options.privateKeyEncoding', privateKeyEncoding);
  }
  return { pub, priv };
}

// keyPairJob validates like node's createJob and returns the Go
// arguments and the encodings to apply.
function keyPairJob(type, options) {
  validateString(type, 'type');
  const enc = parseKeyPairEncoding(type, options);
  if (options !== undefined) validateObject(options, 'options');
  switch (type) {
    case 'rsa':
    case 'rsa-pss': {
      validateObject(options, 'options');
      const { modulusLength } = options;
      validateUint32(modulusLength, 'options.modulusLength');
      let { publicExponent } = options;
      if (publicExponent == null) publicExponent = 0x10001;
      else validateUint32(publicExponent, 'options.publicExponent');
      if (type === 'rsa') return { args: [type, modulusLength, publicExponent, ''], enc };
      const { hash, mgf1Hash, hashAlgorithm, mgf1HashAlgorithm, saltLength } = options;
      if (saltLength !== undefined) validateInt32(saltLength, 'options.saltLength', 0);
      if (hashAlgorithm !== undefined) validateString(hashAlgorithm, 'options.hashAlgorithm');
      if (mgf1HashAlgorithm !== undefined) validateString(mgf1HashAlgorithm, 'options.mgf1HashAlgorithm');
      if (hash !== undefined) {
        validateString(hash, 'options.hash');
        if (hashAlgorithm && hash !== hashAlgorithm) throw new ERR_INVALID_ARG_VALUE('options.hash', hash);
      }
      if (mgf1Hash !== undefined) {
        validateString(mgf1Hash, 'options.mgf1Hash');
        if (mgf1HashAlgorithm && mgf1Hash !== mgf1HashAlgorithm) {
          throw new ERR_INVALID_ARG_VALUE('options.mgf1Hash', mgf1Hash);
        }
      }
      const h = hashAlgorithm || hash;
      const m = mgf1HashAlgorithm || mgf1Hash;
      for (const d of [h, m]) {
        if (d !== undefined && binding.digestSize(d) < 0) throw new ERR_CRYPTO_INVALID_DIGEST(d);
      }
      let pss = null;
      // Restrictions exist only when asked for; OpenSSL fills the rest in.
      if (h !== undefined || m !== undefined || saltLength !== undefined) {
        const hashName = h === undefined ? 'sha1' : binding.digestName(h);
        pss = {
          hash: hashName,
          mgf1: m === undefined ? hashName : binding.digestName(m),
          salt: saltLength ?? (h === undefined ? 20 : binding.digestSize(h)),
        };
      }
      return { args: [type, modulusLength, publicExponent, '', undefined, pss], enc };
    }
    case 'ec': {
      validateObject(options, 'options');
      const { namedCurve, paramEncoding } = options;
      validateString(namedCurve, 'options.namedCurve');
      if (paramEncoding != null && paramEncoding !== 'named') {
        throw new ERR_INVALID_ARG_VALUE('options.paramEncoding', paramEncoding);
      }
      if (!binding.curveOK(namedCurve)) throw new ERR_CRYPTO_INVALID_CURVE();
      return { args: [type, 0, 0, namedCurve, undefined, null], enc };
    }
    case 'ed25519':
    case 'x25519':
      return { args: [type, 0, 0, '', undefined, null], enc };
    case 'dsa': {
      validateObject(options, 'options');
      const { modulusLength } = options;
      validateUint32(modulusLength, 'options.modulusLength');
      let { divisorLength } = options;
      if (divisorLength == null) divisorLength = -1;
      else validateInt32(divisorLength, 'options.divisorLength', 0);
      // The Go side reads divisorLength where RSA keys take the exponent.
      return { args: [type, modulusLength, divisorLength, '', undefined, null], enc };
    }
    case 'ed448':
    case 'x448':
    case 'dh':
      throw new ERR_NOT_IMPLEMENTED(`crypto.generateKeyPair('${type}')`);
  }
  throw new ERR_INVALID_ARG_VALUE('type', type, 'must be a supported key type');
}

function encodeKeyPair(pubH, privH, enc) {
  let publicKey = new PublicKeyObject(pubH);
  let privateKey = new PrivateKeyObject(privH);
  if (enc.pub) publicKey = publicKey.export(enc.pub.format === 'jwk' ? { format: 'jwk' } : enc.pub);
  if (enc.priv) {
    privateKey = enc.priv.format === 'jwk' ? privateKey.export({ format: 'jwk' }) :
      exportKey(privateKey, enc.priv.format, enc.priv.type, enc.priv.cipher, enc.priv.passphrase);
  }
  return { publicKey, privateKey };
}

function generateKeyPairSync(type, options) {
  const { args, enc } = keyPairJob(type, options);
  const r = binding.generateKeyPair(...args.slice(0, 4), undefined, args[5]);
  if (r[0]) throw r[0];
  return encodeKeyPair(r[1], r[2], enc);
}

function generateKeyPair(type, options, callback) {
  if (typeof options === 'function') {
    callback = options;
    options = undefined;
  }
  validateFunction(callback, 'callback');
  const { args, enc } = keyPairJob(type, options);
  binding.generateKeyPair(...args.slice(0, 4), (err, pubH, privH) => {
    if (err) return callback(err);
    let pair;
    try {
      pair = encodeKeyPair(pubH, privH, enc);
    } catch (e) {
      return callback(e);
    }
    callback(null, pair.publicKey, pair.privateKey);
  }, args[5]);
}

function secretKeyJob(type, options) {
  validateString(type, 'type');
  validateObject(options, 'options');
  const { length } = options;
  switch (type) {
    case 'hmac':
      validateInteger(length, 'options.length', 8, 2 ** 31 - 1);
      break;
    case 'aes':
      validateOneOf(length, 'options.length', [128, 192, 256]);
      break;
    default:
      throw new ERR_INVALID_ARG_VALUE('type', type, 'must be a supported key type');
  }
  return Math.floor(length / 8);
}

function randomKey(bytes) {
  const buf = Buffer.alloc(bytes);
  if (bytes > 0) binding.randomFill(buf.buffer, buf.byteOffset, bytes);
  return new SecretKeyObject(buf);
}

function generateKeySync(type, options) {
  return randomKey(secretKeyJob(type, options));
}

function generateKey(type, options, callback) {
  if (typeof options === 'function') {
    callback = options;
    options = undefined;
  }
  validateFunction(callback, 'callback');
  const n = secretKeyJob(type, options);
  const key = randomKey(n);
  setImmediate(() => callback(null, key));
}

// ---- ECDH ----------------------------------------------------------------

function encode(buf, encoding) {
  if (encoding && encoding !== 'buffer') return buf.toString(encoding);
  return buf;
}

function getFormat(format) {
  if (format) {
    if (format === 'compressed') return true;
    if (format === 'hybrid') throw new ERR_NOT_IMPLEMENTED("ECDH 'hybrid' point format");
    if (format !== 'uncompressed') throw new ERR_CRYPTO_ECDH_INVALID_FORMAT(format);
  }
  return false;
}

function ECDH(curve) {
  if (!(this instanceof ECDH)) return new ECDH(curve);
  validateString(curve, 'curve');
  if (!binding.curveOK(curve)) throw new ERR_CRYPTO_INVALID_CURVE();
  this._curve = curve;
  this._key = null;
}

ECDH.prototype.generateKeys = function generateKeys(encoding, format) {
  this._key = binding.generateKeyPair('ec', 0, 0, this._curve)[2];
  return this.getPublicKey(encoding, format);
};

ECDH.prototype.getPublicKey = function getPublicKey(encoding, format) {
  const compressed = getFormat(format);
  if (this._key === null) throw new Error('Failed to get ECDH public key');
  return encode(toBuf(binding.ecdhRaw(this._key, false, compressed)), encoding);
};

ECDH.prototype.getPrivateKey = function getPrivateKey(encoding) {
  if (this._key === null) throw new Error('Failed to get ECDH private key');
  return encode(toBuf(binding.ecdhRaw(this._key, true, false)), encoding);
};

ECDH.prototype.setPrivateKey = function setPrivateKey(key, encoding) {
  key = getArrayBufferOrView(key, 'key', encoding);
  const h = binding.ecdhKeyFromRaw(this._curve, key, true);
  if (h === null) throw new Error('Private key is not valid for specified curve.');
  this._key = h;
  return this;
};

ECDH.prototype.computeSecret = function computeSecret(key, inEnc, outEnc) {
  key = getArrayBufferOrView(key, 'key', inEnc);
  const pub = binding.ecdhKeyFromRaw(this._curve, key, false);
  if (pub === null) throw new ERR_CRYPTO_ECDH_INVALID_PUBLIC_KEY();
  if (this._key === null) throw new Error('Failed to compute ECDH key');
  return encode(toBuf(binding.ecdh(this._key, pub)), outEnc);
};

ECDH.convertKey = function convertKey(key, curve, inEnc, outEnc, format) {
  validateString(curve, 'curve');
  key = getArrayBufferOrView(key, 'key', inEnc);
  const compressed = getFormat(format);
  const h = binding.ecdhKeyFromRaw(curve, key, false);
  if (h === null) throw new Error('Failed to convert Buffer to EC_POINT');
  return encode(toBuf(binding.ecdhRaw(h, false, compressed)), outEnc);
};

function createECDH(curve) { return new ECDH(curve); }

function diffieHellman(options) {
  validateObject(options, 'options');
  const { privateKey, publicKey } = options;
  if (!(privateKey instanceof KeyObject)) {
    throw new ERR_INVALID_ARG_VALUE('options.privateKey', privateKey);
  }
  if (!(publicKey instanceof KeyObject)) {
    throw new ERR_INVALID_ARG_VALUE('options.publicKey', publicKey);
  }
  if (privateKey.type !== 'private') throw new ERR_CRYPTO_INVALID_KEY_OBJECT_TYPE(privateKey.type, 'private');
  if (publicKey.type !== 'public' && publicKey.type !== 'private') {
    throw new ERR_CRYPTO_INVALID_KEY_OBJECT_TYPE(publicKey.type, 'private or public');
  }
  const privateType = privateKey.asymmetricKeyType;
  const publicType = publicKey.asymmetricKeyType;
  if (privateType !== publicType || !['dh', 'ec', 'x448', 'x25519'].includes(privateType)) {
    throw new ERR_CRYPTO_INCOMPATIBLE_KEY('key types for Diffie-Hellman', `${privateType} and ${publicType}`);
  }
  return toBuf(binding.ecdh(privateKey[kHandle], publicKey[kHandle]));
}

// ---- primes (node's lib/internal/crypto/random.js) ------------------------

function unsignedBigIntToBuffer(bigint, name) {
  if (bigint < 0) throw new ERR_OUT_OF_RANGE(name, '>= 0', bigint);
  const hex = bigint.toString(16);
  return Buffer.from(hex.padStart(hex.length + (hex.length % 2), '0'), 'hex');
}

function bufferToBigInt(buf) {
  const b = isAnyArrayBuffer(buf) ? Buffer.from(buf) : Buffer.from(buf.buffer, buf.byteOffset, buf.byteLength);
  return b.length === 0 ? 0n : BigInt('0x' + b.toString('hex'));
}

function primeArg(v, name) {
  if (v === undefined) return null;
  if (typeof v === 'bigint') return unsignedBigIntToBuffer(v, name);
  if (!isAnyArrayBuffer(v) && !isArrayBufferView(v)) {
    throw new ERR_INVALID_ARG_TYPE(name, ['ArrayBuffer', 'TypedArray', 'Buffer', 'DataView', 'bigint'], v);
  }
  return v;
}

function primeJob(size, options) {
  validateObject(options, 'options');
  const { safe = false, bigint = false } = options;
  validateBoolean(safe, 'options.safe');
  validateBoolean(bigint, 'options.bigint');
  const add = primeArg(options.add, 'options.add');
  const rem = primeArg(options.rem, 'options.rem');
  // OpenSSL's own refusals, raised when the job is created.
  if (add !== null) {
    const a = bufferToBigInt(add);
    if (a.toString(2).length > size) {
      throw withMessage(new ERR_OUT_OF_RANGE('options.add', 'x', 0), 'invalid options.add');
    }
    if (rem !== null && bufferToBigInt(rem) >= a) {
      throw withMessage(new ERR_OUT_OF_RANGE('options.rem', 'x', 0), 'invalid options.rem');
    }
  }
  const result = bigint ? bufferToBigInt : (ab) => ab;
  return { args: [size, safe, add, rem], result };
}

function generatePrime(size, options, callback) {
  validateInt32(size, 'size', 1);
  if (typeof options === 'function') {
    callback = options;
    options = {};
  }
  validateFunction(callback, 'callback');
  const { args, result } = primeJob(size, options);
  binding.prime(...args, (err, ab) => {
    if (err) return callback(err);
    callback(undefined, result(ab));
  });
}

function generatePrimeSync(size, options = {}) {
  validateInt32(size, 'size', 1);
  const { args, result } = primeJob(size, options);
  return result(binding.prime(...args));
}

function checkPrimeArgs(candidate, options) {
  if (typeof candidate === 'bigint') candidate = unsignedBigIntToBuffer(candidate, 'candidate');
  if (!isAnyArrayBuffer(candidate) && !isArrayBufferView(candidate)) {
    throw new ERR_INVALID_ARG_TYPE('candidate', ['ArrayBuffer', 'TypedArray', 'Buffer', 'DataView', 'bigint'], candidate);
  }
  validateObject(options, 'options');
  const { checks = 0 } = options;
  validateInt32(checks, 'options.checks', 0);
  return { candidate, checks };
}

function checkPrime(candidate, options = {}, callback) {
  if (typeof options === 'function') {
    callback = options;
    options = {};
  }
  const args = checkPrimeArgs(candidate, options);
  validateFunction(callback, 'callback');
  const r = binding.checkPrime(args.candidate, args.checks);
  setImmediate(() => callback(undefined, r));
}

function checkPrimeSync(candidate, options = {}) {
  const args = checkPrimeArgs(candidate, options);
  return binding.checkPrime(args.candidate, args.checks);
}

function notImplemented(name) {
  return function() { throw new ERR_NOT_IMPLEMENTED(name); };
}

module.exports = {
  prepareAsymmetricKey,
  kConsumePublic,
  kConsumePrivate,
  KeyObject,
  SecretKeyObject,
  PublicKeyObject,
  PrivateKeyObject,
  isKeyObject,
  isCryptoKey,
  keyObjectOf,
  secretBytes,
  kKeyObject,
  kHandle,
  createSecretKey,
  createPublicKey,
  createPrivateKey,
  createECDH,
  ECDH,
  diffieHellman,
  generateKeyPair,
  generateKeyPairSync,
  generateKey,
  generateKeySync,
  checkPrime,
  checkPrimeSync,
  generatePrime,
  generatePrimeSync,
  getCurves: () => ['prime256v1', 'secp224r1', 'secp384r1', 'secp521r1'],
};
