'use strict';
// internal/blob: Blob and File (https://nodejs.org/api/buffer.html#class-blob).
// A blob holds one immutable copy of its bytes; slices share it.

const {
  codes: {
    ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE, ERR_INVALID_THIS, ERR_MISSING_ARGS, ERR_BUFFER_TOO_LARGE,
    ERR_NOT_IMPLEMENTED,
  },
  validateDictionary,
} = require('internal/errors');
const { isAnyArrayBuffer, isArrayBufferView } = require('internal/buffer');

const kMaxLength = 2 ** 32;
const kBytes = Symbol('kBytes');
const kType = Symbol('kType');
const kState = Symbol('kState');
const customInspect = Symbol.for('nodejs.util.inspect.custom');
const disallowedTypeCharacters = /[^\u0020-\u007E]/;

let encoder;
function encodeUTF8(s) {
  if (encoder === undefined) {
    const { TextEncoder } = require('internal/encoding');
    encoder = new TextEncoder();
  }
  return encoder.encode(s);
}

function getSource(source, endings) {
  if (isBlob(source)) return source[kBytes];
  if (isAnyArrayBuffer(source)) {
    source = new Uint8Array(source);
  } else if (!isArrayBufferView(source)) {
    source = `${source}`;
    if (endings === 'native') source = source.replace(/\r?\n/g, process.platform === 'win32' ? '\r\n' : '\n');
    return encodeUTF8(source);
  }
  return new Uint8Array(source.buffer, source.byteOffset, source.byteLength).slice();
}

function isBlob(object) {
  return object != null && object[kBytes] !== undefined;
}

class Blob {
  constructor(sources = [], options) {
    if (sources === null || typeof sources[Symbol.iterator] !== 'function' || typeof sources === 'string') {
      throw new ERR_INVALID_ARG_TYPE('sources', 'a sequence', sources);
    }
    validateDictionary(options, 'options');
    let { type = '', endings = 'transparent' } = options ?? {};
    endings = `${endings}`;
    if (endings !== 'transparent' && endings !== 'native') {
      throw new ERR_INVALID_ARG_VALUE('options.endings', endings);
    }
    const parts = [];
    let length = 0;
    for (const source of sources) {
      const bytes = getSource(source, endings);
      length += bytes.byteLength;
      parts.push(bytes);
    }
    if (length > kMaxLength) throw new ERR_BUFFER_TOO_LARGE(kMaxLength);
    let bytes;
    if (parts.length === 1) {
      bytes = parts[0];
    } else {
      bytes = new Uint8Array(length);
      let pos = 0;
      for (const p of parts) {
        bytes.set(p, pos);
        pos += p.byteLength;
      }
    }
    this[kBytes] = bytes;
    type = `${type}`;
    this[kType] = disallowedTypeCharacters.test(type) ? '' : type.toLowerCase();
  }

  [customInspect](depth, options, inspect) {
    if (depth < 0) return this;
    const opts = { ...options, depth: options.depth == null ? null : options.depth - 1 };
    return `Blob ${inspect({ size: this.size, type: this.type }, opts)}`;
  }

  get type() {
    if (!isBlob(this)) throw new ERR_INVALID_THIS('Blob');
    return this[kType];
  }

  get size() {
    if (!isBlob(this)) throw new ERR_INVALID_THIS('Blob');
    return this[kBytes].byteLength;
  }

  slice(start = 0, end = this[kBytes].byteLength, contentType = '') {
    if (!isBlob(this)) throw new ERR_INVALID_THIS('Blob');
    const size = this[kBytes].byteLength;
    start = relative(start, size);
    end = relative(end, size);
    const b = new Blob();
    b[kBytes] = this[kBytes].subarray(start, Math.max(start, end));
    contentType = `${contentType}`;
    b[kType] = disallowedTypeCharacters.test(contentType) ? '' : contentType.toLowerCase();
    return b;
  }

  arrayBuffer() {
    if (!isBlob(this)) return Promise.reject(new ERR_INVALID_THIS('Blob'));
    const bytes = this[kBytes];
    return Promise.resolve(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength));
  }

  bytes() {
    if (!isBlob(this)) return Promise.reject(new ERR_INVALID_THIS('Blob'));
    return Promise.resolve(this[kBytes].slice());
  }

  text() {
    if (!isBlob(this)) return Promise.reject(new ERR_INVALID_THIS('Blob'));
    const { TextDecoder } = require('internal/encoding');
    return Promise.resolve(new TextDecoder().decode(this[kBytes]));
  }

  stream() {
    if (!isBlob(this)) throw new ERR_INVALID_THIS('Blob');
    const RS = globalThis.ReadableStream;
    if (typeof RS !== 'function') throw new ERR_NOT_IMPLEMENTED('Blob.prototype.stream');
    const bytes = this[kBytes];
    return new RS({
      type: 'bytes',
      start(controller) {
        if (bytes.byteLength > 0) controller.enqueue(bytes.slice());
        controller.close();
      },
    });
  }
}

// relative clamps a slice index, negative values counting from the end.
function relative(n, size) {
  n = Math.trunc(+n) || 0;
  if (n < 0) return Math.max(size + n, 0);
  return Math.min(n, size);
}

Object.defineProperty(Blob.prototype, Symbol.toStringTag, {
  __proto__: null, configurable: true, value: 'Blob',
});
for (const name of ['type', 'size', 'slice', 'arrayBuffer', 'text', 'stream']) {
  const d = Object.getOwnPropertyDescriptor(Blob.prototype, name);
  d.enumerable = true;
  Object.defineProperty(Blob.prototype, name, d);
}

class File extends Blob {
  constructor(fileBits, fileName, options = {}) {
    if (arguments.length < 2) throw new ERR_MISSING_ARGS('fileBits', 'fileName');
    super(fileBits, options);
    let { lastModified } = options ?? {};
    if (lastModified !== undefined) {
      lastModified = +lastModified;
      if (Number.isNaN(lastModified)) lastModified = 0;
    } else {
      lastModified = Date.now();
    }
    this[kState] = { name: `${fileName}`, lastModified };
  }

  get name() {
    if (!(this instanceof File) || this[kState] === undefined) throw new ERR_INVALID_THIS('File');
    return this[kState].name;
  }

  get lastModified() {
    if (!(this instanceof File) || this[kState] === undefined) throw new ERR_INVALID_THIS('File');
    return this[kState].lastModified;
  }

  [customInspect](depth, options, inspect) {
    if (depth < 0) return this;
    const opts = { ...options, depth: options.depth == null ? null : options.depth - 1 };
    return `File ${inspect({
      size: this.size,
      type: this.type,
      name: this.name,
      lastModified: this.lastModified,
    }, opts)}`;
  }
}
Object.defineProperty(File.prototype, Symbol.toStringTag, {
  __proto__: null, configurable: true, value: 'File',
});
for (const name of ['name', 'lastModified']) {
  const d = Object.getOwnPropertyDescriptor(File.prototype, name);
  d.enumerable = true;
  Object.defineProperty(File.prototype, name, d);
}

// buffer.resolveObjectURL: the registry of blob:nodedata: URLs lives with
// URL.createObjectURL in internal/url. Node hands back a new Blob over the
// registered one's data, not the registered object itself.
function resolveObjectURL(url) {
  url = `${url}`;
  const blob = require('internal/url').resolveObjectURL(url);
  if (blob === undefined) return undefined;
  return new Blob([blob], { type: blob.type });
}

module.exports = { Blob, File, resolveObjectURL, isBlob };
