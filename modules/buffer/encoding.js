'use strict';
// internal/encoding: TextEncoder and TextDecoder
// (https://encoding.spec.whatwg.org/, https://nodejs.org/api/util.html#class-utiltextdecoder).
// Decoders: utf-8, utf-16le, utf-16be and windows-1252 (which the spec
// also names latin1, ascii, iso-8859-1…); streaming keeps the bytes of an
// unfinished character until the next call.

const {
  codes: { ERR_ENCODING_INVALID_ENCODED_DATA, ERR_ENCODING_NOT_SUPPORTED, ERR_INVALID_ARG_TYPE, ERR_INVALID_THIS },
  validateObject,
  kValidateObjectAllowObjectsAndNull,
} = require('internal/errors');

const customInspect = Symbol.for('nodejs.util.inspect.custom');
const kEncoding = Symbol('encoding');
const kFatal = Symbol('fatal');
const kIgnoreBOM = Symbol('ignoreBOM');
const kPending = Symbol('pending');
const kBOMSeen = Symbol('BOMSeen');

const labels = Object.create(null);
for (const [enc, names] of [
  ['utf-8', ['unicode-1-1-utf-8', 'unicode11utf8', 'unicode20utf8', 'utf-8', 'utf8', 'x-unicode20utf8']],
  ['utf-16le', ['csunicode', 'iso-10646-ucs-2', 'ucs-2', 'unicode', 'unicodefeff', 'utf-16', 'utf-16le']],
  ['utf-16be', ['unicodefffe', 'utf-16be']],
  ['windows-1252', ['ansi_x3.4-1968', 'ascii', 'cp1252', 'cp819', 'csisolatin1', 'ibm819', 'iso-8859-1',
    'iso-ir-100', 'iso8859-1', 'iso88591', 'iso_8859-1', 'iso_8859-1:1987', 'l1', 'latin1', 'us-ascii',
    'windows-1252', 'x-cp1252']],
]) {
  for (const n of names) labels[n] = enc;
}

// getEncodingFromLabel trims ASCII whitespace and lowercases, as the
// spec's "get an encoding" does.
function getEncodingFromLabel(label) {
  const enc = labels[label];
  if (enc !== undefined) return enc;
  return labels[label.replace(/^[\t\n\f\r ]+|[\t\n\f\r ]+$/g, '').toLowerCase()];
}

class TextEncoder {
  get encoding() {
    if (!(this instanceof TextEncoder)) throw new ERR_INVALID_THIS('TextEncoder');
    return 'utf-8';
  }

  encode(input = '') {
    if (!(this instanceof TextEncoder)) throw new ERR_INVALID_THIS('TextEncoder');
    return new Uint8Array(binding.fromString(`${input}`, 1));
  }

  encodeInto(src, dest) {
    if (!(this instanceof TextEncoder)) throw new ERR_INVALID_THIS('TextEncoder');
    if (typeof src !== 'string') src = `${src}`;
    if (!(dest instanceof Uint8Array)) throw new ERR_INVALID_ARG_TYPE('dest', 'Uint8Array', dest);
    const r = binding.encodeInto(src, dest);
    return { read: r[0], written: r[1] };
  }

  [customInspect](depth, opts, inspect) {
    if (typeof depth === 'number' && depth < 0) return this;
    return inspect({ encoding: this.encoding }, opts);
  }
}
for (const name of ['encode', 'encodeInto', 'encoding']) {
  Object.defineProperty(TextEncoder.prototype, name, { enumerable: true });
}
Object.defineProperty(TextEncoder.prototype, Symbol.toStringTag, {
  __proto__: null, configurable: true, value: 'TextEncoder',
});

function isDecoder(obj) {
  return obj != null && obj[kEncoding] !== undefined;
}

function invalidInput(input) {
  const err = new ERR_INVALID_ARG_TYPE('list', ['SharedArrayBuffer', 'ArrayBuffer', 'ArrayBufferView'], input);
  // Node throws this one from C++, without the "Received" part.
  err.message = 'The "list" argument must be an instance of SharedArrayBuffer, ArrayBuffer or ArrayBufferView.';
  return err;
}

function bytesOf(input) {
  if (ArrayBuffer.isView(input)) return new Uint8Array(input.buffer, input.byteOffset, input.byteLength);
  // Only a real ArrayBuffer passes: new Uint8Array() would also accept any
  // array-like ({}, an Error) as Node's C++ decoder does not. The byteLength
  // getter is the brand check (it throws on anything else).
  try {
    arrayBufferByteLength.call(input);
  } catch {
    throw invalidInput(input);
  }
  return new Uint8Array(input);
}

const arrayBufferByteLength =
  Object.getOwnPropertyDescriptor(ArrayBuffer.prototype, 'byteLength').get;

class TextDecoder {
  constructor(encoding = 'utf-8', options = {}) {
    encoding = `${encoding}`;
    validateObject(options, 'options', kValidateObjectAllowObjectsAndNull);
    const enc = getEncodingFromLabel(encoding);
    if (enc === undefined) throw new ERR_ENCODING_NOT_SUPPORTED(encoding);
    this[kEncoding] = enc;
    this[kFatal] = Boolean(options?.fatal);
    this[kIgnoreBOM] = Boolean(options?.ignoreBOM);
    this[kPending] = null;
    this[kBOMSeen] = false;
  }

  decode(input = new Uint8Array(0), options = {}) {
    if (!isDecoder(this)) throw new ERR_INVALID_THIS('TextDecoder');
    if (input === null || typeof input !== 'object') throw invalidInput(input);
    let bytes = bytesOf(input);
    const stream = Boolean(options?.stream);
    const enc = this[kEncoding];
    if (enc === 'windows-1252') return binding.decodeLatin1(bytes);

    const pending = this[kPending];
    if (pending !== null) {
      const joined = new Uint8Array(pending.length + bytes.length);
      joined.set(pending, 0);
      joined.set(bytes, pending.length);
      bytes = joined;
      this[kPending] = null;
    }
    const utf8 = enc === 'utf-8';
    const be = enc === 'utf-16be';
    if (stream) {
      const hold = utf8 ? binding.utf8Pending(bytes) : binding.utf16Pending(bytes, be);
      if (hold > 0) {
        this[kPending] = bytes.slice(bytes.length - hold);
        bytes = bytes.subarray(0, bytes.length - hold);
      }
    }
    let out;
    if (utf8) {
      if (this[kFatal] && !binding.isUtf8(bytes)) out = null;
      else out = binding.toString(bytes, 1, 0, bytes.length);
    } else {
      out = binding.decodeUTF16(bytes, be, this[kFatal]);
    }
    if (out === null) {
      this[kPending] = null;
      this[kBOMSeen] = false;
      throw new ERR_ENCODING_INVALID_ENCODED_DATA(enc);
    }
    if (!this[kBOMSeen] && out.length > 0) {
      if (!this[kIgnoreBOM] && out.charCodeAt(0) === 0xFEFF) out = out.slice(1);
      this[kBOMSeen] = true;
    }
    if (!stream) this[kBOMSeen] = false;
    return out;
  }

  get encoding() {
    if (!isDecoder(this)) throw new ERR_INVALID_THIS('TextDecoder');
    return this[kEncoding];
  }

  get fatal() {
    if (!isDecoder(this)) throw new ERR_INVALID_THIS('TextDecoder');
    return this[kFatal];
  }

  get ignoreBOM() {
    if (!isDecoder(this)) throw new ERR_INVALID_THIS('TextDecoder');
    return this[kIgnoreBOM];
  }

  [customInspect](depth, opts, inspect) {
    if (typeof depth === 'number' && depth < 0) return this;
    const obj = { __proto__: { constructor: TextDecoder } };
    obj.encoding = this.encoding;
    obj.fatal = this.fatal;
    obj.ignoreBOM = this.ignoreBOM;
    return `TextDecoder ${inspect(obj)}`;
  }
}
for (const name of ['decode', 'encoding', 'fatal', 'ignoreBOM']) {
  Object.defineProperty(TextDecoder.prototype, name, { enumerable: true });
}
Object.defineProperty(TextDecoder.prototype, Symbol.toStringTag, {
  __proto__: null, configurable: true, value: 'TextDecoder',
});

module.exports = { TextEncoder, TextDecoder, getEncodingFromLabel };
