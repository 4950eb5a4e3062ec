// internal/crypto/webcrypto: SubtleCrypto's operations
// (https://nodejs.org/docs/latest-v20.x/api/webcrypto.html) over the
// crypto module's KeyObjects, ciphers and signatures. The SubtleCrypto
// class of internal/webcrypto checks `this` and delegates here.
'use strict';

const { Buffer } = require('buffer');
const {
  codes: {
    ERR_INVALID_ARG_TYPE,
    ERR_INVALID_ARG_VALUE,
    ERR_MISSING_ARGS,
    ERR_MISSING_OPTION,
  },
} = require('internal/errors');
const { isAnyArrayBuffer, isArrayBufferView } = require('util').types;
const keys = require('internal/crypto/keys');
const { toBuf } = require('internal/crypto/util');

const kAlgorithm = Symbol('kAlgorithm');
const kExtractable = Symbol('kExtractable');
const kKeyUsages = Symbol('kKeyUsages');
const { kKeyObject } = keys;

let crypto;
function lazyCrypto() {
  crypto ??= require('crypto');
  return crypto;
}

function domError(message, name) {
  return new DOMException(message, name);
}

// ---- CryptoKey -----------------------------------------------------------

function createCryptoKey(keyObject, algorithm, extractable, usages) {
  const { CryptoKey } = require('internal/webcrypto');
  const k = Object.create(CryptoKey.prototype);
  Object.defineProperties(k, {
    [kKeyObject]: { value: keyObject },
    [kAlgorithm]: { value: algorithm },
    [kExtractable]: { value: !!extractable },
    [kKeyUsages]: { value: usages },
  });
  return k;
}

// The CryptoKey getters (internal/webcrypto) read these.
function keyType(k) { return k[kKeyObject].type; }
function keyExtractable(k) { return k[kExtractable]; }
function keyAlgorithm(k) { return k[kAlgorithm]; }
function keyUsages(k) { return k[kKeyUsages]; }

// ---- algorithm normalization ---------------------------------------------

const kAlgorithms = ['RSASSA-PKCS1-v1_5', 'RSA-PSS', 'RSA-OAEP', 'ECDSA', 'ECDH', 'AES-CTR', 'AES-CBC',
  'AES-GCM', 'AES-KW', 'HMAC', 'SHA-1', 'SHA-256', 'SHA-384', 'SHA-512', 'HKDF', 'PBKDF2', 'Ed25519',
  'X25519'];
const kCanonical = new Map(kAlgorithms.map((n) => [n.toUpperCase(), n]));
const kHashes = { 'SHA-1': 'sha1', 'SHA-256': 'sha256', 'SHA-384': 'sha384', 'SHA-512': 'sha512' };

// The algorithms each operation takes, and the members their dictionaries
// require (in WebIDL's order: alphabetical), as node normalizes them.
const kRsa = ['RSASSA-PKCS1-v1_5', 'RSA-PSS', 'RSA-OAEP'];
const kSupported = {
  digest: { 'SHA-1': null, 'SHA-256': null, 'SHA-384': null, 'SHA-512': null },
  generateKey: {
    ...Object.fromEntries(kRsa.map((n) => [n, ['RsaHashedKeyGenParams', 'hash', 'modulusLength', 'publicExponent']])),
    ECDSA: ['EcKeyGenParams', 'namedCurve'], ECDH: ['EcKeyGenParams', 'namedCurve'],
    Ed25519: null, X25519: null, HMAC: ['HmacKeyGenParams', 'hash'],
    ...Object.fromEntries(['AES-CTR', 'AES-CBC', 'AES-GCM', 'AES-KW'].map((n) => [n, ['AesKeyGenParams', 'length']])),
  },
  importKey: {
    ...Object.fromEntries(kRsa.map((n) => [n, ['RsaHashedImportParams', 'hash']])),
    ECDSA: ['EcKeyImportParams', 'namedCurve'], ECDH: ['EcKeyImportParams', 'namedCurve'],
    Ed25519: null, X25519: null, HMAC: ['HmacImportParams', 'hash'],
    'AES-CTR': null, 'AES-CBC': null, 'AES-GCM': null, 'AES-KW': null, HKDF: null, PBKDF2: null,
  },
  sign: { 'RSASSA-PKCS1-v1_5': null, 'RSA-PSS': ['RsaPssParams', 'saltLength'], ECDSA: ['EcdsaParams', 'hash'],
    Ed25519: null, HMAC: null },
  encrypt: { 'RSA-OAEP': null, 'AES-CTR': ['AesCtrParams', 'counter', 'length'], 'AES-CBC': ['AesCbcParams', 'iv'],
    'AES-GCM': ['AesGcmParams', 'iv'] },
  deriveBits: { ECDH: ['EcdhKeyDeriveParams', 'public'], X25519: ['EcdhKeyDeriveParams', 'public'],
    HKDF: ['HkdfParams', 'hash', 'info', 'salt'], PBKDF2: ['Pbkdf2Params', 'hash', 'iterations', 'salt'] },
  wrapKey: { 'AES-KW': null },
  getKeyLength: { 'AES-CTR': ['AesDerivedKeyParams', 'length'], 'AES-CBC': ['AesDerivedKeyParams', 'length'],
    'AES-GCM': ['AesDerivedKeyParams', 'length'], 'AES-KW': ['AesDerivedKeyParams', 'length'],
    HMAC: ['HmacImportParams', 'hash'], HKDF: null, PBKDF2: null },
};
kSupported.verify = kSupported.sign;
kSupported.decrypt = kSupported.encrypt;
kSupported.unwrapKey = kSupported.wrapKey;

function normalizeAlgorithm(algorithm, op) {
  if (typeof algorithm === 'string') algorithm = { name: algorithm };
  if (typeof algorithm !== 'object' || algorithm === null) {
    throw new ERR_INVALID_ARG_TYPE('algorithm', ['string', 'object'], algorithm);
  }
  const { name } = algorithm;
  if (typeof name !== 'string') {
    const e = new ERR_MISSING_OPTION('algorithm.name');
    throw e;
  }
  const canonical = kCanonical.get(name.toUpperCase());
  const table = kSupported[op];
  if (canonical === undefined || (table !== undefined && !(canonical in table))) {
    throw domError('Unrecognized algorithm name', 'NotSupportedError');
  }
  const out = { ...algorithm, name: canonical };
  const req = table && table[canonical];
  if (req) {
    for (const member of req.slice(1)) {
      if (out[member] !== undefined) continue;
      const e = new ERR_MISSING_OPTION('x');
      const msg = `Failed to normalize algorithm: passed algorithm can not be converted to '${req[0]}' ` +
        `because '${member}' is required in '${req[0]}'.`;
      if (typeof e.stack === 'string') e.stack = e.stack.replace(e.message, msg);
      e.message = msg;
      throw e;
    }
  }
  if (out.hash !== undefined) out.hash = normalizeAlgorithm(out.hash, 'digest');
  return out;
}

function hashOf(alg) {
  const h = kHashes[alg.name];
  if (h === undefined) throw domError('Unrecognized algorithm name', 'NotSupportedError');
  return h;
}

function bufferSource(v, name) {
  if (isAnyArrayBuffer(v)) return Buffer.from(new Uint8Array(v).slice());
  if (isArrayBufferView(v)) return Buffer.from(new Uint8Array(v.buffer, v.byteOffset, v.byteLength).slice());
  throw new ERR_INVALID_ARG_TYPE(name, ['ArrayBuffer', 'Buffer', 'TypedArray', 'DataView'], v);
}

function toArrayBuffer(buf) {
  const ab = new ArrayBuffer(buf.length);
  new Uint8Array(ab).set(buf);
  return ab;
}

function checkUsages(usages, allowed, what) {
  for (const u of usages) {
    if (!allowed.includes(u)) throw domError(`Unsupported key usage for ${what}`, 'SyntaxError');
  }
}

function checkKey(key, name, usage) {
  if (!keys.isCryptoKey(key)) throw new ERR_INVALID_ARG_TYPE('key', 'CryptoKey', key);
  if (key[kAlgorithm].name !== name || !key[kKeyUsages].includes(usage)) {
    throw domError(`Unable to use this key to ${usage}`, 'InvalidAccessError');
  }
}

// ---- digest --------------------------------------------------------------

async function digest(algorithm, data) {
  const alg = normalizeAlgorithm(algorithm, 'digest');
  data = bufferSource(data, 'data');
  return toArrayBuffer(lazyCrypto().createHash(hashOf(alg)).update(data).digest());
}

// ---- key families --------------------------------------------------------

const kAesNames = ['AES-CTR', 'AES-CBC', 'AES-GCM', 'AES-KW'];
const kRsaNames = ['RSASSA-PKCS1-v1_5', 'RSA-PSS', 'RSA-OAEP'];

function secretUsages(name) {
  if (name === 'HMAC') return [['sign', 'verify'], 'an HMAC key'];
  if (name === 'AES-KW') return [['wrapKey', 'unwrapKey'], 'an AES key'];
  if (kAesNames.includes(name)) return [['encrypt', 'decrypt', 'wrapKey', 'unwrapKey'], 'an AES key'];
  return [['deriveBits', 'deriveKey'], `a ${name} key`];
}

function asymUsages(name) {
  switch (name) {
    case 'RSA-OAEP': return { pub: ['encrypt', 'wrapKey'], priv: ['decrypt', 'unwrapKey'], what: 'a RSA key' };
    case 'RSASSA-PKCS1-v1_5':
    case 'RSA-PSS': return { pub: ['verify'], priv: ['sign'], what: 'a RSA key' };
    case 'ECDSA': return { pub: ['verify'], priv: ['sign'], what: 'an ECDSA key' };
    case 'Ed25519': return { pub: ['verify'], priv: ['sign'], what: 'an Ed25519 key' };
    case 'ECDH': return { pub: [], priv: ['deriveKey', 'deriveBits'], what: 'an ECDH key' };
    case 'X25519': return { pub: [], priv: ['deriveKey', 'deriveBits'], what: 'an X25519 key' };
  }
  return null;
}

const kCurves = { 'P-256': 'prime256v1', 'P-384': 'secp384r1', 'P-521': 'secp521r1' };
const kJwkHashSuffix = { 'SHA-1': '1', 'SHA-256': '256', 'SHA-384': '384', 'SHA-512': '512' };

function aesJwkAlg(name, bits) {
  const mode = { 'AES-CTR': 'CTR', 'AES-CBC': 'CBC', 'AES-GCM': 'GCM', 'AES-KW': 'KW' }[name];
  return `A${bits}${mode}`;
}

function rsaJwkAlg(alg) {
  const n = kJwkHashSuffix[alg.hash.name];
  if (alg.name === 'RSASSA-PKCS1-v1_5') return `RS${n}`;
  if (alg.name === 'RSA-PSS') return `PS${n}`;
  return n === '1' ? 'RSA-OAEP' : `RSA-OAEP-${n}`;
}

function publicAlgorithm(alg, keyObject) {
  const out = { name: alg.name };
  if (kRsaNames.includes(alg.name)) {
    const d = keyObject.asymmetricKeyDetails;
    out.modulusLength = d.modulusLength;
    const e = d.publicExponent.toString(16);
    out.publicExponent = new Uint8Array(Buffer.from(e.padStart(e.length + (e.length % 2), '0'), 'hex'));
    out.hash = { name: alg.hash.name };
  } else if (alg.name === 'ECDSA' || alg.name === 'ECDH') {
    out.namedCurve = alg.namedCurve;
  }
  return out;
}

// ---- generateKey ---------------------------------------------------------

async function generateKey(algorithm, extractable, keyUsages) {
  const alg = normalizeAlgorithm(algorithm, 'generateKey');
  const c = lazyCrypto();
  if (alg.name === 'HMAC' || kAesNames.includes(alg.name)) {
    const [allowed, what] = secretUsages(alg.name);
    checkUsages(keyUsages, allowed, what);
    let length = alg.length;
    let outAlg;
    if (alg.name === 'HMAC') {
      length ??= keyLengthOf(alg);
      if (length === 0) throw domError('Zero-length key is not supported', 'OperationError');
      outAlg = { name: 'HMAC', length, hash: { name: alg.hash.name } };
    } else {
      if (![128, 192, 256].includes(length)) {
        throw domError('AES key length must be 128, 192, or 256 bits', 'OperationError');
      }
      outAlg = { name: alg.name, length };
    }
    if (keyUsages.length === 0) throw domError('Usages cannot be empty when creating a key.', 'SyntaxError');
    const bytes = c.randomBytes(Math.ceil(length / 8));
    return createCryptoKey(c.createSecretKey(bytes), outAlg, extractable, keyUsages);
  }
  const u = asymUsages(alg.name);
  if (u === null) throw domError('Unrecognized algorithm name', 'NotSupportedError');
  checkUsages(keyUsages, [...u.pub, ...u.priv], u.what);
  let pair;
  if (kRsaNames.includes(alg.name)) {
    const e = Buffer.from(alg.publicExponent);
    pair = c.generateKeyPairSync('rsa', { modulusLength: alg.modulusLength, publicExponent: e.length ? e.readUIntBE(0, Math.min(e.length, 6)) : 0 });
  } else if (alg.name === 'ECDSA' || alg.name === 'ECDH') {
    const curve = kCurves[alg.namedCurve];
    if (curve === undefined) throw domError('Unrecognized namedCurve', 'NotSupportedError');
    pair = c.generateKeyPairSync('ec', { namedCurve: curve });
  } else {
    pair = c.generateKeyPairSync(alg.name.toLowerCase());
  }
  // Node lists a generated pair's usages in its own order.
  const privUsages = u.priv.filter((x) => keyUsages.includes(x));
  const pubUsages = u.pub.filter((x) => keyUsages.includes(x));
  if (privUsages.length === 0) throw domError('Usages cannot be empty when creating a key.', 'SyntaxError');
  const pubAlg = publicAlgorithm(alg, pair.publicKey);
  return {
    publicKey: createCryptoKey(pair.publicKey, pubAlg, true, pubUsages),
    privateKey: createCryptoKey(pair.privateKey, { ...pubAlg }, extractable, privUsages),
  };
}

// ---- importKey / exportKey -----------------------------------------------

function importSecret(format, keyData, alg, extractable, keyUsages) {
  const c = lazyCrypto();
  const [allowed, what] = secretUsages(alg.name);
  checkUsages(keyUsages, allowed, what);
  let bytes;
  if (format === 'raw') {
    bytes = bufferSource(keyData, 'keyData');
  } else if (format === 'jwk') {
    if (typeof keyData !== 'object' || keyData === null) throw domError('Invalid keyData', 'DataError');
    if (keyData.kty !== 'oct') throw domError("Invalid JWK 'kty' Parameter", 'DataError');
    if (alg.name === 'PBKDF2' || alg.name === 'HKDF') throw domError(`Unable to import ${alg.name} key with format jwk`, 'NotSupportedError');
    bytes = Buffer.from(keyData.k || '', 'base64url');
  } else {
    throw domError(`Unable to import ${alg.name} secret key with format ${format}`, 'NotSupportedError');
  }
  let outAlg;
  if (alg.name === 'HMAC') {
    let length = bytes.length * 8;
    if (alg.length !== undefined) {
      if (alg.length === 0) throw domError('Zero-length key is not supported', 'DataError');
      if (alg.length > length || alg.length <= length - 8) throw domError('Invalid key length', 'DataError');
      length = alg.length;
    }
    if (bytes.length === 0) throw domError('Zero-length key is not supported', 'DataError');
    outAlg = { name: 'HMAC', hash: { name: alg.hash.name }, length };
  } else if (kAesNames.includes(alg.name)) {
    if (![16, 24, 32].includes(bytes.length)) throw domError('Invalid key length', 'DataError');
    outAlg = { name: alg.name, length: bytes.length * 8 };
  } else {
    if (extractable) throw domError(`${alg.name} keys are not extractable`, 'SyntaxError');
    outAlg = { name: alg.name };
  }
  if (keyUsages.length === 0) {
    throw domError('Usages cannot be empty when importing a secret key.', 'SyntaxError');
  }
  return createCryptoKey(c.createSecretKey(bytes), outAlg, extractable, keyUsages);
}

function importAsymmetric(format, keyData, alg, extractable, keyUsages) {
  const c = lazyCrypto();
  const u = asymUsages(alg.name);
  let keyObject;
  try {
    if (format === 'spki') {
      keyObject = c.createPublicKey({ key: bufferSource(keyData, 'keyData'), format: 'der', type: 'spki' });
    } else if (format === 'pkcs8') {
      keyObject = c.createPrivateKey({ key: bufferSource(keyData, 'keyData'), format: 'der', type: 'pkcs8' });
    } else if (format === 'jwk') {
      if (typeof keyData !== 'object' || keyData === null) throw domError('Invalid keyData', 'DataError');
      keyObject = keyData.d !== undefined ? c.createPrivateKey({ key: keyData, format: 'jwk' }) :
        c.createPublicKey({ key: keyData, format: 'jwk' });
    } else if (format === 'raw') {
      const raw = bufferSource(keyData, 'keyData');
      if (alg.name === 'ECDSA' || alg.name === 'ECDH') {
        const n = { 'P-256': 32, 'P-384': 48, 'P-521': 66 }[alg.namedCurve];
        const x = raw.subarray(1, 1 + n);
        const y = raw.subarray(1 + n);
        if (raw[0] !== 4 || y.length !== n) throw domError('Invalid keyData', 'DataError');
        keyObject = c.createPublicKey({ key: { kty: 'EC', crv: alg.namedCurve, x: x.toString('base64url'), y: y.toString('base64url') }, format: 'jwk' });
      } else if (alg.name === 'Ed25519' || alg.name === 'X25519') {
        keyObject = c.createPublicKey({ key: { kty: 'OKP', crv: alg.name, x: raw.toString('base64url') }, format: 'jwk' });
      } else {
        throw domError(`Unable to import ${alg.name} key with format raw`, 'NotSupportedError');
      }
    } else {
      throw domError(`Unable to import ${alg.name} key with format ${format}`, 'NotSupportedError');
    }
  } catch (e) {
    if (e instanceof DOMException || e.code === 'ERR_INVALID_ARG_TYPE') throw e;
    throw domError('Invalid keyData', 'DataError');
  }
  const want = { 'RSASSA-PKCS1-v1_5': 'rsa', 'RSA-PSS': 'rsa', 'RSA-OAEP': 'rsa', ECDSA: 'ec', ECDH: 'ec',
    Ed25519: 'ed25519', X25519: 'x25519' }[alg.name];
  if (keyObject.asymmetricKeyType !== want && !(want === 'rsa' && keyObject.asymmetricKeyType === 'rsa-pss')) {
    throw domError('Invalid key type', 'DataError');
  }
  if ((alg.name === 'ECDSA' || alg.name === 'ECDH') &&
      kCurves[alg.namedCurve] !== keyObject.asymmetricKeyDetails.namedCurve) {
    throw domError('Named curve mismatch', 'DataError');
  }
  checkUsages(keyUsages, keyObject.type === 'public' ? u.pub : u.priv, u.what);
  if (keyObject.type === 'private' && keyUsages.length === 0) {
    throw domError('Usages cannot be empty when importing a private key.', 'SyntaxError');
  }
  return createCryptoKey(keyObject, publicAlgorithm(alg, keyObject), extractable, keyUsages);
}

async function importKey(format, keyData, algorithm, extractable, keyUsages) {
  const alg = normalizeAlgorithm(algorithm, 'importKey');
  if (alg.name === 'HMAC' || alg.name === 'PBKDF2' || alg.name === 'HKDF' || kAesNames.includes(alg.name)) {
    return importSecret(format, keyData, alg, extractable, keyUsages);
  }
  if (asymUsages(alg.name) === null) throw domError('Unrecognized algorithm name', 'NotSupportedError');
  return importAsymmetric(format, keyData, alg, extractable, keyUsages);
}

async function exportKey(format, key) {
  if (!keys.isCryptoKey(key)) throw new ERR_INVALID_ARG_TYPE('key', 'CryptoKey', key);
  if (!key[kExtractable]) throw domError('key is not extractable', 'InvalidAccessException');
  const ko = key[kKeyObject];
  const alg = key[kAlgorithm];
  if (format === 'raw') {
    if (ko.type === 'secret') return toArrayBuffer(ko.export());
    if (ko.type === 'public' && (alg.name === 'ECDSA' || alg.name === 'ECDH')) {
      const jwk = ko.export({ format: 'jwk' });
      return toArrayBuffer(Buffer.concat([Buffer.from([4]), Buffer.from(jwk.x, 'base64url'), Buffer.from(jwk.y, 'base64url')]));
    }
    if (ko.type === 'public' && (alg.name === 'Ed25519' || alg.name === 'X25519')) {
      return toArrayBuffer(Buffer.from(ko.export({ format: 'jwk' }).x, 'base64url'));
    }
  } else if (format === 'spki' && ko.type === 'public') {
    return toArrayBuffer(ko.export({ format: 'der', type: 'spki' }));
  } else if (format === 'pkcs8' && ko.type === 'private') {
    return toArrayBuffer(ko.export({ format: 'der', type: 'pkcs8' }));
  } else if (format === 'jwk') {
    const jwk = { key_ops: [...key[kKeyUsages]], ext: key[kExtractable] };
    if (ko.type === 'secret') {
      Object.assign(jwk, ko.export({ format: 'jwk' }));
      if (alg.name === 'HMAC') jwk.alg = `HS${kJwkHashSuffix[alg.hash.name]}`;
      else if (kAesNames.includes(alg.name)) jwk.alg = aesJwkAlg(alg.name, alg.length);
      else throw domError(`Unable to export ${alg.name} secret key using jwk format`, 'NotSupportedError');
      return jwk;
    }
    Object.assign(jwk, ko.export({ format: 'jwk' }));
    if (kRsaNames.includes(alg.name)) jwk.alg = rsaJwkAlg(alg);
    else if (alg.name === 'Ed25519') jwk.alg = 'Ed25519';
    return jwk;
  }
  throw domError(`Unable to export a raw ${alg.name} ${ko.type} key`, 'InvalidAccessError');
}

// ---- sign / verify -------------------------------------------------------

function signParams(alg, key) {
  const c = lazyCrypto();
  const ka = key[kAlgorithm];
  switch (alg.name) {
    case 'RSASSA-PKCS1-v1_5':
      return [hashOf(ka.hash), { key: key[kKeyObject], padding: c.constants.RSA_PKCS1_PADDING }];
    case 'RSA-PSS':
      return [hashOf(ka.hash), { key: key[kKeyObject], padding: c.constants.RSA_PKCS1_PSS_PADDING, saltLength: alg.saltLength }];
    case 'ECDSA':
      return [hashOf(alg.hash), { key: key[kKeyObject], dsaEncoding: 'ieee-p1363' }];
    case 'Ed25519':
      return [null, key[kKeyObject]];
  }
  throw domError('Unrecognized algorithm name', 'NotSupportedError');
}

async function sign(algorithm, key, data) {
  const alg = normalizeAlgorithm(algorithm, 'sign');
  data = bufferSource(data, 'data');
  checkKey(key, alg.name, 'sign');
  const c = lazyCrypto();
  if (alg.name === 'HMAC') {
    return toArrayBuffer(c.createHmac(hashOf(key[kAlgorithm].hash), key[kKeyObject]).update(data).digest());
  }
  const [hash, k] = signParams(alg, key);
  return toArrayBuffer(c.sign(hash, data, k));
}

async function verify(algorithm, key, signature, data) {
  const alg = normalizeAlgorithm(algorithm, 'verify');
  signature = bufferSource(signature, 'signature');
  data = bufferSource(data, 'data');
  checkKey(key, alg.name, 'verify');
  const c = lazyCrypto();
  if (alg.name === 'HMAC') {
    const mac = c.createHmac(hashOf(key[kAlgorithm].hash), key[kKeyObject]).update(data).digest();
    return mac.length === signature.length && c.timingSafeEqual(mac, signature);
  }
  const [hash, k] = signParams(alg, key);
  return c.verify(hash, data, k, signature);
}

// ---- encrypt / decrypt ---------------------------------------------------

function aesCipher(alg, key, data, decrypt) {
  const c = lazyCrypto();
  const bits = key[kAlgorithm].length;
  const secret = key[kKeyObject];
  let name, iv, opts;
  switch (alg.name) {
    case 'AES-CBC':
      iv = bufferSource(alg.iv, 'algorithm.iv');
      if (iv.length !== 16) throw domError('algorithm.iv must contain exactly 16 bytes', 'OperationError');
      name = `aes-${bits}-cbc`;
      break;
    case 'AES-CTR':
      iv = bufferSource(alg.counter, 'algorithm.counter');
      if (iv.length !== 16) throw domError('algorithm.counter must contain exactly 16 bytes', 'OperationError');
      name = `aes-${bits}-ctr`;
      break;
    case 'AES-GCM': {
      iv = bufferSource(alg.iv, 'algorithm.iv');
      const tagLength = alg.tagLength ?? 128;
      if (![32, 64, 96, 104, 112, 120, 128].includes(tagLength)) {
        throw domError(`${tagLength} is not a valid AES-GCM tag length`, 'OperationError');
      }
      name = `aes-${bits}-gcm`;
      opts = { authTagLength: tagLength / 8 };
      const tagBytes = tagLength / 8;
      if (decrypt) {
        if (data.length < tagBytes) throw domError('The provided data is too small.', 'OperationError');
        const d = c.createDecipheriv(name, secret, iv, opts);
        d.setAuthTag(data.subarray(data.length - tagBytes));
        if (alg.additionalData !== undefined) d.setAAD(bufferSource(alg.additionalData, 'algorithm.additionalData'));
        try {
          return Buffer.concat([d.update(data.subarray(0, data.length - tagBytes)), d.final()]);
        } catch {
          throw domError('The operation failed for an operation-specific reason', 'OperationError');
        }
      }
      const e = c.createCipheriv(name, secret, iv, opts);
      if (alg.additionalData !== undefined) e.setAAD(bufferSource(alg.additionalData, 'algorithm.additionalData'));
      return Buffer.concat([e.update(data), e.final(), e.getAuthTag()]);
    }
    case 'AES-KW':
      name = `id-aes${bits}-wrap`;
      iv = Buffer.from('A6A6A6A6A6A6A6A6', 'hex');
      break;
  }
  const x = decrypt ? c.createDecipheriv(name, secret, iv) : c.createCipheriv(name, secret, iv);
  try {
    return Buffer.concat([x.update(data), x.final()]);
  } catch {
    throw domError('The operation failed for an operation-specific reason', 'OperationError');
  }
}

function cipherOp(alg, key, data, decrypt, usage) {
  checkKey(key, alg.name, usage);
  if (alg.name === 'RSA-OAEP') {
    const c = lazyCrypto();
    const opts = { key: key[kKeyObject], oaepHash: hashOf(key[kAlgorithm].hash) };
    if (alg.label !== undefined) opts.oaepLabel = bufferSource(alg.label, 'algorithm.label');
    try {
      return decrypt ? c.privateDecrypt(opts, data) : c.publicEncrypt(opts, data);
    } catch {
      throw domError('The operation failed for an operation-specific reason', 'OperationError');
    }
  }
  if (!kAesNames.includes(alg.name)) throw domError('Unrecognized algorithm name', 'NotSupportedError');
  return aesCipher(alg, key, data, decrypt);
}

async function encrypt(algorithm, key, data) {
  const alg = normalizeAlgorithm(algorithm, 'encrypt');
  data = bufferSource(data, 'data');
  return toArrayBuffer(cipherOp(alg, key, data, false, 'encrypt'));
}

async function decrypt(algorithm, key, data) {
  const alg = normalizeAlgorithm(algorithm, 'decrypt');
  data = bufferSource(data, 'data');
  return toArrayBuffer(cipherOp(alg, key, data, true, 'decrypt'));
}

// ---- deriveBits / deriveKey ----------------------------------------------

function deriveBitsNow(alg, key, length, usage) {
  checkKey(key, alg.name === 'ECDH' || alg.name === 'X25519' ? alg.name : alg.name, usage);
  const c = lazyCrypto();
  let out;
  switch (alg.name) {
    case 'PBKDF2': {
      if (length == null || length % 8 !== 0) throw domError('length must be a multiple of 8', 'OperationError');
      if (alg.iterations === 0) throw domError('iterations cannot be zero', 'OperationError');
      out = c.pbkdf2Sync(key[kKeyObject].export(), bufferSource(alg.salt, 'algorithm.salt'), alg.iterations,
        length / 8, hashOf(alg.hash));
      break;
    }
    case 'HKDF': {
      if (length == null || length % 8 !== 0) throw domError('length must be a multiple of 8', 'OperationError');
      out = Buffer.from(c.hkdfSync(hashOf(alg.hash), key[kKeyObject], bufferSource(alg.salt, 'algorithm.salt'),
        bufferSource(alg.info, 'algorithm.info'), length / 8));
      break;
    }
    case 'ECDH':
    case 'X25519': {
      const pub = alg.public;
      if (!keys.isCryptoKey(pub) || pub[kKeyObject].type !== 'public' || pub[kAlgorithm].name !== alg.name) {
        throw domError('algorithm.public must be a public key', 'InvalidAccessError');
      }
      out = c.diffieHellman({ privateKey: key[kKeyObject], publicKey: pub[kKeyObject] });
      if (length != null) {
        if (length > out.length * 8) throw domError('derived bit length is too small', 'OperationError');
        out = out.subarray(0, Math.ceil(length / 8));
        if (length % 8) out[out.length - 1] &= 0xff << (8 - (length % 8));
      }
      break;
    }
    default:
      throw domError('Unrecognized algorithm name', 'NotSupportedError');
  }
  return out;
}

async function deriveBits(algorithm, baseKey, length) {
  const alg = normalizeAlgorithm(algorithm, 'deriveBits');
  return toArrayBuffer(deriveBitsNow(alg, baseKey, length, 'deriveBits'));
}

function keyLengthOf(alg) {
  if (kAesNames.includes(alg.name)) {
    if (![128, 192, 256].includes(alg.length)) {
      throw domError('AES key length must be 128, 192, or 256 bits', 'OperationError');
    }
    return alg.length;
  }
  if (alg.name === 'HMAC') {
    if (alg.length !== undefined) return alg.length;
    return { 'SHA-1': 512, 'SHA-256': 512, 'SHA-384': 1024, 'SHA-512': 1024 }[alg.hash.name];
  }
  return null;
}

async function deriveKey(algorithm, baseKey, derivedKeyAlgorithm, extractable, keyUsages) {
  const alg = normalizeAlgorithm(algorithm, 'deriveBits');
  const dalg = normalizeAlgorithm(derivedKeyAlgorithm, 'importKey');
  normalizeAlgorithm(derivedKeyAlgorithm, 'getKeyLength');
  const bits = deriveBitsNow(alg, baseKey, keyLengthOf(dalg), 'deriveKey');
  return importKey('raw', bits, dalg, extractable, keyUsages);
}

// ---- wrapKey / unwrapKey -------------------------------------------------

// wrapAlgorithm is the wrap algorithm, or else an encryption one (as
// node tries them).
function wrapAlgorithmOf(algorithm, op, fallback) {
  try {
    return normalizeAlgorithm(algorithm, op);
  } catch {
    return normalizeAlgorithm(algorithm, fallback);
  }
}

async function wrapKey(format, key, wrappingKey, wrapAlgorithm) {
  const alg = wrapAlgorithmOf(wrapAlgorithm, 'wrapKey', 'encrypt');
  let data = await exportKey(format, key);
  data = format === 'jwk' ? Buffer.from(JSON.stringify(data)) : Buffer.from(data);
  if (alg.name === 'AES-KW' && data.length % 8) data = Buffer.concat([data, Buffer.alloc(8 - (data.length % 8), 0x20)]);
  return toArrayBuffer(cipherOp(alg, wrappingKey, data, false, 'wrapKey'));
}

async function unwrapKey(format, wrappedKey, unwrappingKey, unwrapAlgorithm, unwrappedKeyAlgorithm, extractable, keyUsages) {
  const alg = wrapAlgorithmOf(unwrapAlgorithm, 'unwrapKey', 'decrypt');
  let data = cipherOp(alg, unwrappingKey, bufferSource(wrappedKey, 'wrappedKey'), true, 'unwrapKey');
  if (format === 'jwk') {
    try {
      data = JSON.parse(data.toString());
    } catch {
      throw domError('Invalid wrapped JWK key', 'DataError');
    }
  }
  return importKey(format, data, unwrappedKeyAlgorithm, extractable, keyUsages);
}

// ---- argument checks shared by the SubtleCrypto methods -----------------

const kFormats = ['raw', 'pkcs8', 'spki', 'jwk'];

function checkFormat(format, method) {
  if (!kFormats.includes(format)) {
    const e = new ERR_INVALID_ARG_VALUE('format', format);
    const msg = `Failed to execute '${method}' on 'SubtleCrypto': 1st argument value '${format}' ` +
      'is not a valid enum value of type KeyFormat.';
    if (typeof e.stack === 'string') e.stack = e.stack.replace(e.message, msg);
    e.message = msg;
    throw e;
  }
}

function requireArgs(n, want, method) {
  if (n < want) {
    const e = new ERR_MISSING_ARGS('x');
    const msg = `Failed to execute '${method}' on 'SubtleCrypto': ${want} arguments required, but only ${n} present.`;
    e.message = msg;
    throw e;
  }
}

const kUsages = ['encrypt', 'decrypt', 'sign', 'verify', 'deriveKey', 'deriveBits', 'wrapKey', 'unwrapKey'];
const kNth = ['1st', '2nd', '3rd', '4th', '5th', '6th', '7th'];

// checkUsages is WebIDL's sequence<KeyUsage> conversion of argument n.
function checkUsageEnum(usages, method, n) {
  if (usages == null || typeof usages[Symbol.iterator] !== 'function' || typeof usages === 'string') {
    const e = new ERR_INVALID_ARG_TYPE('keyUsages', 'Array', usages);
    const msg = `Failed to execute '${method}' on 'SubtleCrypto': ${kNth[n - 1]} argument can not be converted to sequence.`;
    e.message = msg;
    throw e;
  }
  const list = [...usages];
  list.forEach((u, i) => {
    if (!kUsages.includes(u)) {
      const e = new ERR_INVALID_ARG_VALUE('keyUsages', u);
      const msg = `Failed to execute '${method}' on 'SubtleCrypto': ${kNth[n - 1]} argument, index ${i} ` +
        `value '${u}' is not a valid enum value of type KeyUsage.`;
      if (typeof e.stack === 'string') e.stack = e.stack.replace(e.message, msg);
      e.message = msg;
      throw e;
    }
  });
  return list;
}

const methods = {
  digest: [2, digest],
  generateKey: [3, (algorithm, extractable, usages) =>
    generateKey(algorithm, !!extractable, checkUsageEnum(usages, 'generateKey', 3))],
  importKey: [5, (format, keyData, algorithm, extractable, usages) => {
    checkFormat(format, 'importKey');
    if (format !== 'jwk') bufferSource(keyData, 'keyData');
    return importKey(format, keyData, algorithm, !!extractable, checkUsageEnum(usages, 'importKey', 5));
  }],
  exportKey: [2, (format, key) => {
    checkFormat(format, 'exportKey');
    return exportKey(format, key);
  }],
  sign: [3, sign],
  verify: [4, verify],
  encrypt: [3, encrypt],
  decrypt: [3, decrypt],
  deriveBits: [3, deriveBits],
  deriveKey: [5, (a, k, d, extractable, usages) =>
    deriveKey(a, k, d, !!extractable, checkUsageEnum(usages, 'deriveKey', 5))],
  wrapKey: [4, wrapKey],
  unwrapKey: [7, (f, w, k, a, u, extractable, usages) =>
    unwrapKey(f, w, k, a, u, !!extractable, checkUsageEnum(usages, 'unwrapKey', 7))],
};

// call runs SubtleCrypto method `name`: every failure, argument errors
// included, becomes a rejection, as in node.
function call(name, args) {
  const [want, fn] = methods[name];
  try {
    requireArgs(args.length, want, name);
    return fn(...args);
  } catch (e) {
    return Promise.reject(e);
  }
}

function isCryptoKey(v) { return v !== null && typeof v === 'object' && v[kAlgorithm] !== undefined; }

module.exports = {
  call,
  isCryptoKey,
  createCryptoKey,
  keyType,
  keyExtractable,
  keyAlgorithm,
  keyUsages,
  toBuf,
};
