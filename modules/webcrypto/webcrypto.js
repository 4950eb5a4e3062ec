// The `crypto` global's Web Crypto objects (Crypto, CryptoKey,
// SubtleCrypto): https://nodejs.org/api/webcrypto.html. SubtleCrypto's
// operations and CryptoKey's state live in the crypto module's
// internal/crypto/webcrypto, loaded on first use so that the global costs
// nothing at start-up.
'use strict';

const {
  codes: {
    ERR_ILLEGAL_CONSTRUCTOR,
    ERR_INVALID_THIS,
    ERR_MISSING_ARGS,
  },
} = require('internal/errors');

const kConstruct = Symbol('kConstruct');
const kMaxRandomBytes = 65536;

// Integer-typed views only (WebCrypto's "integer-type TypedArray").
const integerTypes = new Set(['Int8Array', 'Uint8Array', 'Uint8ClampedArray', 'Int16Array',
  'Uint16Array', 'Int32Array', 'Uint32Array', 'BigInt64Array', 'BigUint64Array']);

// The %TypedArray%.prototype[@@toStringTag] getter names a typed array
// and gives undefined for anything else, without trusting user props.
const typedArrayTag = Object.getOwnPropertyDescriptor(
  Object.getPrototypeOf(Uint8Array.prototype), Symbol.toStringTag).get;

function typedArrayName(v) {
  return typedArrayTag.call(v);
}

function missingArgs(method, iface) {
  const e = new ERR_MISSING_ARGS('data');
  const msg = `Failed to execute '${method}' on '${iface}': 1 argument required, but only 0 present.`;
  if (typeof e.stack === 'string') e.stack = e.stack.replace(e.message, msg);
  e.message = msg;
  return e;
}

class Crypto {
  constructor(token) {
    if (token !== kConstruct) throw new ERR_ILLEGAL_CONSTRUCTOR();
  }

  get subtle() {
    if (!(this instanceof Crypto)) throw new ERR_INVALID_THIS('Crypto');
    return subtle;
  }

  getRandomValues(data) {
    if (!(this instanceof Crypto)) throw new ERR_INVALID_THIS('Crypto');
    if (arguments.length < 1) throw missingArgs('getRandomValues', 'Crypto');
    if (!integerTypes.has(typedArrayName(data))) {
      throw new DOMException('The data argument must be an integer-type TypedArray',
                             'TypeMismatchError');
    }
    if (data.byteLength > kMaxRandomBytes) {
      throw new DOMException('The requested length exceeds 65,536 bytes', 'QuotaExceededError');
    }
    binding.fill(data.buffer, data.byteOffset, data.byteLength);
    return data;
  }

  randomUUID() {
    if (!(this instanceof Crypto)) throw new ERR_INVALID_THIS('Crypto');
    return binding.uuid();
  }
}

let subtleImpl;
function impl() {
  subtleImpl ??= require('internal/crypto/webcrypto');
  return subtleImpl;
}

// isKey tells a real CryptoKey (made by internal/crypto/webcrypto) from
// an object that merely inherits the prototype.
function isKey(v) {
  return v !== null && typeof v === 'object' && v instanceof CryptoKey && impl().isCryptoKey(v);
}

class CryptoKey {
  constructor() {
    throw new ERR_ILLEGAL_CONSTRUCTOR();
  }

  get type() {
    if (!isKey(this)) throw new ERR_INVALID_THIS('CryptoKey');
    return impl().keyType(this);
  }

  get extractable() {
    if (!isKey(this)) throw new ERR_INVALID_THIS('CryptoKey');
    return impl().keyExtractable(this);
  }

  get algorithm() {
    if (!isKey(this)) throw new ERR_INVALID_THIS('CryptoKey');
    return impl().keyAlgorithm(this);
  }

  get usages() {
    if (!isKey(this)) throw new ERR_INVALID_THIS('CryptoKey');
    return impl().keyUsages(this);
  }

  // Node shows a key's four attributes (lib/internal/crypto/keys.js).
  [Symbol.for('nodejs.util.inspect.custom')](depth, options, inspect) {
    if (depth < 0) return this;
    const opts = { ...options, depth: options.depth == null ? null : options.depth - 1 };
    return `CryptoKey ${inspect({
      type: this.type,
      extractable: this.extractable,
      algorithm: this.algorithm,
      usages: this.usages,
    }, opts)}`;
  }
}

class SubtleCrypto {
  constructor(token) {
    if (token !== kConstruct) throw new ERR_ILLEGAL_CONSTRUCTOR();
  }
}
for (const name of ['encrypt', 'decrypt', 'sign', 'verify', 'digest', 'generateKey', 'deriveKey',
  'deriveBits', 'importKey', 'exportKey', 'wrapKey', 'unwrapKey']) {
  const method = {
    [name]() {
      if (!(this instanceof SubtleCrypto)) {
        return Promise.reject(new ERR_INVALID_THIS('SubtleCrypto'));
      }
      return impl().call(name, Array.prototype.slice.call(arguments));
    },
  }[name];
  Object.defineProperty(SubtleCrypto.prototype, name, {
    value: method, writable: true, enumerable: true, configurable: true,
  });
}

for (const [C, tag, names] of [
  [Crypto, 'Crypto', ['subtle', 'getRandomValues', 'randomUUID']],
  [CryptoKey, 'CryptoKey', ['type', 'extractable', 'algorithm', 'usages']],
  [SubtleCrypto, 'SubtleCrypto', []],
]) {
  for (const n of names) {
    Object.defineProperty(C.prototype, n, { enumerable: true });
  }
  Object.defineProperty(C.prototype, Symbol.toStringTag, { value: tag, configurable: true });
}

const subtle = new SubtleCrypto(kConstruct);
const crypto = new Crypto(kConstruct);

module.exports = { crypto, Crypto, CryptoKey, SubtleCrypto };
