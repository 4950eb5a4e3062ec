// internal/crypto/cipher: Cipheriv and Decipheriv, getCipherInfo (node's
// lib/internal/crypto/cipher.js); the ciphers themselves are Go.
'use strict';

const { Buffer } = require('buffer');
const {
  codes: {
    ERR_CRYPTO_INVALID_AUTH_TAG,
    ERR_CRYPTO_INVALID_IV,
    ERR_CRYPTO_INVALID_KEYLEN,
    ERR_CRYPTO_INVALID_STATE,
    ERR_CRYPTO_UNKNOWN_CIPHER,
    ERR_INTERNAL_ASSERTION,
    ERR_INVALID_ARG_TYPE,
    ERR_INVALID_ARG_VALUE,
    ERR_MISSING_ARGS,
  },
  validateEncoding,
  validateInt32,
  validateObject,
  validateString,
} = require('internal/errors');
const { isArrayBufferView } = require('util').types;
const {
  LazyTransform, getArrayBufferOrView, getDefaultEncoding, toBuf, getStringOption, prepareSecretKey,
  withMessage,
} = require('internal/crypto/util');

const kHandle = Symbol('kHandle');
const kTagLen = Symbol('kTagLen');
const kTagSet = Symbol('kTagSet');
const kDone = Symbol('kDone');
const kFamily = Symbol('kFamily');

// The native handle's class, for inspection only.
binding.setHandleProto('cipher', class CipherBase {}.prototype);

let StringDecoder;
function getDecoder(decoder, encoding) {
  StringDecoder ??= require('string_decoder').StringDecoder;
  const fresh = new StringDecoder(encoding);
  if (decoder && decoder.encoding !== fresh.encoding) {
    throw new ERR_INTERNAL_ASSERTION('Cannot change encoding');
  }
  return decoder || fresh;
}

function getUIntOption(options, key) {
  let value;
  if (options && (value = options[key]) != null) {
    if (value >>> 0 !== value) throw new ERR_INVALID_ARG_VALUE(`options.${key}`, value);
    return value;
  }
  return -1;
}

// invalidState is ERR_CRYPTO_INVALID_STATE as node's C++ raises it, with
// no operation named.
function invalidState() {
  return withMessage(new ERR_CRYPTO_INVALID_STATE('x'), 'Invalid state');
}

function badTagLength(n) {
  return withMessage(new ERR_CRYPTO_INVALID_AUTH_TAG(), `Invalid authentication tag length: ${n}`);
}

function validTagLength(family, n) {
  if (family === 'chacha20-poly1305') return n >= 1 && n <= 16;
  if (family === 'ccm') return n >= 4 && n <= 16 && n % 2 === 0;
  if (family === 'ocb') return n >= 1 && n <= 16;
  return n === 4 || n === 8 || (n >= 12 && n <= 16);
}

// OpenSSL's input limit per update call (an int).
const kMaxInput = 2 ** 31 - 1;

function createCipherBase(cipher, key, options, decrypt, iv) {
  const authTagLength = getUIntOption(options, 'authTagLength');
  const info = binding.cipherInfo(cipher);
  if (info === undefined) throw new ERR_CRYPTO_UNKNOWN_CIPHER();
  const h = binding.cipherNew(cipher, key, iv, !decrypt, authTagLength);
  if (h === 'cipher') throw new ERR_CRYPTO_UNKNOWN_CIPHER();
  if (h === 'key') throw new ERR_CRYPTO_INVALID_KEYLEN();
  if (h === 'iv') throw new ERR_CRYPTO_INVALID_IV();
  const family = info.name === 'chacha20-poly1305' ? info.name : info.mode;
  if ((family === 'ccm' || family === 'ocb') && authTagLength === -1) {
    throw withMessage(new ERR_CRYPTO_INVALID_AUTH_TAG(), `authTagLength required for ${cipher}`);
  }
  if (h.aead && authTagLength !== -1 && !validTagLength(family, authTagLength)) {
    throw badTagLength(authTagLength);
  }
  this[kHandle] = h;
  // Node keeps this state in C++; hidden here so instances inspect alike.
  Object.defineProperties(this, {
    [kTagLen]: { value: authTagLength },
    [kTagSet]: { value: false, writable: true },
    [kDone]: { value: false, writable: true },
    [kFamily]: { value: family },
  });
  this._decoder = null;
  Reflect.apply(LazyTransform, this, [options]);
}

function createCipherWithIV(cipher, key, options, decrypt, iv) {
  validateString(cipher, 'cipher');
  const encoding = getStringOption(options, 'encoding');
  key = prepareSecretKey(key, encoding);
  iv = iv === null ? null : getArrayBufferOrView(iv, 'iv');
  Reflect.apply(createCipherBase, this, [cipher, key, options, decrypt, iv]);
}

function Cipheriv(cipher, key, iv, options) {
  if (!(this instanceof Cipheriv)) return new Cipheriv(cipher, key, iv, options);
  Reflect.apply(createCipherWithIV, this, [cipher, key, options, false, iv]);
}

function addCipherPrototypeFunctions(C) {
  C.prototype._transform = function _transform(chunk, encoding, callback) {
    try {
      this.push(this.update(chunk, encoding));
    } catch (e) {
      callback(e);
      return;
    }
    callback();
  };
  C.prototype._flush = function _flush(callback) {
    try {
      this.push(this.final());
    } catch (e) {
      callback(e);
      return;
    }
    callback();
  };
  C.prototype.update = function update(data, inputEncoding, outputEncoding) {
    const encoding = getDefaultEncoding();
    inputEncoding = inputEncoding || encoding;
    outputEncoding = outputEncoding || encoding;
    if (typeof data === 'string') {
      validateEncoding(data, inputEncoding);
    } else if (!isArrayBufferView(data)) {
      throw new ERR_INVALID_ARG_TYPE('data', ['string', 'Buffer', 'TypedArray', 'DataView'], data);
    }
    if (this[kDone]) throw new Error('Trying to add data in unsupported state');
    if (typeof data === 'string') {
      // Node's C++ side reads an unknown encoding as UTF-8.
      data = Buffer.from(data, Buffer.isEncoding(inputEncoding) ? inputEncoding : 'utf8');
    }
    if (data.byteLength >= kMaxInput) throw new Error('Trying to add data in unsupported state');
    const ret = toBuf(this[kHandle].update(data));
    if (outputEncoding && outputEncoding !== 'buffer') {
      this._decoder = getDecoder(this._decoder, outputEncoding);
      return this._decoder.write(ret);
    }
    return ret;
  };
  C.prototype.final = function final(outputEncoding) {
    outputEncoding = outputEncoding || getDefaultEncoding();
    if (this[kDone]) throw invalidState();
    this[kDone] = true;
    const ret = toBuf(this[kHandle].final());
    if (outputEncoding && outputEncoding !== 'buffer') {
      this._decoder = getDecoder(this._decoder, outputEncoding);
      return this._decoder.end(ret);
    }
    return ret;
  };
  C.prototype.setAutoPadding = function setAutoPadding(ap) {
    if (this[kDone]) throw new ERR_CRYPTO_INVALID_STATE('setAutoPadding');
    // Stream ciphers have no padding to change, which OpenSSL allows.
    this[kHandle].setAutoPadding(!!ap);
    return this;
  };
  C.prototype.setAAD = function setAAD(aadbuf, options) {
    const encoding = getStringOption(options, 'encoding');
    const plaintextLength = getUIntOption(options, 'plaintextLength');
    aadbuf = getArrayBufferOrView(aadbuf, 'aadbuf', encoding);
    if (this[kFamily] === 'ccm' && plaintextLength === -1) {
      throw withMessage(new ERR_MISSING_ARGS('x'), 'options.plaintextLength required for CCM mode with AAD');
    }
    if (this[kDone] || !this[kHandle].setAAD(aadbuf, plaintextLength === -1 ? undefined : plaintextLength)) {
      throw new ERR_CRYPTO_INVALID_STATE('setAAD');
    }
    return this;
  };
}

Object.setPrototypeOf(Cipheriv.prototype, LazyTransform.prototype);
Object.setPrototypeOf(Cipheriv, LazyTransform);
addCipherPrototypeFunctions(Cipheriv);

Cipheriv.prototype.getAuthTag = function getAuthTag() {
  const ret = this[kDone] && this[kHandle].aead ? this[kHandle].getAuthTag() : undefined;
  if (ret === undefined) throw new ERR_CRYPTO_INVALID_STATE('getAuthTag');
  return toBuf(ret);
};

function Decipheriv(cipher, key, iv, options) {
  if (!(this instanceof Decipheriv)) return new Decipheriv(cipher, key, iv, options);
  Reflect.apply(createCipherWithIV, this, [cipher, key, options, true, iv]);
}
Object.setPrototypeOf(Decipheriv.prototype, LazyTransform.prototype);
Object.setPrototypeOf(Decipheriv, LazyTransform);
addCipherPrototypeFunctions(Decipheriv);

Decipheriv.prototype.setAuthTag = function setAuthTag(tagbuf, encoding) {
  tagbuf = getArrayBufferOrView(tagbuf, 'buffer', encoding);
  if (this[kDone] || !this[kHandle].aead || this[kTagSet]) {
    throw new ERR_CRYPTO_INVALID_STATE('setAuthTag');
  }
  const n = tagbuf.byteLength;
  const want = this[kTagLen];
  if ((want !== -1 && n !== want) || !validTagLength(this[kFamily], n)) throw badTagLength(n);
  this[kTagSet] = true;
  this[kHandle].setAuthTag(tagbuf);
  return this;
};

function createCipheriv(cipher, key, iv, options) {
  return new Cipheriv(cipher, key, iv, options);
}

function createDecipheriv(cipher, key, iv, options) {
  return new Decipheriv(cipher, key, iv, options);
}

// evpBytesToKey is OpenSSL's EVP_BytesToKey with MD5, one round and no
// salt: how createCipher turns a password into a key and IV.
function evpBytesToKey(password, keyLen, ivLen) {
  const out = [];
  let have = 0;
  let prev = Buffer.alloc(0);
  while (have < keyLen + ivLen) {
    const h = binding.hashNew('md5');
    binding.hashUpdate(h, prev);
    binding.hashUpdate(h, password);
    prev = toBuf(binding.hashDigest(h));
    out.push(prev);
    have += prev.length;
  }
  const all = Buffer.concat(out);
  return { key: all.subarray(0, keyLen), iv: all.subarray(keyLen, keyLen + ivLen) };
}

function createCipherWithPassword(cipher, password, options, decrypt) {
  validateString(cipher, 'cipher');
  const encoding = getStringOption(options, 'encoding');
  password = prepareSecretKey(password, encoding);
  const info = binding.cipherInfo(cipher);
  if (info === undefined) throw new ERR_CRYPTO_UNKNOWN_CIPHER();
  if (!decrypt && (info.mode === 'ctr' || info.mode === 'gcm' || info.mode === 'ccm')) {
    process.emitWarning(`Use Cipheriv for counter mode of ${cipher}`);
  }
  const view = isArrayBufferView(password) ? password : new Uint8Array(password);
  const { key, iv } = evpBytesToKey(view, info.keyLength, info.ivLength || 0);
  Reflect.apply(createCipherBase, this, [cipher, key, options, decrypt, info.ivLength ? iv : null]);
}

function Cipher(cipher, password, options) {
  if (!(this instanceof Cipher)) return new Cipher(cipher, password, options);
  Reflect.apply(createCipherWithPassword, this, [cipher, password, options, false]);
}
Object.setPrototypeOf(Cipher.prototype, LazyTransform.prototype);
Object.setPrototypeOf(Cipher, LazyTransform);
addCipherPrototypeFunctions(Cipher);
Cipher.prototype.getAuthTag = Cipheriv.prototype.getAuthTag;

function Decipher(cipher, password, options) {
  if (!(this instanceof Decipher)) return new Decipher(cipher, password, options);
  Reflect.apply(createCipherWithPassword, this, [cipher, password, options, true]);
}
Object.setPrototypeOf(Decipher.prototype, LazyTransform.prototype);
Object.setPrototypeOf(Decipher, LazyTransform);
addCipherPrototypeFunctions(Decipher);
Decipher.prototype.setAuthTag = Decipheriv.prototype.setAuthTag;

function createCipher(cipher, password, options) {
  return new Cipher(cipher, password, options);
}

function createDecipher(cipher, password, options) {
  return new Decipher(cipher, password, options);
}

function getCipherInfo(nameOrNid, options) {
  if (typeof nameOrNid !== 'string' && typeof nameOrNid !== 'number') {
    throw new ERR_INVALID_ARG_TYPE('nameOrNid', ['string', 'number'], nameOrNid);
  }
  if (typeof nameOrNid === 'number') validateInt32(nameOrNid, 'nameOrNid');
  let keyLength, ivLength;
  if (options !== undefined) {
    validateObject(options, 'options');
    ({ keyLength, ivLength } = options);
    if (keyLength !== undefined) validateInt32(keyLength, 'options.keyLength');
    if (ivLength !== undefined) validateInt32(ivLength, 'options.ivLength');
  }
  let name = nameOrNid;
  if (typeof nameOrNid === 'number') {
    name = binding.getCiphers().find((n) => binding.cipherInfo(n).nid === nameOrNid);
    if (name === undefined) return undefined;
  }
  const info = binding.cipherInfo(name);
  if (info === undefined) return undefined;
  if (keyLength !== undefined && keyLength !== info.keyLength) return undefined;
  if (ivLength !== undefined) {
    // Only modes with a variable IV accept another length.
    if (info.mode === 'gcm' || info.mode === 'ccm' || info.mode === 'ocb') {
      if (!binding.ivValid(name, ivLength)) return undefined;
    } else if (ivLength !== (info.ivLength || 0)) {
      return undefined;
    }
    info.ivLength = ivLength;
  }
  return info;
}

module.exports = {
  Cipheriv,
  Decipheriv,
  Cipher,
  Decipher,
  createCipheriv,
  createDecipheriv,
  createCipher,
  createDecipher,
  getCipherInfo,
};
