'use strict';
// node:buffer. Buffer is Node's design: a function whose prototype is
// FastBuffer.prototype, FastBuffer being a plain subclass of Uint8Array,
// so every Buffer is a real Uint8Array. Byte loops live in the Go binding;
// this file validates arguments and picks the code path, following
// lib/buffer.js (see https://nodejs.org/api/buffer.html).

const {
  codes: {
    ERR_BUFFER_OUT_OF_BOUNDS,
    ERR_INVALID_ARG_TYPE,
    ERR_INVALID_ARG_VALUE,
    ERR_INVALID_BUFFER_SIZE,
    ERR_OUT_OF_RANGE,
    ERR_MISSING_ARGS,
    ERR_UNKNOWN_ENCODING,
  },
  validateArray,
  validateBuffer,
  validateInteger,
  validateNumber,
  validateString,
} = require('internal/errors');
const internal = require('internal/buffer');
const { FastBuffer, encodingOf, encodingNames, isUint8Array, isArrayBufferView, isAnyArrayBuffer } = internal;

const kMaxLength = 2 ** 32;
const kStringMaxLength = 536870888;
const constants = Object.defineProperties({}, {
  MAX_LENGTH: { value: kMaxLength, writable: false, enumerable: true },
  MAX_STRING_LENGTH: { value: kStringMaxLength, writable: false, enumerable: true },
});
let INSPECT_MAX_BYTES = 50;

const UTF8 = 1, UCS2 = 2, LATIN1 = 3, ASCII = 4, BASE64 = 5, BASE64URL = 6, HEX = 7;
const customInspectSymbol = Symbol.for('nodejs.util.inspect.custom');

const validateOffset = (value, name, min = 0, max = kMaxLength) => validateInteger(value, name, min, max);

// The pool: small allocUnsafe/from results are slices of one shared
// ArrayBuffer, as in Node (Buffer.poolSize; buf.buffer is the pool).
let poolSize, poolOffset, allocPool;
function createPool() {
  poolSize = Buffer.poolSize;
  allocPool = new ArrayBuffer(poolSize);
  binding.markUntransferable(allocPool);
  poolOffset = 0;
}
function alignPool() {
  if (poolOffset & 0x7) {
    poolOffset |= 0x7;
    poolOffset++;
  }
}

function Buffer(arg, encodingOrOffset, length) {
  showFlaggedDeprecation();
  if (typeof arg === 'number') {
    if (typeof encodingOrOffset === 'string') {
      throw new ERR_INVALID_ARG_TYPE('string', 'string', arg);
    }
    return Buffer.alloc(arg);
  }
  return Buffer.from(arg, encodingOrOffset, length);
}

Object.defineProperty(Buffer, Symbol.species, {
  __proto__: null, enumerable: false, configurable: true, get() { return FastBuffer; },
});

let bufferWarningEmitted = false;
let nodeModulesCheckCounter = 0;
// DEP0005 is emitted once, and not for code inside node_modules (Node
// checks the first caller frame that is not its own, and stops checking
// after 10000 calls).
function showFlaggedDeprecation() {
  if (bufferWarningEmitted || ++nodeModulesCheckCounter > 10000) return;
  const stack = new Error().stack || '';
  const lines = stack.split('\n');
  for (let i = 1; i < lines.length; i++) {
    const line = lines[i];
    if (line.includes('node:') || line.includes('(native)')) continue;
    if (/[\\/]node_modules[\\/]/.test(line)) return;
    break;
  }
  bufferWarningEmitted = true;
  process.emitWarning(
    'Buffer() is deprecated due to security and usability issues. Please ' +
    'use the Buffer.alloc(), Buffer.allocUnsafe(), or Buffer.from() methods instead.',
    'DeprecationWarning', 'DEP0005');
}

Buffer.poolSize = 8 * 1024;

Buffer.from = function from(value, encodingOrOffset, length) {
  if (typeof value === 'string') return fromString(value, encodingOrOffset);
  if (typeof value === 'object' && value !== null) {
    if (isAnyArrayBuffer(value)) return fromArrayBuffer(value, encodingOrOffset, length);
    const valueOf = value.valueOf && value.valueOf();
    if (valueOf != null && valueOf !== value &&
        (typeof valueOf === 'string' || typeof valueOf === 'object')) {
      return from(valueOf, encodingOrOffset, length);
    }
    const b = fromObject(value);
    if (b) return b;
    if (typeof value[Symbol.toPrimitive] === 'function') {
      const primitive = value[Symbol.toPrimitive]('string');
      if (typeof primitive === 'string') return fromString(primitive, encodingOrOffset);
    }
  }
  throw new ERR_INVALID_ARG_TYPE('first argument',
                                 ['string', 'Buffer', 'ArrayBuffer', 'Array', 'Array-like Object'], value);
};

Buffer.copyBytesFrom = function copyBytesFrom(view, offset, length) {
  if (!isArrayBufferView(view) || view[Symbol.toStringTag] === undefined) {
    throw new ERR_INVALID_ARG_TYPE('view', ['TypedArray'], view);
  }
  const viewLength = view.length;
  if (viewLength === 0) return Buffer.alloc(0);
  if (offset !== undefined || length !== undefined) {
    if (offset !== undefined) {
      validateInteger(offset, 'offset', 0);
      if (offset >= viewLength) return Buffer.alloc(0);
    } else {
      offset = 0;
    }
    let end;
    if (length !== undefined) {
      validateInteger(length, 'length', 0);
      end = offset + length;
    } else {
      end = viewLength;
    }
    view = view.subarray(offset, end);
  }
  const b = new FastBuffer(view.byteLength);
  binding.copy(view, 0, view.byteLength, b, 0);
  return b;
};

Buffer.of = function of(...items) {
  const b = createUnsafeBuffer(items.length);
  for (let k = 0; k < items.length; k++) b[k] = items[k];
  return b;
};

Object.setPrototypeOf(Buffer, Uint8Array);

Buffer.alloc = function alloc(size, fill, encoding) {
  validateNumber(size, 'size', 0, kMaxLength);
  if (fill !== undefined && fill !== 0 && size > 0) {
    const buf = createUnsafeBuffer(size);
    return _fill(buf, fill, 0, buf.length, encoding);
  }
  return new FastBuffer(size);
};

Buffer.allocUnsafe = function allocUnsafe(size) {
  validateNumber(size, 'size', 0, kMaxLength);
  return allocate(size);
};

Buffer.allocUnsafeSlow = function allocUnsafeSlow(size) {
  validateNumber(size, 'size', 0, kMaxLength);
  return createUnsafeBuffer(size);
};

function SlowBuffer(size) {
  validateNumber(size, 'size', 0, kMaxLength);
  return createUnsafeBuffer(size);
}
Object.setPrototypeOf(SlowBuffer.prototype, Uint8Array.prototype);
Object.setPrototypeOf(SlowBuffer, Uint8Array);

// goja zero-fills every new ArrayBuffer, so "unsafe" is only a name here.
function createUnsafeBuffer(size) {
  return new FastBuffer(size);
}

function allocate(size) {
  if (size <= 0) return new FastBuffer();
  if (size < (Buffer.poolSize >>> 1)) {
    if (size > (poolSize - poolOffset)) createPool();
    const b = new FastBuffer(allocPool, poolOffset, size);
    poolOffset += size;
    alignPool();
    return b;
  }
  return createUnsafeBuffer(size);
}

// fromStringFast writes short strings straight into the pool (one Go
// call, one buffer made) and gives long ones an ArrayBuffer of their own.
function fromStringFast(string, enc) {
  const maxLength = Buffer.poolSize >>> 1;
  let length = string.length;
  if (length >= maxLength) return new FastBuffer(binding.fromString(string, enc));
  length *= 4;
  if (length >= maxLength) {
    length = byteLengthOf(string, enc);
    if (length >= maxLength) return new FastBuffer(binding.fromString(string, enc));
  }
  if (length > (poolSize - poolOffset)) createPool();
  const actual = binding.write(allocPool, string, enc, poolOffset, length);
  const b = new FastBuffer(allocPool, poolOffset, actual);
  poolOffset += actual;
  alignPool();
  return b;
}

function fromString(string, encoding) {
  let enc;
  if (typeof encoding !== 'string' || encoding.length === 0) {
    if (string.length === 0) return new FastBuffer();
    enc = UTF8;
  } else {
    enc = encodingOf(encoding);
    if (enc === 0) throw new ERR_UNKNOWN_ENCODING(encoding);
    if (string.length === 0) return new FastBuffer();
  }
  return fromStringFast(string, enc);
}

function fromArrayBuffer(obj, byteOffset, length) {
  if (byteOffset === undefined) {
    byteOffset = 0;
  } else {
    byteOffset = +byteOffset;
    if (Number.isNaN(byteOffset)) byteOffset = 0;
  }
  const maxLength = obj.byteLength - byteOffset;
  if (maxLength < 0) throw new ERR_BUFFER_OUT_OF_BOUNDS('offset');
  if (length === undefined) {
    length = maxLength;
  } else {
    length = +length;
    if (length > 0) {
      if (length > maxLength) throw new ERR_BUFFER_OUT_OF_BOUNDS('length');
    } else {
      length = 0;
    }
  }
  return new FastBuffer(obj, byteOffset, length);
}

function fromArrayLike(obj) {
  if (obj.length <= 0) return new FastBuffer();
  if (obj.length < (Buffer.poolSize >>> 1)) {
    if (obj.length > (poolSize - poolOffset)) createPool();
    const b = new FastBuffer(allocPool, poolOffset, obj.length);
    if (isUint8Array(obj)) binding.copy(obj, 0, obj.length, b, 0);
    else b.set(obj, 0);
    poolOffset += obj.length;
    alignPool();
    return b;
  }
  if (isUint8Array(obj)) {
    const b = new FastBuffer(obj.length);
    binding.copy(obj, 0, obj.length, b, 0);
    return b;
  }
  return new FastBuffer(obj);
}

function fromObject(obj) {
  if (obj.length !== undefined || isAnyArrayBuffer(obj.buffer)) {
    if (typeof obj.length !== 'number') return new FastBuffer();
    return fromArrayLike(obj);
  }
  if (obj.type === 'Buffer' && Array.isArray(obj.data)) return fromArrayLike(obj.data);
}

Buffer.isBuffer = function isBuffer(b) {
  return b instanceof Buffer;
};

Buffer.compare = function compare(buf1, buf2) {
  if (!isUint8Array(buf1)) throw new ERR_INVALID_ARG_TYPE('buf1', ['Buffer', 'Uint8Array'], buf1);
  if (!isUint8Array(buf2)) throw new ERR_INVALID_ARG_TYPE('buf2', ['Buffer', 'Uint8Array'], buf2);
  if (buf1 === buf2) return 0;
  return binding.compare(buf1, 0, buf1.length, buf2, 0, buf2.length);
};

Buffer.isEncoding = function isEncoding(encoding) {
  return typeof encoding === 'string' && encoding.length !== 0 && encodingNames[encoding.toLowerCase()] !== undefined;
};
Buffer[Symbol.for('kIsEncodingSymbol')] = Buffer.isEncoding;

Buffer.concat = function concat(list, length) {
  validateArray(list, 'list');
  if (list.length === 0) return new FastBuffer();
  if (length === undefined) {
    length = 0;
    for (let i = 0; i < list.length; i++) {
      if (list[i].length) length += list[i].length;
    }
  } else {
    validateOffset(length, 'length');
  }
  const buffer = Buffer.allocUnsafe(length);
  let pos = 0;
  for (let i = 0; i < list.length; i++) {
    const buf = list[i];
    if (!isUint8Array(buf)) {
      throw new ERR_INVALID_ARG_TYPE(`list[${i}]`, ['Buffer', 'Uint8Array'], list[i]);
    }
    pos += copyActual(buf, buffer, pos, 0, buf.length);
  }
  if (pos < length) buffer.fill(0, pos, length);
  return buffer;
};

function base64ByteLength(str, bytes) {
  if (str.charCodeAt(bytes - 1) === 0x3D) bytes--;
  if (bytes > 1 && str.charCodeAt(bytes - 1) === 0x3D) bytes--;
  return (bytes * 3) >>> 2;
}

function byteLengthOf(string, enc) {
  switch (enc) {
    case UCS2: return string.length * 2;
    case LATIN1: case ASCII: return string.length;
    case BASE64: case BASE64URL: return base64ByteLength(string, string.length);
    case HEX: return string.length >>> 1;
  }
  return binding.byteLengthUtf8(string);
}

function byteLength(string, encoding) {
  if (typeof string !== 'string') {
    if (isArrayBufferView(string) || isAnyArrayBuffer(string)) return string.byteLength;
    throw new ERR_INVALID_ARG_TYPE('string', ['string', 'Buffer', 'ArrayBuffer'], string);
  }
  const len = string.length;
  const mustMatch = (arguments.length > 2 && arguments[2] === true);
  if (!mustMatch && len === 0) return 0;
  if (!encoding) return (mustMatch ? -1 : binding.byteLengthUtf8(string));
  const enc = encodingOf(encoding);
  if (enc === 0) return (mustMatch ? -1 : binding.byteLengthUtf8(string));
  return byteLengthOf(string, enc);
}
Buffer.byteLength = byteLength;

function copyImpl(source, target, targetStart, sourceStart, sourceEnd) {
  if (!isUint8Array(source)) throw new ERR_INVALID_ARG_TYPE('source', ['Buffer', 'Uint8Array'], source);
  if (!isUint8Array(target)) throw new ERR_INVALID_ARG_TYPE('target', ['Buffer', 'Uint8Array'], target);
  if (targetStart === undefined) {
    targetStart = 0;
  } else {
    targetStart = Number.isInteger(targetStart) ? targetStart : toInteger(targetStart, 0);
    if (targetStart < 0) throw new ERR_OUT_OF_RANGE('targetStart', '>= 0', targetStart);
  }
  if (sourceStart === undefined) {
    sourceStart = 0;
  } else {
    sourceStart = Number.isInteger(sourceStart) ? sourceStart : toInteger(sourceStart, 0);
    if (sourceStart < 0 || sourceStart > source.byteLength) {
      throw new ERR_OUT_OF_RANGE('sourceStart', `>= 0 && <= ${source.byteLength}`, sourceStart);
    }
  }
  if (sourceEnd === undefined) {
    sourceEnd = source.byteLength;
  } else {
    sourceEnd = Number.isInteger(sourceEnd) ? sourceEnd : toInteger(sourceEnd, 0);
    if (sourceEnd < 0) throw new ERR_OUT_OF_RANGE('sourceEnd', '>= 0', sourceEnd);
  }
  if (targetStart >= target.byteLength || sourceStart >= sourceEnd) return 0;
  return copyActual(source, target, targetStart, sourceStart, sourceEnd);
}

function toInteger(n, defaultVal) {
  n = +n;
  if (!Number.isNaN(n) && n >= Number.MIN_SAFE_INTEGER && n <= Number.MAX_SAFE_INTEGER) {
    return ((n % 1) === 0 ? n : Math.floor(n));
  }
  return defaultVal;
}

function copyActual(source, target, targetStart, sourceStart, sourceEnd) {
  if (sourceEnd - sourceStart > target.byteLength - targetStart) {
    sourceEnd = sourceStart + target.byteLength - targetStart;
  }
  let nb = sourceEnd - sourceStart;
  const sourceLen = source.byteLength - sourceStart;
  if (nb > sourceLen) nb = sourceLen;
  if (nb <= 0) return 0;
  binding.copy(source, sourceStart, sourceStart + nb, target, targetStart);
  return nb;
}

const proto = Buffer.prototype = FastBuffer.prototype;
FastBuffer.prototype.constructor = Buffer;
internal.addBufferPrototypeMethods(proto);

Object.defineProperty(proto, 'parent', {
  __proto__: null,
  enumerable: true,
  get() {
    if (!(this instanceof Buffer)) return undefined;
    return this.buffer;
  },
});
Object.defineProperty(proto, 'offset', {
  __proto__: null,
  enumerable: true,
  get() {
    if (!(this instanceof Buffer)) return undefined;
    return this.byteOffset;
  },
});


proto.copy = function copy(target, targetStart, sourceStart, sourceEnd) {
  return copyImpl(this, target, targetStart, sourceStart, sourceEnd);
};

proto.toString = function toString(encoding, start, end) {
  if (arguments.length === 0) return binding.toString(this, UTF8, 0, this.length);
  const len = this.length;
  if (start <= 0) start = 0;
  else if (start >= len) return '';
  else start = Math.trunc(start) || 0;
  if (end === undefined || end > len) end = len;
  else end = Math.trunc(end) || 0;
  if (end <= start) return '';
  if (encoding === undefined) return binding.toString(this, UTF8, start, end);
  const enc = encodingOf(encoding);
  if (enc === 0) throw new ERR_UNKNOWN_ENCODING(encoding);
  return binding.toString(this, enc, start, end);
};

proto.equals = function equals(otherBuffer) {
  if (!isUint8Array(otherBuffer)) {
    throw new ERR_INVALID_ARG_TYPE('otherBuffer', ['Buffer', 'Uint8Array'], otherBuffer);
  }
  if (this === otherBuffer) return true;
  const len = this.byteLength;
  if (len !== otherBuffer.byteLength) return false;
  return len === 0 || binding.compare(this, 0, len, otherBuffer, 0, len) === 0;
};

// Hex pairs of the first INSPECT_MAX_BYTES bytes, then the buffer's own
// non-index properties, as Node prints them.
proto[customInspectSymbol] = function inspect(recurseTimes, ctx) {
  const max = INSPECT_MAX_BYTES;
  const actualMax = Math.min(max, this.length);
  const remaining = this.length - max;
  let str = binding.toString(this, HEX, 0, actualMax).replace(/(.{2})/g, '$1 ').trim();
  if (remaining > 0) str += ` ... ${remaining} more byte${remaining > 1 ? 's' : ''}`;
  if (ctx) {
    let extras = false;
    const obj = { __proto__: null };
    for (const key of ownNonIndexKeys(this, ctx.showHidden)) {
      extras = true;
      obj[key] = this[key];
    }
    if (extras) {
      if (this.length !== 0) str += ', ';
      // '[Object: null prototype] {'.length === 26
      str += require('util').inspect(obj, { ...ctx, breakLength: Infinity, compact: true }).slice(27, -2);
    }
  }
  return `<${this.constructor.name} ${str}>`;
};
proto.inspect = proto[customInspectSymbol];

const indexKey = /^(?:0|[1-9][0-9]*)$/;
function ownNonIndexKeys(obj, showHidden) {
  const names = showHidden ? Object.getOwnPropertyNames(obj) : Object.keys(obj);
  // Own keys list the indices first; only the tail can hold others.
  let start = names.length;
  while (start > 0 && !indexKey.test(names[start - 1])) start--;
  const keys = names.slice(start);
  for (const sym of Object.getOwnPropertySymbols(obj)) {
    if (showHidden || Object.prototype.propertyIsEnumerable.call(obj, sym)) keys.push(sym);
  }
  return keys;
}

proto.compare = function compare(target, targetStart, targetEnd, sourceStart, sourceEnd) {
  if (!isUint8Array(target)) throw new ERR_INVALID_ARG_TYPE('target', ['Buffer', 'Uint8Array'], target);
  if (arguments.length === 1) return binding.compare(this, 0, this.length, target, 0, target.length);
  if (targetStart === undefined) targetStart = 0;
  else validateOffset(targetStart, 'targetStart');
  if (targetEnd === undefined) targetEnd = target.length;
  else validateOffset(targetEnd, 'targetEnd', 0, target.length);
  if (sourceStart === undefined) sourceStart = 0;
  else validateOffset(sourceStart, 'sourceStart');
  if (sourceEnd === undefined) sourceEnd = this.length;
  else validateOffset(sourceEnd, 'sourceEnd', 0, this.length);
  if (sourceStart >= sourceEnd) return (targetStart >= targetEnd ? 0 : -1);
  if (targetStart >= targetEnd) return 1;
  const n = Math.min(sourceEnd - sourceStart, targetEnd - targetStart);
  const r = binding.compare(this, sourceStart, sourceStart + n, target, targetStart, targetStart + n);
  if (r !== 0) return r;
  const a = sourceEnd - sourceStart, b = targetEnd - targetStart;
  return a > b ? 1 : a < b ? -1 : 0;
};

// bidirectionalIndexOf follows Node's argument juggling: a string
// byteOffset is the encoding, NaN searches everything, numbers are bytes.
function bidirectionalIndexOf(buffer, val, byteOffset, encoding, dir) {
  validateBuffer(buffer);
  if (typeof byteOffset === 'string') {
    encoding = byteOffset;
    byteOffset = undefined;
  } else if (byteOffset > 0x7fffffff) {
    byteOffset = 0x7fffffff;
  } else if (byteOffset < -0x80000000) {
    byteOffset = -0x80000000;
  }
  byteOffset = +byteOffset;
  if (Number.isNaN(byteOffset)) byteOffset = dir ? 0 : (buffer.length || buffer.byteLength);
  dir = !!dir;
  if (typeof val === 'number') return binding.indexOfNumber(buffer, val >>> 0, byteOffset, dir);
  const enc = encoding === undefined ? UTF8 : encodingOf(encoding);
  if (typeof val === 'string') {
    if (enc === 0) throw new ERR_UNKNOWN_ENCODING(encoding);
    return binding.indexOfString(buffer, val, enc, byteOffset, dir);
  }
  if (isUint8Array(val)) {
    return binding.indexOf(buffer, val, byteOffset, dir, enc === UCS2);
  }
  throw new ERR_INVALID_ARG_TYPE('value', ['number', 'string', 'Buffer', 'Uint8Array'], val);
}

proto.indexOf = function indexOf(val, byteOffset, encoding) {
  return bidirectionalIndexOf(this, val, byteOffset, encoding, true);
};
proto.lastIndexOf = function lastIndexOf(val, byteOffset, encoding) {
  return bidirectionalIndexOf(this, val, byteOffset, encoding, false);
};
proto.includes = function includes(val, byteOffset, encoding) {
  return this.indexOf(val, byteOffset, encoding) !== -1;
};

proto.fill = function fill(value, offset, end, encoding) {
  return _fill(this, value, offset, end, encoding);
};

function _fill(buf, value, offset, end, encoding) {
  let enc = 0;
  if (typeof value === 'string') {
    if (offset === undefined || typeof offset === 'string') {
      encoding = offset;
      offset = 0;
      end = buf.length;
    } else if (typeof end === 'string') {
      encoding = end;
      end = buf.length;
    }
    enc = encoding === undefined || encoding === null ? UTF8 : encodingOf(encoding);
    if (enc === 0 || (typeof encoding !== 'string' && encoding != null)) {
      validateString(encoding, 'encoding');
      throw new ERR_UNKNOWN_ENCODING(encoding);
    }
    if (value.length === 0) {
      value = 0;
    } else if (value.length === 1) {
      if (enc === UTF8) {
        const code = value.charCodeAt(0);
        if (code < 128) value = code;
      } else if (enc === LATIN1) {
        value = value.charCodeAt(0);
      }
    }
  }
  if (offset === undefined) {
    offset = 0;
    end = buf.length;
  } else {
    validateOffset(offset, 'offset');
    if (end === undefined) end = buf.length;
    else validateOffset(end, 'end', 0, buf.length);
    if (offset >= end) return buf;
  }
  if (typeof value === 'number' || (typeof value !== 'string' && !isArrayBufferView(value))) {
    if (typeof value !== 'number') value = (Number(value) >>> 0) & 255;
    const fillLength = end - offset;
    if (offset > end || fillLength + offset > buf.byteLength) throw new ERR_BUFFER_OUT_OF_BOUNDS();
    Uint8Array.prototype.fill.call(buf, value, offset, end);
    return buf;
  }
  const res = typeof value === 'string' ?
    binding.fillString(buf, value, enc, offset, end) :
    binding.fill(buf, value, offset, end);
  if (res < 0) throw new ERR_INVALID_ARG_VALUE('value', value);
  return buf;
}

proto.write = function write(string, offset, length, encoding) {
  if (offset === undefined) return writeWith(this, string, UTF8, 0, this.length);
  if (length === undefined && typeof offset === 'string') {
    encoding = offset;
    length = this.length;
    offset = 0;
  } else {
    validateOffset(offset, 'offset', 0, this.length);
    const remaining = this.length - offset;
    if (length === undefined) {
      length = remaining;
    } else if (typeof length === 'string') {
      encoding = length;
      length = remaining;
    } else {
      validateOffset(length, 'length', 0, this.length);
      if (length > remaining) length = remaining;
    }
  }
  if (!encoding || encoding === 'utf8') return writeWith(this, string, UTF8, offset, length);
  const enc = encodingOf(encoding);
  if (enc === 0) throw new ERR_UNKNOWN_ENCODING(encoding);
  return writeWith(this, string, enc, offset, length);
};

// nativeError is an error Node throws from C++ (node_buffer.cc): a plain
// TypeError/RangeError with a code property and that file's own message,
// which the shared message table does not have.
function nativeError(Ctor, code, message) {
  const err = new Ctor(message);
  err.code = code;
  return err;
}

function writeWith(buf, string, enc, offset, length) {
  if (typeof string !== 'string') throw nativeError(TypeError, 'ERR_INVALID_ARG_TYPE', 'argument must be a string');
  return binding.write(buf, string, enc, offset, length);
}

// The per-encoding slice/write methods Node exposes on the prototype
// (asciiSlice, utf8Write…); libraries call them directly.
for (const [name, enc] of [['ascii', ASCII], ['base64', BASE64], ['base64url', BASE64URL],
  ['latin1', LATIN1], ['hex', HEX], ['ucs2', UCS2], ['utf8', UTF8]]) {
  proto[`${name}Slice`] = {
    [`${name}Slice`](start = 0, end = this.length) {
      if (end < start) end = start;
      if (start < 0 || end > this.length) throw nativeError(RangeError, 'ERR_OUT_OF_RANGE', 'Index out of range');
      return binding.toString(this, enc, start >>> 0, end >>> 0);
    },
  }[`${name}Slice`];
  proto[`${name}Write`] = {
    [`${name}Write`](string, offset = 0, length = this.length - offset) {
      if (offset > this.length) {
        throw nativeError(RangeError, 'ERR_BUFFER_OUT_OF_BOUNDS', '"offset" is outside of buffer bounds');
      }
      return writeWith(this, string, enc, offset >>> 0, Math.min(this.length - offset, length) >>> 0);
    },
  }[`${name}Write`];
}

proto.toJSON = function toJSON() {
  if (this.length > 0) {
    const data = new Array(this.length);
    for (let i = 0; i < this.length; ++i) data[i] = this[i];
    return { type: 'Buffer', data };
  }
  return { type: 'Buffer', data: [] };
};

function adjustOffset(offset, length) {
  offset = Math.trunc(offset);
  if (offset === 0) return 0;
  if (offset < 0) {
    offset += length;
    return offset > 0 ? offset : 0;
  }
  if (offset < length) return offset;
  return Number.isNaN(offset) ? 0 : length;
}

proto.subarray = function subarray(start, end) {
  const srcLength = this.length;
  start = adjustOffset(start, srcLength);
  end = end !== undefined ? adjustOffset(end, srcLength) : srcLength;
  const newLength = end > start ? end - start : 0;
  return new FastBuffer(this.buffer, this.byteOffset + start, newLength);
};

proto.slice = function slice(start, end) {
  return this.subarray(start, end);
};

function swapN(buf, size, name) {
  const len = buf.length;
  if (len % size !== 0) throw new ERR_INVALID_BUFFER_SIZE(name);
  binding.swap(buf, size);
  return buf;
}
proto.swap16 = function swap16() { return swapN(this, 2, '16-bits'); };
proto.swap32 = function swap32() { return swapN(this, 4, '32-bits'); };
proto.swap64 = function swap64() { return swapN(this, 8, '64-bits'); };

proto.toLocaleString = proto.toString;

function transcode(source, fromEncoding, toEncoding) {
  if (!isUint8Array(source)) {
    throw new ERR_INVALID_ARG_TYPE('source', ['Buffer', 'Uint8Array'], source);
  }
  if (source.length === 0) return Buffer.alloc(0);
  const from = transcodeEncoding(fromEncoding);
  const to = transcodeEncoding(toEncoding);
  let out = null;
  if (from !== 0 && to !== 0) out = binding.transcode(source, from, to);
  if (out === null) {
    const code = from === 0 || to === 0 ? 'U_ILLEGAL_ARGUMENT_ERROR' : 'U_INVALID_CHAR_FOUND';
    // ICU's error, as Node reports it (genericNodeError with errno).
    const err = new Error(`Unable to transcode Buffer [${code}]`);
    err.code = code;
    err.errno = from === 0 || to === 0 ? 1 : 10;
    throw err;
  }
  return new FastBuffer(out);
}

function transcodeEncoding(name) {
  const enc = encodingOf(`${name}`);
  return enc === UTF8 || enc === UCS2 || enc === LATIN1 || enc === ASCII ? enc : 0;
}

function isUtf8(input) {
  if (isArrayBufferView(input) || isAnyArrayBuffer(input)) return binding.isUtf8(input);
  throw new ERR_INVALID_ARG_TYPE('input', ['ArrayBuffer', 'Buffer', 'TypedArray'], input);
}

function isAscii(input) {
  if (isArrayBufferView(input) || isAnyArrayBuffer(input)) return binding.isAscii(input);
  throw new ERR_INVALID_ARG_TYPE('input', ['ArrayBuffer', 'Buffer', 'TypedArray'], input);
}

let DOMExceptionCtor;
function domException(message, name) {
  if (DOMExceptionCtor === undefined) DOMExceptionCtor = globalThis.DOMException;
  return new DOMExceptionCtor(message, name);
}

function btoa(input) {
  if (arguments.length === 0) throw new ERR_MISSING_ARGS('input');
  const out = binding.btoa(`${input}`);
  if (out === null) throw domException('Invalid character', 'InvalidCharacterError');
  return out;
}

function atob(input) {
  if (arguments.length === 0) throw new ERR_MISSING_ARGS('input');
  const out = binding.atob(`${input}`);
  if (typeof out === 'number') {
    throw domException(out === 1 ? 'Invalid character' : 'The string to be decoded is not correctly encoded.',
                       'InvalidCharacterError');
  }
  return out;
}

createPool();

module.exports = {
  Buffer,
  SlowBuffer,
  transcode,
  isUtf8,
  isAscii,
  kMaxLength,
  kStringMaxLength,
  btoa,
  atob,
  constants,
  INSPECT_MAX_BYTES: undefined,
  Blob: undefined,
  resolveObjectURL: undefined,
  File: undefined,
};
const { Blob, File, resolveObjectURL } = require('internal/blob');
module.exports.Blob = Blob;
module.exports.File = File;
module.exports.resolveObjectURL = resolveObjectURL;

Object.defineProperties(module.exports, {
  INSPECT_MAX_BYTES: {
    __proto__: null,
    configurable: true,
    enumerable: true,
    get() { return INSPECT_MAX_BYTES; },
    set(val) {
      validateNumber(val, 'INSPECT_MAX_BYTES', 0);
      INSPECT_MAX_BYTES = val;
    },
  },
});
