// internal/crypto/util: helpers the crypto shims share (node's
// lib/internal/crypto/util.js and lib/internal/streams/lazy_transform.js).
'use strict';

const { Buffer } = require('buffer');
const {
  codes: {
    ERR_CRYPTO_INVALID_KEY_OBJECT_TYPE,
    ERR_INVALID_ARG_TYPE,
  },
  hideStackFrames,
  validateString,
} = require('internal/errors');
const { isAnyArrayBuffer, isArrayBufferView } = require('util').types;

// stream loads with the first Hash, Hmac or cipher object, not with
// crypto: LazyTransform's prototype joins Transform's then.
let Transform;
function loadTransform() {
  if (Transform === undefined) {
    Transform = require('stream').Transform;
    Object.setPrototypeOf(LazyTransform.prototype, Transform.prototype);
    Object.setPrototypeOf(LazyTransform, Transform);
  }
}

function getDefaultEncoding() { return 'buffer'; }

// toBuf is an ArrayBuffer from the binding as a Buffer sharing its memory.
function toBuf(ab) { return Buffer.from(ab); }

// encodeOut applies a digest's output encoding; node's C++ side returns a
// Buffer for 'buffer' and for any encoding it does not know.
function encodeOut(buf, encoding) {
  if (encoding && encoding !== 'buffer' && Buffer.isEncoding(encoding)) return buf.toString(encoding);
  return buf;
}

// withMessage gives a coded error the message node's C++ side words.
function withMessage(e, msg) {
  if (typeof e.stack === 'string') e.stack = e.stack.replace(e.message, msg);
  e.message = msg;
  return e;
}

const getArrayBufferOrView = hideStackFrames((buffer, name, encoding) => {
  if (isAnyArrayBuffer(buffer)) return buffer;
  if (typeof buffer === 'string') {
    if (encoding === 'buffer') encoding = 'utf8';
    return Buffer.from(buffer, encoding);
  }
  if (!isArrayBufferView(buffer)) {
    throw new ERR_INVALID_ARG_TYPE(name, ['string', 'ArrayBuffer', 'Buffer', 'TypedArray', 'DataView'], buffer);
  }
  return buffer;
});

// ---- LazyTransform: the stream half is built on first use ---------------

function LazyTransform(options) {
  loadTransform();
  this._options = options;
}

function makeGetter(name) {
  return function() {
    Transform.call(this, this._options);
    this._writableState.decodeStrings = false;
    if (!this._options || !this._options.defaultEncoding) {
      this._writableState.defaultEncoding = getDefaultEncoding();
    }
    return this[name];
  };
}
function makeSetter(name) {
  return function(val) {
    Object.defineProperty(this, name, { value: val, enumerable: true, configurable: true, writable: true });
  };
}
Object.defineProperties(LazyTransform.prototype, {
  _readableState: { get: makeGetter('_readableState'), set: makeSetter('_readableState'), configurable: true, enumerable: true },
  _writableState: { get: makeGetter('_writableState'), set: makeSetter('_writableState'), configurable: true, enumerable: true },
  _transformState: { get: makeGetter('_transformState'), set: makeSetter('_transformState'), configurable: true, enumerable: true },
});

function osslError(message, code) {
  const e = new Error(message);
  if (code) {
    const m = /^error:[0-9A-F]+:([^:]*)::(.*)$/.exec(message);
    if (m) {
      e.library = m[1];
      e.reason = m[2];
    }
    e.code = code;
  }
  return e;
}

function getStringOption(options, key) {
  let value;
  if (options && (value = options[key]) != null) validateString(value, `options.${key}`);
  return value;
}

// prepareSecretKey accepts a secret KeyObject or CryptoKey, or bytes.
function prepareSecretKey(key, encoding, bufferOnly = false) {
  if (!bufferOnly) {
    const keys = require('internal/crypto/keys');
    if (keys.isKeyObject(key)) {
      if (key.type !== 'secret') throw new ERR_CRYPTO_INVALID_KEY_OBJECT_TYPE(key.type, 'secret');
      return keys.secretBytes(key);
    } else if (keys.isCryptoKey(key)) {
      if (key.type !== 'secret') throw new ERR_CRYPTO_INVALID_KEY_OBJECT_TYPE(key.type, 'secret');
      return keys.secretBytes(keys.keyObjectOf(key));
    }
  }
  if (typeof key !== 'string' && !isArrayBufferView(key) && !isAnyArrayBuffer(key)) {
    throw new ERR_INVALID_ARG_TYPE('key', bufferOnly ? ['ArrayBuffer', 'Buffer', 'TypedArray', 'DataView'] :
      ['string', 'ArrayBuffer', 'Buffer', 'TypedArray', 'DataView', 'KeyObject', 'CryptoKey'], key);
  }
  return getArrayBufferOrView(key, 'key', encoding);
}

module.exports = {
  LazyTransform, loadTransform, getArrayBufferOrView, getDefaultEncoding, toBuf, encodeOut, osslError,
  getStringOption, prepareSecretKey, withMessage,
};
