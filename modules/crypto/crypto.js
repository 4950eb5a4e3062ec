// node:crypto (https://nodejs.org/docs/latest-v20.x/api/crypto.html): the
// Node surface over the Go binding. Argument checks follow node 20's
// lib/internal/crypto/*.js so codes and messages match.
'use strict';

const { Buffer, kMaxLength } = require('buffer');
const {
  codes: {
    ERR_CRYPTO_HASH_FINALIZED,
    ERR_CRYPTO_INVALID_DIGEST,
    ERR_CRYPTO_INVALID_KEYLEN,
    ERR_CRYPTO_INVALID_SCRYPT_PARAMS,
    ERR_CRYPTO_SCRYPT_INVALID_PARAMETER,
    ERR_CRYPTO_FIPS_UNAVAILABLE,
    ERR_CRYPTO_TIMING_SAFE_EQUAL_LENGTH,
    ERR_CRYPTO_INVALID_KEY_OBJECT_TYPE,
    ERR_INVALID_ARG_TYPE,
    ERR_INVALID_ARG_VALUE,
    ERR_NOT_IMPLEMENTED,
    ERR_OUT_OF_RANGE,
  },
  validateBoolean,
  validateEncoding,
  validateFunction,
  validateInt32,
  validateInteger,
  validateNumber,
  validateObject,
  validateString,
  validateUint32,
} = require('internal/errors');
const { isAnyArrayBuffer, isArrayBufferView } = require('util').types;

// The other parts load on first use, so that a program needing only
// hashes or randomness (uuid, nanoid) pays for no more.
const loaded = { __proto__: null };
function mod(name) {
  loaded[name] ??= require(name === 'webcrypto' ? 'internal/webcrypto' : `internal/crypto/${name}`);
  return loaded[name];
}
const {
  LazyTransform, loadTransform, getArrayBufferOrView, getDefaultEncoding, toBuf, osslError,
  getStringOption, prepareSecretKey, withMessage,
} = require('internal/crypto/util');

const kHandle = Symbol('kHandle');
const kState = Symbol('kState');
const kFinalized = Symbol('kFinalized');
const kMaxInt32 = 2 ** 31 - 1;
const kMaxPossibleLength = Math.min(kMaxLength, kMaxInt32);

// ---- Hash and Hmac -------------------------------------------------------

// The handles hold the Go state in a private field, so they inspect as
// node's native ones do (`Hash {}`, `Hmac {}`).
const HashHandle = class Hash {
  #h;
  #name;
  constructor(h, name) {
    this.#h = h;
    this.#name = name;
  }

  get algorithm() { return this.#name; }
  update(data) { binding.hashUpdate(this.#h, data); }
  digest(encoding) { return binding.hashDigest(this.#h, encoding); }
  copy(outputLength) { return new HashHandle(binding.hashCopy(this.#h, outputLength), this.#name); }
};
const HmacHandle = class Hmac extends HashHandle {};

// digestOut turns a handle's digest (a string, or an ArrayBuffer for
// 'buffer' and unknown encodings) into what node returns.
function digestOut(handle, encoding) {
  const r = handle.digest(encoding);
  return typeof r === 'string' ? r : toBuf(r);
}

// HashCopy carries a handle into the Hash constructor for copy().
class HashCopy {
  constructor(handle) { this.handle = handle; }
}

function Hash(algorithm, options) {
  if (!(this instanceof Hash)) return new Hash(algorithm, options);
  let handle;
  const xofLen = typeof options === 'object' && options !== null ? options.outputLength : undefined;
  if (xofLen !== undefined) validateUint32(xofLen, 'options.outputLength');
  if (algorithm instanceof HashCopy) {
    handle = algorithm.handle.copy(xofLen);
  } else {
    validateString(algorithm, 'algorithm');
    const size = binding.digestSize(algorithm);
    if (xofLen !== undefined && size >= 0 && !binding.isXOF(algorithm) && size !== xofLen) {
      throw osslError('error:030000B2:digital envelope routines::not XOF or invalid length',
                      'ERR_OSSL_EVP_NOT_XOF_OR_INVALID_LENGTH');
    }
    handle = binding.hashNew(algorithm, xofLen);
    if (handle === null) throw new Error('Digest method not supported');
    handle = new HashHandle(handle, algorithm);
  }
  this[kHandle] = handle;
  this[kState] = { [kFinalized]: false };
  // LazyTransform's constructor, inlined: createHash is a hot path.
  loadTransform();
  this._options = options;
}
Object.setPrototypeOf(Hash.prototype, LazyTransform.prototype);
Object.setPrototypeOf(Hash, LazyTransform);

Hash.prototype.copy = function copy(options) {
  const state = this[kState];
  if (state[kFinalized]) throw new ERR_CRYPTO_HASH_FINALIZED();
  return new Hash(new HashCopy(this[kHandle]), options);
};

Hash.prototype._transform = function _transform(chunk, encoding, callback) {
  feed(this[kHandle], chunk, encoding);
  callback();
};

Hash.prototype._flush = function _flush(callback) {
  this.push(toBuf(this[kHandle].digest()));
  callback();
};

// feed hands data to a hash or HMAC handle; UTF-8 strings go to Go as
// they are, other encodings through Buffer.
function feed(handle, data, encoding) {
  if (typeof data === 'string') {
    // Node's C++ side reads an unknown encoding as UTF-8.
    if (!encoding || encoding === 'buffer' || encoding === 'utf8' || encoding === 'utf-8' ||
        !Buffer.isEncoding(encoding)) {
      handle.update(data);
      return;
    }
    data = Buffer.from(data, encoding);
  }
  handle.update(data);
}

Hash.prototype.update = function update(data, encoding) {
  encoding = encoding || getDefaultEncoding();
  const state = this[kState];
  if (state[kFinalized]) throw new ERR_CRYPTO_HASH_FINALIZED();
  if (typeof data === 'string') {
    validateEncoding(data, encoding);
  } else if (!isArrayBufferView(data)) {
    throw new ERR_INVALID_ARG_TYPE('data', ['string', 'Buffer', 'TypedArray', 'DataView'], data);
  }
  feed(this[kHandle], data, encoding);
  return this;
};

Hash.prototype.digest = function digest(outputEncoding) {
  const state = this[kState];
  if (state[kFinalized]) throw new ERR_CRYPTO_HASH_FINALIZED();
  outputEncoding = outputEncoding || getDefaultEncoding();
  const ret = digestOut(this[kHandle], `${outputEncoding}`);
  state[kFinalized] = true;
  return ret;
};

function Hmac(hmac, key, options) {
  if (!(this instanceof Hmac)) return new Hmac(hmac, key, options);
  validateString(hmac, 'hmac');
  const encoding = getStringOption(options, 'encoding');
  key = prepareSecretKey(key, encoding);
  const handle = binding.hmacNew(hmac, key);
  if (handle === null) throw new ERR_CRYPTO_INVALID_DIGEST(hmac);
  this[kHandle] = new HmacHandle(handle);
  this[kState] = { [kFinalized]: false };
  Reflect.apply(LazyTransform, this, [options]);
}
Object.setPrototypeOf(Hmac.prototype, LazyTransform.prototype);
Object.setPrototypeOf(Hmac, LazyTransform);

Hmac.prototype.update = Hash.prototype.update;
Hmac.prototype.digest = function digest(outputEncoding) {
  const state = this[kState];
  outputEncoding = outputEncoding || getDefaultEncoding();
  if (state[kFinalized]) {
    const buf = Buffer.from('');
    return outputEncoding === 'buffer' ? buf : buf.toString(outputEncoding);
  }
  const ret = digestOut(this[kHandle], `${outputEncoding}`);
  state[kFinalized] = true;
  return ret;
};
Hmac.prototype._flush = Hash.prototype._flush;
Hmac.prototype._transform = Hash.prototype._transform;

function createHash(algorithm, options) { return new Hash(algorithm, options); }

// hash is the one-shot digest (node 20.12+).
function hash(algorithm, input, outputEncoding = 'hex') {
  validateString(algorithm, 'algorithm');
  if (typeof input !== 'string' && !isArrayBufferView(input)) {
    throw new ERR_INVALID_ARG_TYPE('input', ['Buffer', 'TypedArray', 'DataView', 'string'], input);
  }
  if (outputEncoding !== 'buffer') {
    validateString(outputEncoding, 'outputEncoding');
    if (!Buffer.isEncoding(outputEncoding)) throw new ERR_INVALID_ARG_VALUE('outputEncoding', outputEncoding);
  }
  const h = binding.hashNew(algorithm);
  if (h === null) throw new Error(`Digest method ${algorithm} is not supported`);
  const handle = new HashHandle(h);
  feed(handle, input, 'utf8');
  return digestOut(handle, outputEncoding);
}
function createHmac(hmac, key, options) { return new Hmac(hmac, key, options); }

// ---- randomness ----------------------------------------------------------

function assertOffset(offset, elementSize, length) {
  validateNumber(offset, 'offset');
  offset *= elementSize;
  const maxLength = Math.min(length, kMaxPossibleLength);
  if (Number.isNaN(offset) || offset > maxLength || offset < 0) {
    throw new ERR_OUT_OF_RANGE('offset', `>= 0 && <= ${maxLength}`, offset);
  }
  return offset >>> 0;
}

function assertSize(size, elementSize, offset, length) {
  validateNumber(size, 'size');
  size *= elementSize;
  if (Number.isNaN(size) || size > kMaxPossibleLength || size < 0) {
    throw new ERR_OUT_OF_RANGE('size', `>= 0 && <= ${kMaxPossibleLength}`, size);
  }
  if (size + offset > length) {
    throw new ERR_OUT_OF_RANGE('size + offset', `<= ${length}`, size + offset);
  }
  return size >>> 0;
}

function fill(buf, offset, size) {
  if (isAnyArrayBuffer(buf)) binding.randomFill(buf, offset, size);
  else binding.randomFill(buf.buffer, buf.byteOffset + offset, size);
}

function randomBytes(size, callback) {
  size = assertSize(size, 1, 0, Infinity);
  if (callback !== undefined) validateFunction(callback, 'callback');
  const buf = Buffer.alloc(size);
  if (callback === undefined) {
    if (size > 0) fill(buf, 0, size);
    return buf;
  }
  randomFill(buf, 0, size, function(error) {
    if (error) return Reflect.apply(callback, this, [error]);
    Reflect.apply(callback, this, [null, buf]);
  });
}

function checkBuf(buf) {
  if (!isAnyArrayBuffer(buf) && !isArrayBufferView(buf)) {
    throw new ERR_INVALID_ARG_TYPE('buf', ['ArrayBuffer', 'ArrayBufferView'], buf);
  }
}

function randomFillSync(buf, offset = 0, size) {
  checkBuf(buf);
  const elementSize = buf.BYTES_PER_ELEMENT || 1;
  offset = assertOffset(offset, elementSize, buf.byteLength);
  if (size === undefined) size = buf.byteLength - offset;
  else size = assertSize(size, elementSize, offset, buf.byteLength);
  if (size === 0) return buf;
  fill(buf, offset, size);
  return buf;
}

function randomFill(buf, offset, size, callback) {
  checkBuf(buf);
  const elementSize = buf.BYTES_PER_ELEMENT || 1;
  if (typeof offset === 'function') {
    callback = offset;
    offset = 0;
    size = buf.byteLength;
  } else if (typeof size === 'function') {
    callback = size;
    offset = assertOffset(offset, elementSize, buf.byteLength);
    size = buf.byteLength - offset;
  } else {
    validateFunction(callback, 'callback');
    offset = assertOffset(offset, elementSize, buf.byteLength);
    if (size === undefined) size = buf.byteLength - offset;
    else size = assertSize(size, elementSize, offset, buf.byteLength);
  }
  validateFunction(callback, 'callback');
  if (size === 0) {
    process.nextTick(callback, null, buf);
    return;
  }
  // Filling is fast and in place; node does it on the pool and calls
  // back on a later turn of the loop, as this does.
  fill(buf, offset, size);
  setImmediate(() => callback(null, buf));
}

const RAND_MAX = 0xFFFF_FFFF_FFFF;
let randomCache;
let randomCacheOffset = 0;

function randomInt(min, max, callback) {
  const minNotSpecified = typeof max === 'undefined' || typeof max === 'function';
  if (minNotSpecified) {
    callback = max;
    max = min;
    min = 0;
  }
  const isSync = typeof callback === 'undefined';
  if (!isSync) validateFunction(callback, 'callback');
  if (!Number.isSafeInteger(min)) throw new ERR_INVALID_ARG_TYPE('min', 'a safe integer', min);
  if (!Number.isSafeInteger(max)) throw new ERR_INVALID_ARG_TYPE('max', 'a safe integer', max);
  if (max <= min) {
    throw new ERR_OUT_OF_RANGE('max', `greater than the value of "min" (${min})`, max);
  }
  const range = max - min;
  if (!(range <= RAND_MAX)) {
    throw new ERR_OUT_OF_RANGE(`max${minNotSpecified ? '' : ' - min'}`, `<= ${RAND_MAX}`, range);
  }
  // Rejection sampling over 48-bit draws, as node does.
  const randLimit = RAND_MAX - (RAND_MAX % range);
  randomCache ??= Buffer.alloc(6 * 1024);
  for (;;) {
    if (randomCacheOffset === 0) fill(randomCache, 0, randomCache.length);
    const x = randomCache.readUIntBE(randomCacheOffset, 6);
    randomCacheOffset = (randomCacheOffset + 6) % randomCache.length;
    if (x < randLimit) {
      const n = (x % range) + min;
      if (isSync) return n;
      process.nextTick(callback, undefined, n);
      return;
    }
  }
}

function randomUUID(options) {
  if (options !== undefined) validateObject(options, 'options');
  const { disableEntropyCache = false } = options || {};
  validateBoolean(disableEntropyCache, 'options.disableEntropyCache');
  return mod('webcrypto').crypto.randomUUID();
}

function getRandomValues(data) {
  return mod('webcrypto').crypto.getRandomValues(data);
}

function timingSafeEqual(buf1, buf2) {
  // Node checks these in C++, whose message names no received value.
  for (const [name, v] of [['buf1', buf1], ['buf2', buf2]]) {
    if (!isAnyArrayBuffer(v) && !isArrayBufferView(v)) {
      const e = new ERR_INVALID_ARG_TYPE(name, ['ArrayBuffer', 'Buffer', 'TypedArray', 'DataView'], v);
      throw withMessage(e, e.message.replace(/ Received .*$/s, ''));
    }
  }
  if (buf1.byteLength !== buf2.byteLength) throw new ERR_CRYPTO_TIMING_SAFE_EQUAL_LENGTH();
  return binding.timingSafeEqual(buf1, buf2);
}

// ---- key derivation ------------------------------------------------------

function pbkdf2Check(password, salt, iterations, keylen, digest) {
  validateString(digest, 'digest');
  password = getArrayBufferOrView(password, 'password');
  salt = getArrayBufferOrView(salt, 'salt');
  validateInt32(iterations, 'iterations', 1);
  validateInt32(keylen, 'keylen', 0);
  if (binding.digestSize(digest) < 0 || binding.isXOF(digest)) throw new ERR_CRYPTO_INVALID_DIGEST(digest);
  return { password, salt, iterations, keylen, digest };
}

function pbkdf2(password, salt, iterations, keylen, digest, callback) {
  if (typeof digest === 'function') {
    callback = digest;
    digest = undefined;
  }
  ({ password, salt, iterations, keylen, digest } = pbkdf2Check(password, salt, iterations, keylen, digest));
  validateFunction(callback, 'callback');
  binding.pbkdf2(password, salt, iterations, keylen, digest, (err, ab) => {
    if (err) return callback(err);
    callback(null, toBuf(ab));
  });
}

function pbkdf2Sync(password, salt, iterations, keylen, digest) {
  ({ password, salt, iterations, keylen, digest } = pbkdf2Check(password, salt, iterations, keylen, digest));
  return toBuf(binding.pbkdf2(password, salt, iterations, keylen, digest));
}

function prepareKeyForHkdf(key) {
  if (key !== null && typeof key === 'object' && !isArrayBufferView(key) && !isAnyArrayBuffer(key)) {
    const keys = mod('keys');
    if (keys.isKeyObject(key)) {
      if (key.type !== 'secret') throw new ERR_CRYPTO_INVALID_KEY_OBJECT_TYPE(key.type, 'secret');
      return keys.secretBytes(key);
    }
    if (keys.isCryptoKey(key)) return keys.secretBytes(keys.keyObjectOf(key));
  }
  if (typeof key !== 'string' && !isArrayBufferView(key) && !isAnyArrayBuffer(key)) {
    throw new ERR_INVALID_ARG_TYPE('ikm', ['string', 'SecretKeyObject', 'ArrayBuffer', 'TypedArray', 'DataView', 'Buffer'], key);
  }
  return getArrayBufferOrView(key, 'ikm');
}

function hkdfCheck(hash, key, salt, info, length) {
  validateString(hash, 'digest');
  key = prepareKeyForHkdf(key);
  salt = getArrayBufferOrView(salt, 'salt');
  info = getArrayBufferOrView(info, 'info');
  // Node 20 bounds it by its buffer.kMaxLength, 2 ** 32.
  validateInteger(length, 'length', 0, 2 ** 32);
  if (info.byteLength > 1024) {
    throw new ERR_OUT_OF_RANGE('info', 'must not contain more than 1024 bytes', info.byteLength);
  }
  const size = binding.digestSize(hash);
  if (size < 0 || binding.isXOF(hash)) throw new ERR_CRYPTO_INVALID_DIGEST(hash);
  if (length > size * 255) throw new ERR_CRYPTO_INVALID_KEYLEN();
  return { hash, key, salt, info, length };
}

function hkdf(hash, key, salt, info, length, callback) {
  ({ hash, key, salt, info, length } = hkdfCheck(hash, key, salt, info, length));
  validateFunction(callback, 'callback');
  binding.hkdf(hash, key, salt, info, length, (err, ab) => {
    if (err) return callback(err);
    callback(null, ab);
  });
}

function hkdfSync(hash, key, salt, info, length) {
  ({ hash, key, salt, info, length } = hkdfCheck(hash, key, salt, info, length));
  return binding.hkdf(hash, key, salt, info, length);
}

const scryptDefaults = { N: 16384, r: 8, p: 1, maxmem: 32 << 20 };

function scryptCheck(password, salt, keylen, options) {
  password = getArrayBufferOrView(password, 'password');
  salt = getArrayBufferOrView(salt, 'salt');
  validateInt32(keylen, 'keylen', 0);
  let { N, r, p, maxmem } = scryptDefaults;
  if (options && options !== scryptDefaults) {
    const hasN = options.N !== undefined;
    if (hasN) {
      N = options.N;
      validateUint32(N, 'N');
    }
    if (options.cost !== undefined) {
      if (hasN) throw new ERR_CRYPTO_SCRYPT_INVALID_PARAMETER();
      N = options.cost;
      validateUint32(N, 'cost');
    }
    const hasR = options.r !== undefined;
    if (hasR) {
      r = options.r;
      validateUint32(r, 'r');
    }
    if (options.blockSize !== undefined) {
      if (hasR) throw new ERR_CRYPTO_SCRYPT_INVALID_PARAMETER();
      r = options.blockSize;
      validateUint32(r, 'blockSize');
    }
    const hasP = options.p !== undefined;
    if (hasP) {
      p = options.p;
      validateUint32(p, 'p');
    }
    if (options.parallelization !== undefined) {
      if (hasP) throw new ERR_CRYPTO_SCRYPT_INVALID_PARAMETER();
      p = options.parallelization;
      validateUint32(p, 'parallelization');
    }
    if (options.maxmem !== undefined) {
      maxmem = options.maxmem;
      validateInteger(maxmem, 'maxmem', 0);
    }
    if (N === 0) N = scryptDefaults.N;
    if (r === 0) r = scryptDefaults.r;
    if (p === 0) p = scryptDefaults.p;
    if (maxmem === 0) maxmem = scryptDefaults.maxmem;
  }
  // OpenSSL's EVP_PBE_scrypt parameter rules.
  if (N < 2 || (N & (N - 1)) !== 0 || r * p >= 2 ** 30 || (16 * r <= 63 && N >= 2 ** (16 * r))) {
    throw new ERR_CRYPTO_INVALID_SCRYPT_PARAMS();
  }
  if (128 * r * (N + 2) + 128 * r * p > maxmem) {
    const e = new ERR_CRYPTO_INVALID_SCRYPT_PARAMS();
    throw withMessage(e, e.message + ': error:030000AC:digital envelope routines::memory limit exceeded');
  }
  return { password, salt, keylen, N, r, p, maxmem };
}

function scrypt(password, salt, keylen, options, callback = scryptDefaults) {
  if (callback === scryptDefaults) {
    callback = options;
    options = scryptDefaults;
  }
  const o = scryptCheck(password, salt, keylen, options);
  validateFunction(callback, 'callback');
  binding.scrypt(o.password, o.salt, o.N, o.r, o.p, o.keylen, (err, ab) => {
    if (err) return callback(err);
    callback(null, toBuf(ab));
  });
}

function scryptSync(password, salt, keylen, options = scryptDefaults) {
  const o = scryptCheck(password, salt, keylen, options);
  return toBuf(binding.scrypt(o.password, o.salt, o.N, o.r, o.p, o.keylen));
}

// ---- misc ----------------------------------------------------------------

function getFips() { return 0; }

// FIPS mode is Go's GODEBUG=fips140 and cannot be switched at run time.
function setFips(val) {
  if (val) throw new ERR_CRYPTO_FIPS_UNAVAILABLE();
}

function secureHeapUsed() { return { total: 0, min: 0, used: 0, utilization: 0 }; }

function notImplemented(name) {
  return function() { throw new ERR_NOT_IMPLEMENTED(name); };
}

const constants = {
  __proto__: null,
  OPENSSL_VERSION_NUMBER: 805306672,
  SSL_OP_ALL: 2147485776,
  SSL_OP_ALLOW_NO_DHE_KEX: 1024,
  SSL_OP_ALLOW_UNSAFE_LEGACY_RENEGOTIATION: 262144,
  SSL_OP_CIPHER_SERVER_PREFERENCE: 4194304,
  SSL_OP_CISCO_ANYCONNECT: 32768,
  SSL_OP_COOKIE_EXCHANGE: 8192,
  SSL_OP_CRYPTOPRO_TLSEXT_BUG: 2147483648,
  SSL_OP_DONT_INSERT_EMPTY_FRAGMENTS: 2048,
  SSL_OP_LEGACY_SERVER_CONNECT: 4,
  SSL_OP_NO_COMPRESSION: 131072,
  SSL_OP_NO_ENCRYPT_THEN_MAC: 524288,
  SSL_OP_NO_QUERY_MTU: 4096,
  SSL_OP_NO_RENEGOTIATION: 1073741824,
  SSL_OP_NO_SESSION_RESUMPTION_ON_RENEGOTIATION: 65536,
  SSL_OP_NO_SSLv2: 0,
  SSL_OP_NO_SSLv3: 33554432,
  SSL_OP_NO_TICKET: 16384,
  SSL_OP_NO_TLSv1: 67108864,
  SSL_OP_NO_TLSv1_1: 268435456,
  SSL_OP_NO_TLSv1_2: 134217728,
  SSL_OP_NO_TLSv1_3: 536870912,
  SSL_OP_PRIORITIZE_CHACHA: 2097152,
  SSL_OP_TLS_ROLLBACK_BUG: 8388608,
  ENGINE_METHOD_RSA: 1,
  ENGINE_METHOD_DSA: 2,
  ENGINE_METHOD_DH: 4,
  ENGINE_METHOD_RAND: 8,
  ENGINE_METHOD_EC: 2048,
  ENGINE_METHOD_CIPHERS: 64,
  ENGINE_METHOD_DIGESTS: 128,
  ENGINE_METHOD_PKEY_METHS: 512,
  ENGINE_METHOD_PKEY_ASN1_METHS: 1024,
  ENGINE_METHOD_ALL: 65535,
  ENGINE_METHOD_NONE: 0,
  DH_CHECK_P_NOT_SAFE_PRIME: 2,
  DH_CHECK_P_NOT_PRIME: 1,
  DH_UNABLE_TO_CHECK_GENERATOR: 4,
  DH_NOT_SUITABLE_GENERATOR: 8,
  RSA_PKCS1_PADDING: 1,
  RSA_NO_PADDING: 3,
  RSA_PKCS1_OAEP_PADDING: 4,
  RSA_X931_PADDING: 5,
  RSA_PKCS1_PSS_PADDING: 6,
  RSA_PSS_SALTLEN_DIGEST: -1,
  RSA_PSS_SALTLEN_MAX_SIGN: -2,
  RSA_PSS_SALTLEN_AUTO: -2,
  defaultCoreCipherList: 'TLS_AES_256_GCM_SHA384:TLS_CHACHA20_POLY1305_SHA256:TLS_AES_128_GCM_SHA256:' +
    'ECDHE-RSA-AES128-GCM-SHA256:ECDHE-ECDSA-AES128-GCM-SHA256:ECDHE-RSA-AES256-GCM-SHA384:' +
    'ECDHE-ECDSA-AES256-GCM-SHA384:DHE-RSA-AES128-GCM-SHA256:ECDHE-RSA-AES128-SHA256:' +
    'DHE-RSA-AES128-SHA256:ECDHE-RSA-AES256-SHA384:DHE-RSA-AES256-SHA384:ECDHE-RSA-AES256-SHA256:' +
    'DHE-RSA-AES256-SHA256:HIGH:!aNULL:!eNULL:!EXPORT:!DES:!RC4:!MD5:!PSK:!SRP:!CAMELLIA',
  TLS1_VERSION: 769,
  TLS1_1_VERSION: 770,
  TLS1_2_VERSION: 771,
  TLS1_3_VERSION: 772,
  POINT_CONVERSION_COMPRESSED: 2,
  POINT_CONVERSION_UNCOMPRESSED: 4,
  POINT_CONVERSION_HYBRID: 6,
};
constants.defaultCipherList = constants.defaultCoreCipherList;
Object.freeze(constants);

// Node's export order; `true` marks a value, anything else is a loader
// run on first access (the property then becomes a plain value).
const exportList = [
  ['checkPrime', () => mod('keys').checkPrime],
  ['checkPrimeSync', () => mod('keys').checkPrimeSync],
  ['createCipheriv', () => mod('cipher').createCipheriv],
  ['createDecipheriv', () => mod('cipher').createDecipheriv],
  ['createDiffieHellman', () => mod('dh').createDiffieHellman],
  ['createDiffieHellmanGroup', () => mod('dh').createDiffieHellmanGroup],
  ['createECDH', () => mod('keys').createECDH],
  ['createHash', createHash, true],
  ['createHmac', createHmac, true],
  ['createPrivateKey', () => mod('keys').createPrivateKey],
  ['createPublicKey', () => mod('keys').createPublicKey],
  ['createSecretKey', () => mod('keys').createSecretKey],
  ['createSign', () => mod('sig').createSign],
  ['createVerify', () => mod('sig').createVerify],
  ['diffieHellman', () => mod('keys').diffieHellman],
  ['generatePrime', () => mod('keys').generatePrime],
  ['generatePrimeSync', () => mod('keys').generatePrimeSync],
  ['getCiphers', () => binding.getCiphers(), true],
  ['getCipherInfo', () => mod('cipher').getCipherInfo],
  ['getCurves', () => mod('keys').getCurves],
  ['getDiffieHellman', () => mod('dh').getDiffieHellman],
  ['getHashes', () => binding.getHashes(), true],
  ['hkdf', hkdf, true],
  ['hkdfSync', hkdfSync, true],
  ['pbkdf2', pbkdf2, true],
  ['pbkdf2Sync', pbkdf2Sync, true],
  ['generateKeyPair', () => mod('keys').generateKeyPair],
  ['generateKeyPairSync', () => mod('keys').generateKeyPairSync],
  ['generateKey', () => mod('keys').generateKey],
  ['generateKeySync', () => mod('keys').generateKeySync],
  ['privateDecrypt', () => mod('sig').privateDecrypt],
  ['privateEncrypt', () => mod('sig').privateEncrypt],
  ['publicDecrypt', () => mod('sig').publicDecrypt],
  ['publicEncrypt', () => mod('sig').publicEncrypt],
  ['randomBytes', randomBytes, true],
  ['randomFill', randomFill, true],
  ['randomFillSync', randomFillSync, true],
  ['randomInt', randomInt, true],
  ['randomUUID', randomUUID, true],
  ['scrypt', scrypt, true],
  ['scryptSync', scryptSync, true],
  ['sign', () => mod('sig').signOneShot],
  ['setEngine', notImplemented('crypto.setEngine'), true],
  ['timingSafeEqual', timingSafeEqual, true],
  ['getFips', getFips, true],
  ['setFips', setFips, true],
  ['verify', () => mod('sig').verifyOneShot],
  ['hash', hash, true],
  ['Certificate', () => mod('x509').Certificate],
  ['Cipher', () => mod('cipher').Cipher],
  ['Cipheriv', () => mod('cipher').Cipheriv],
  ['Decipher', () => mod('cipher').Decipher],
  ['Decipheriv', () => mod('cipher').Decipheriv],
  ['DiffieHellman', () => mod('dh').DiffieHellman],
  ['DiffieHellmanGroup', () => mod('dh').DiffieHellmanGroup],
  ['ECDH', () => mod('keys').ECDH],
  ['Hash', Hash, true],
  ['Hmac', Hmac, true],
  ['KeyObject', () => mod('keys').KeyObject],
  ['Sign', () => mod('sig').Sign],
  ['Verify', () => mod('sig').Verify],
  ['X509Certificate', () => mod('x509').X509Certificate],
  ['secureHeapUsed', secureHeapUsed, true],
  ['constants', constants, true],
  ['webcrypto', () => mod('webcrypto').crypto],
  ['subtle', () => mod('webcrypto').crypto.subtle],
  ['getRandomValues', getRandomValues, true],
];
for (const [name, value, eager] of exportList) {
  if (eager) {
    module.exports[name] = value;
    continue;
  }
  Object.defineProperty(module.exports, name, {
    get() {
      const v = value();
      Object.defineProperty(module.exports, name, { value: v, writable: true, enumerable: true, configurable: true });
      return v;
    },
    set(v) {
      Object.defineProperty(module.exports, name, { value: v, writable: true, enumerable: true, configurable: true });
    },
    enumerable: true,
    configurable: true,
  });
}

// The IV-less, password-keyed forms: deprecated (DEP0106), not enumerable,
// as in node 20.
const util = require('util');
for (const name of ['createCipher', 'createDecipher']) {
  const fn = function(...args) { return Reflect.apply(mod('cipher')[name], this, args); };
  Object.defineProperty(fn, 'name', { value: name });
  Object.defineProperty(module.exports, name, {
    value: util.deprecate(fn, `crypto.${name} is deprecated.`, 'DEP0106'),
    writable: false, enumerable: false, configurable: false,
  });
}
