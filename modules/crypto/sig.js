// internal/crypto/sig: Sign and Verify, the one-shot sign/verify and RSA
// encryption (node's lib/internal/crypto/sig.js and the public-key half
// of cipher.js), over keys from internal/crypto/keys.
'use strict';

const { Buffer } = require('buffer');
const {
  codes: {
    ERR_CRYPTO_INVALID_DIGEST,
    ERR_CRYPTO_SIGN_KEY_REQUIRED,
    ERR_INVALID_ARG_TYPE,
    ERR_INVALID_ARG_VALUE,
  },
  validateEncoding,
  validateFunction,
  validateString,
} = require('internal/errors');
const { isArrayBufferView } = require('util').types;
const { getArrayBufferOrView, toBuf, withMessage } = require('internal/crypto/util');
const { prepareAsymmetricKey, kConsumePublic, kConsumePrivate } = require('internal/crypto/keys');

// ---- Sign and Verify -----------------------------------------------------

let Writable;
function loadWritable() {
  Writable ??= require('stream').Writable;
  return Writable;
}

function invalidDigest() {
  return withMessage(new ERR_CRYPTO_INVALID_DIGEST('x'), 'Invalid digest');
}

function initSigner(self, algorithm, options) {
  validateString(algorithm, 'algorithm');
  if (binding.digestSize(algorithm) < 0) throw invalidDigest();
  self._algorithm = algorithm;
  self._chunks = [];
  Reflect.apply(loadWritable(), self, [options]);
}

function signerUpdate(data, encoding) {
  encoding = encoding || 'buffer';
  if (typeof data === 'string') {
    validateEncoding(data, encoding);
    data = Buffer.from(data, Buffer.isEncoding(encoding) ? encoding : 'utf8');
  } else if (!isArrayBufferView(data)) {
    throw new ERR_INVALID_ARG_TYPE('data', ['string', 'Buffer', 'TypedArray', 'DataView'], data);
  } else {
    data = Buffer.from(data.buffer, data.byteOffset, data.byteLength);
  }
  this._chunks.push(Buffer.from(data));
  return this;
}

function getIntOption(name, options) {
  const value = options[name];
  if (value !== undefined) {
    if (value === value >> 0) return value;
    throw new ERR_INVALID_ARG_VALUE(`options.${name}`, value);
  }
  return undefined;
}

function getP1363(options) {
  if (typeof options === 'object' && options !== null) {
    const { dsaEncoding = 'der' } = options;
    if (dsaEncoding === 'der') return false;
    if (dsaEncoding === 'ieee-p1363') return true;
    throw new ERR_INVALID_ARG_VALUE('options.dsaEncoding', dsaEncoding);
  }
  return false;
}

function sigOptions(options) {
  const padding = getIntOption('padding', options);
  const saltLength = getIntOption('saltLength', options);
  return { padding: padding ?? 0, saltLength: saltLength ?? -1000, p1363: getP1363(options) };
}

function Sign(algorithm, options) {
  if (!(this instanceof Sign)) return new Sign(algorithm, options);
  initSigner(this, algorithm, options);
}

function Verify(algorithm, options) {
  if (!(this instanceof Verify)) return new Verify(algorithm, options);
  initSigner(this, algorithm, options);
}

let signersReady = false;
function setUpSigners() {
  if (signersReady) return;
  signersReady = true;
  const W = loadWritable();
  for (const C of [Sign, Verify]) {
    Object.setPrototypeOf(C.prototype, W.prototype);
    Object.setPrototypeOf(C, W);
    C.prototype._write = function _write(chunk, encoding, callback) {
      this.update(chunk, encoding);
      callback();
    };
    C.prototype.update = signerUpdate;
  }
}

Sign.prototype.sign = function sign(options, encoding) {
  if (!options) throw new ERR_CRYPTO_SIGN_KEY_REQUIRED();
  const h = prepareAsymmetricKey(options, kConsumePrivate);
  const { padding, saltLength, p1363 } = sigOptions(options);
  const ret = toBuf(binding.sign(h, this._algorithm, Buffer.concat(this._chunks), padding, saltLength, p1363));
  encoding = encoding || 'buffer';
  if (encoding && encoding !== 'buffer') return ret.toString(encoding);
  return ret;
};

Verify.prototype.verify = function verify(options, signature, sigEncoding) {
  const h = prepareAsymmetricKey(options, kConsumePublic);
  sigEncoding = sigEncoding || 'buffer';
  const { padding, saltLength, p1363 } = sigOptions(options);
  signature = getArrayBufferOrView(signature, 'signature', sigEncoding);
  return binding.verify(h, this._algorithm, Buffer.concat(this._chunks), signature, padding, saltLength, p1363);
};

function createSign(algorithm, options) {
  setUpSigners();
  return new Sign(algorithm, options);
}

function createVerify(algorithm, options) {
  setUpSigners();
  return new Verify(algorithm, options);
}

function signOneShot(algorithm, data, key, callback) {
  if (algorithm != null) validateString(algorithm, 'algorithm');
  if (callback !== undefined) validateFunction(callback, 'callback');
  data = getArrayBufferOrView(data, 'data');
  if (!key) throw new ERR_CRYPTO_SIGN_KEY_REQUIRED();
  const { padding, saltLength, p1363 } = sigOptions(key);
  const h = prepareAsymmetricKey(key, kConsumePrivate);
  if (algorithm != null && binding.digestSize(algorithm) < 0) throw invalidDigest();
  let sig, err;
  try {
    sig = toBuf(binding.sign(h, algorithm ?? null, data, padding, saltLength, p1363));
  } catch (e) {
    err = e;
  }
  if (!callback) {
    if (err) throw err;
    return sig;
  }
  process.nextTick(() => (err ? callback(err) : callback(null, sig)));
}

function verifyOneShot(algorithm, data, key, signature, callback) {
  if (algorithm != null) validateString(algorithm, 'algorithm');
  if (callback !== undefined) validateFunction(callback, 'callback');
  data = getArrayBufferOrView(data, 'data');
  if (!isArrayBufferView(data)) throw new ERR_INVALID_ARG_TYPE('data', ['Buffer', 'TypedArray', 'DataView'], data);
  const { padding, saltLength, p1363 } = sigOptions(key);
  if (!isArrayBufferView(signature)) {
    throw new ERR_INVALID_ARG_TYPE('signature', ['Buffer', 'TypedArray', 'DataView'], signature);
  }
  const h = prepareAsymmetricKey(key, kConsumePublic);
  if (algorithm != null && binding.digestSize(algorithm) < 0) throw invalidDigest();
  let ok, err;
  try {
    ok = binding.verify(h, algorithm ?? null, data, signature, padding, saltLength, p1363);
  } catch (e) {
    err = e;
  }
  if (!callback) {
    if (err) throw err;
    return ok;
  }
  process.nextTick(() => (err ? callback(err) : callback(null, ok)));
}

// ---- RSA encryption ------------------------------------------------------

function rsaFunctionFor(op, defaultPadding, keyType) {
  return (options, buffer) => {
    const h = prepareAsymmetricKey(options, keyType === 'private' ? kConsumePrivate : kConsumePublic);
    const padding = options.padding || defaultPadding;
    const { oaepHash, encoding } = options;
    let { oaepLabel } = options;
    if (oaepHash !== undefined) validateString(oaepHash, 'key.oaepHash');
    if (oaepLabel !== undefined) oaepLabel = getArrayBufferOrView(oaepLabel, 'key.oaepLabel', encoding);
    buffer = getArrayBufferOrView(buffer, 'buffer', encoding);
    // Node 20 refuses PKCS#1 v1.5 decryption (the Marvin attack,
    // CVE-2023-46809).
    if (op === 'privateDecrypt' && padding === 1) {
      const e = new ERR_INVALID_ARG_VALUE('padding', padding);
      const msg = 'RSA_PKCS1_PADDING is no longer supported for private decryption,' +
        ' this can be reverted with --security-revert=CVE-2023-46809';
      throw withMessage(e, msg);
    }
    if (binding.keyInfo(h).type !== 'rsa' && binding.keyInfo(h).type !== 'rsa-pss') {
      const e = new Error('error:03000096:digital envelope routines::operation not supported for this keytype');
      e.library = 'digital envelope routines';
      e.reason = 'operation not supported for this keytype';
      e.code = 'ERR_OSSL_EVP_OPERATION_NOT_SUPPORTED_FOR_THIS_KEYTYPE';
      throw e;
    }
    return toBuf(binding.rsaCrypt(op, h, buffer, padding, oaepHash || 'sha1', oaepLabel ?? null));
  };
}

const publicEncrypt = rsaFunctionFor('publicEncrypt', 4, 'public');
const publicDecrypt = rsaFunctionFor('publicDecrypt', 1, 'public');
const privateEncrypt = rsaFunctionFor('privateEncrypt', 1, 'private');
const privateDecrypt = rsaFunctionFor('privateDecrypt', 4, 'private');

module.exports = {
  createSign,
  createVerify,
  signOneShot,
  verifyOneShot,
  Sign,
  Verify,
  privateDecrypt,
  privateEncrypt,
  publicDecrypt,
  publicEncrypt,
};
