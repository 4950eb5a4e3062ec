// internal/crypto/dh: DiffieHellman and DiffieHellmanGroup (node's
// lib/internal/crypto/diffiehellman.js); the arithmetic is Go's math/big.
'use strict';

const { Buffer } = require('buffer');
const {
  codes: {
    ERR_CRYPTO_INVALID_KEYLEN,
    ERR_CRYPTO_INVALID_STATE,
    ERR_CRYPTO_UNKNOWN_DH_GROUP,
    ERR_INVALID_ARG_TYPE,
  },
  validateInt32,
} = require('internal/errors');
const { isAnyArrayBuffer, isArrayBufferView } = require('util').types;
const { getArrayBufferOrView, osslError, toBuf, withMessage } = require('internal/crypto/util');

const kState = Symbol('kHandle');
const DH_GENERATOR = 2;

function dhError(reason, hex) {
  return osslError(`error:${hex}:Diffie-Hellman routines::${reason}`,
                   `ERR_OSSL_DH_${reason.toUpperCase().replace(/ /g, '_')}`);
}

function bytesOf(v, encoding) {
  if (typeof v === 'string') return Buffer.from(v, encoding === 'buffer' ? 'utf8' : encoding);
  if (isAnyArrayBuffer(v)) return Buffer.from(v);
  return Buffer.from(v.buffer, v.byteOffset, v.byteLength);
}

function defineVerifyError(self) {
  Object.defineProperty(self, 'verifyError', {
    __proto__: null, enumerable: true, value: self[kState].verifyError, writable: true, configurable: true,
  });
  // Own properties come first in node's inspection.
  const h = self[kState];
  delete self[kState];
  self[kState] = h;
}

// The state sits where node keeps its native handle, and inspects as it
// does: `[Symbol(kHandle)]: DiffieHellman { verifyError: [Getter] }`.
const HandleProto = class DiffieHellman {}.prototype;

function hide(self, state) {
  const h = Object.create(HandleProto);
  for (const [k, v] of Object.entries(state)) {
    if (k !== 'verifyError') Object.defineProperty(h, k, { value: v, writable: true, enumerable: false });
  }
  Object.defineProperty(h, 'verifyError', { get() { return state.verifyError; }, enumerable: true });
  self[kState] = h;
}

function DiffieHellman(sizeOrKey, keyEncoding, generator, genEncoding) {
  if (!(this instanceof DiffieHellman)) return new DiffieHellman(sizeOrKey, keyEncoding, generator, genEncoding);
  if (typeof sizeOrKey !== 'number' && typeof sizeOrKey !== 'string' &&
      !isArrayBufferView(sizeOrKey) && !isAnyArrayBuffer(sizeOrKey)) {
    throw new ERR_INVALID_ARG_TYPE('sizeOrKey',
      ['number', 'string', 'ArrayBuffer', 'Buffer', 'TypedArray', 'DataView'], sizeOrKey);
  }
  if (typeof sizeOrKey === 'number') validateInt32(sizeOrKey, 'sizeOrKey');
  if (keyEncoding && !Buffer.isEncoding(keyEncoding) && keyEncoding !== 'buffer') {
    genEncoding = generator;
    generator = keyEncoding;
    keyEncoding = false;
  }
  keyEncoding = keyEncoding || 'buffer';
  genEncoding = genEncoding || 'buffer';
  if (!generator) {
    generator = DH_GENERATOR;
  } else if (typeof generator === 'number') {
    validateInt32(generator, 'generator');
  } else if (typeof generator === 'string') {
    generator = bytesOf(generator, genEncoding);
  } else if (!isArrayBufferView(generator) && !isAnyArrayBuffer(generator)) {
    throw new ERR_INVALID_ARG_TYPE('generator',
      ['number', 'string', 'ArrayBuffer', 'Buffer', 'TypedArray', 'DataView'], generator);
  }
  let g;
  if (typeof generator === 'number') {
    if (generator < 2) throw dhError('bad generator', '02800065');
    g = Buffer.from(generator.toString(16).padStart(8, '0'), 'hex');
  } else {
    g = bytesOf(generator);
    if (!g.some((b, i) => (i < g.length - 1 ? b !== 0 : b > 1))) throw dhError('bad generator', '02800065');
  }
  let p;
  if (typeof sizeOrKey === 'number') {
    // OpenSSL 3 generates no group smaller than 512 bits.
    if (sizeOrKey < 512) throw dhError('modulus too small', '0280007E');
    p = toBuf(binding.dhPrime(sizeOrKey, typeof generator === 'number' ? generator : 0));
  } else {
    p = bytesOf(sizeOrKey, keyEncoding);
  }
  hide(this, { p, g, priv: null, pub: null, verifyError: binding.dhCheck(p, g) });
  defineVerifyError(this);
}

function DiffieHellmanGroup(name) {
  if (!(this instanceof DiffieHellmanGroup)) return new DiffieHellmanGroup(name);
  const p = binding.dhGroup(String(name));
  if (p === null) throw new ERR_CRYPTO_UNKNOWN_DH_GROUP();
  const g = Buffer.from([DH_GENERATOR]);
  hide(this, { p: toBuf(p), g, priv: null, pub: null, verifyError: binding.dhCheck(p, g) });
  defineVerifyError(this);
}

function encode(buffer, encoding) {
  if (encoding && encoding !== 'buffer') return buffer.toString(encoding);
  return buffer;
}

function stripZeros(buf) {
  let i = 0;
  while (i < buf.length - 1 && buf[i] === 0) i++;
  return buf.subarray(i);
}

const proto = {
  generateKeys(encoding) {
    const s = this[kState];
    const [priv, pub] = binding.dhKeys(s.p, s.g, s.priv);
    s.priv = toBuf(priv);
    s.pub = toBuf(pub);
    return encode(Buffer.from(s.pub), encoding);
  },
  computeSecret(key, inEnc, outEnc) {
    key = getArrayBufferOrView(key, 'key', inEnc);
    const s = this[kState];
    if (s.priv === null) throw withMessage(new ERR_CRYPTO_INVALID_STATE('x'), 'Not initialized');
    const ret = binding.dhSecret(s.p, s.priv, key);
    if (ret === 'small') throw withMessage(new ERR_CRYPTO_INVALID_KEYLEN(), 'Supplied key is too small');
    if (ret === 'large') throw withMessage(new ERR_CRYPTO_INVALID_KEYLEN(), 'Supplied key is too large');
    return encode(toBuf(ret), outEnc);
  },
  getPrime(encoding) { return encode(Buffer.from(this[kState].p), encoding); },
  getGenerator(encoding) { return encode(Buffer.from(stripZeros(this[kState].g)), encoding); },
  getPublicKey(encoding) {
    const s = this[kState];
    if (s.pub === null) {
      throw withMessage(new ERR_CRYPTO_INVALID_STATE('x'), 'No public key - did you forget to generate one?');
    }
    return encode(Buffer.from(s.pub), encoding);
  },
  getPrivateKey(encoding) {
    const s = this[kState];
    if (s.priv === null) {
      throw withMessage(new ERR_CRYPTO_INVALID_STATE('x'), 'No private key - did you forget to generate one?');
    }
    return encode(Buffer.from(s.priv), encoding);
  },
};

for (const [name, fn] of Object.entries(proto)) {
  DiffieHellman.prototype[name] = fn;
  DiffieHellmanGroup.prototype[name] = fn;
}

DiffieHellman.prototype.setPublicKey = function setPublicKey(key, encoding) {
  this[kState].pub = Buffer.from(getArrayBufferOrView(key, 'key', encoding));
  return this;
};

DiffieHellman.prototype.setPrivateKey = function setPrivateKey(key, encoding) {
  this[kState].priv = Buffer.from(getArrayBufferOrView(key, 'key', encoding));
  return this;
};

function createDiffieHellman(sizeOrKey, keyEncoding, generator, genEncoding) {
  return new DiffieHellman(sizeOrKey, keyEncoding, generator, genEncoding);
}

function createDiffieHellmanGroup(name) {
  return new DiffieHellmanGroup(name);
}

module.exports = {
  DiffieHellman,
  DiffieHellmanGroup,
  createDiffieHellman,
  createDiffieHellmanGroup,
  getDiffieHellman: createDiffieHellmanGroup,
};
