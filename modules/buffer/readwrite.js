'use strict';
// internal/buffer: FastBuffer, encoding names, type checks and the
// read/write methods of Buffer.prototype (Node's lib/internal/buffer.js).
// The numeric readers and writers touch at most 8 bytes, so they stay in
// JS where goja runs them without crossing into Go.

const {
  codes: { ERR_BUFFER_OUT_OF_BOUNDS, ERR_INVALID_ARG_TYPE, ERR_OUT_OF_RANGE },
  validateNumber,
} = require('internal/errors');

// FastBuffer is how every Buffer is made. BenchmarkConstruct measured the
// alternatives in goja (Reflect.construct, a Uint8Array given this
// prototype with Object.setPrototypeOf, vm.New from Go): in a JS loop the
// plain derived-class constructor is as fast as any, so it stays. It
// extends goja's own Uint8Array: the global one wraps it with allocation
// checks (internal/polyfill) that Buffer makes itself.
class FastBuffer extends binding.NativeUint8Array {
  // eslint-disable-next-line no-useless-constructor
  constructor(bufferOrLength, byteOffset, length) {
    super(bufferOrLength, byteOffset, length);
  }
}

// Encoding numbers shared with the Go binding (codec.go).
const encodingNames = Object.assign(Object.create(null), {
  'utf8': 1, 'utf-8': 1,
  'ucs2': 2, 'ucs-2': 2, 'utf16le': 2, 'utf-16le': 2,
  'latin1': 3, 'binary': 3,
  'ascii': 4,
  'base64': 5,
  'base64url': 6,
  'hex': 7,
});

// encodingOf maps an encoding name (any case) to its number, 0 if
// unknown; like Node's getEncodingOps it stringifies its argument.
function encodingOf(encoding) {
  encoding += '';
  const e = encodingNames[encoding];
  if (e !== undefined) return e;
  return encodingNames[encoding.toLowerCase()] || 0;
}

const TypedArrayPrototype = Object.getPrototypeOf(Uint8Array.prototype);
const getTag = Object.getOwnPropertyDescriptor(TypedArrayPrototype, Symbol.toStringTag).get;
const isUint8Array = (v) => getTag.call(v) === 'Uint8Array';
const isArrayBufferView = ArrayBuffer.isView;
// isAnyArrayBuffer asks Go: probing the byteLength getter and catching
// its TypeError costs a stack capture per call.
const isAnyArrayBuffer = binding.isAnyArrayBuffer;

const float32Array = new Float32Array(1);
const uInt8Float32Array = new Uint8Array(float32Array.buffer);
const float64Array = new Float64Array(1);
const uInt8Float64Array = new Uint8Array(float64Array.buffer);

function boundsError(value, length, type) {
  if (Math.floor(value) !== value) {
    validateNumber(value, type);
    throw new ERR_OUT_OF_RANGE(type || 'offset', 'an integer', value);
  }
  if (length < 0) throw new ERR_BUFFER_OUT_OF_BOUNDS();
  throw new ERR_OUT_OF_RANGE(type || 'offset', `>= ${type ? 1 : 0} and <= ${length}`, value);
}

// checkRead validates offset for an n-byte read.
function checkRead(buf, offset, n) {
  validateNumber(offset, 'offset');
  if (buf[offset] === undefined || buf[offset + n - 1] === undefined) boundsError(offset, buf.length - n);
}

function checkBounds(buf, offset, byteLength) {
  validateNumber(offset, 'offset');
  if (buf[offset] === undefined || buf[offset + byteLength] === undefined) {
    boundsError(offset, buf.length - (byteLength + 1));
  }
}

function checkInt(value, min, max, buf, offset, byteLength) {
  if (value > max || value < min) {
    const n = typeof min === 'bigint' ? 'n' : '';
    let range;
    if (byteLength > 3) {
      if (min === 0 || min === 0n) {
        range = `>= 0${n} and < 2${n} ** ${(byteLength + 1) * 8}${n}`;
      } else {
        range = `>= -(2${n} ** ${(byteLength + 1) * 8 - 1}${n}) and < 2${n} ** ${(byteLength + 1) * 8 - 1}${n}`;
      }
    } else {
      range = `>= ${min}${n} and <= ${max}${n}`;
    }
    throw new ERR_OUT_OF_RANGE('value', range, value);
  }
  checkBounds(buf, offset, byteLength);
}

// readU reads an n-byte unsigned integer (n <= 6), checks done.
function readU(buf, offset, n, le) {
  let v = 0;
  let mul = 1;
  for (let i = 0; i < n; i++) {
    v += buf[le ? offset + i : offset + n - 1 - i] * mul;
    mul *= 0x100;
  }
  return v;
}

function readUInt(n, le) {
  return function(offset = 0) {
    checkRead(this, offset, n);
    return readU(this, offset, n, le);
  };
}

function readInt(n, le) {
  const sign = 2 ** (n * 8 - 1);
  return function(offset = 0) {
    checkRead(this, offset, n);
    const v = readU(this, offset, n, le);
    return v >= sign ? v - sign * 2 : v;
  };
}

// writeBytes stores the low n bytes (n <= 6) of value's two's
// complement; values above 32 bits are split so no bit is lost.
function writeBytes(buf, value, offset, n, le) {
  const lo = value >>> 0;
  const hi = n > 4 ? Math.floor(value / 2 ** 32) : 0;
  for (let i = 0; i < n; i++) {
    const byte = i < 4 ? (lo >>> (8 * i)) & 0xff : (hi >> (8 * (i - 4))) & 0xff;
    buf[le ? offset + i : offset + n - 1 - i] = byte;
  }
  return offset + n;
}

function writeInt(n, le, signed) {
  const min = signed ? -(2 ** (n * 8 - 1)) : 0;
  const max = signed ? 2 ** (n * 8 - 1) - 1 : 2 ** (n * 8) - 1;
  if (n === 1) {
    return function(value, offset = 0) {
      value = +value;
      validateNumber(offset, 'offset');
      if (value > max || value < min) throw new ERR_OUT_OF_RANGE('value', `>= ${min} and <= ${max}`, value);
      if (this[offset] === undefined) boundsError(offset, this.length - 1);
      this[offset] = value;
      return offset + 1;
    };
  }
  return function(value, offset = 0) {
    value = +value;
    checkInt(value, min, max, this, offset, n - 1);
    return writeBytes(this, value, offset, n, le);
  };
}

function byteLengthDispatch(fns, name) {
  return function(offset, byteLength) {
    if (offset === undefined) throw new ERR_INVALID_ARG_TYPE('offset', 'number', offset);
    const fn = fns[byteLength];
    if (fn === undefined || !Number.isInteger(byteLength)) boundsError(byteLength, 6, 'byteLength');
    return fn.call(this, offset);
  };
}

function writeByteLengthDispatch(fns) {
  return function(value, offset, byteLength) {
    if (offset === undefined) throw new ERR_INVALID_ARG_TYPE('offset', 'number', offset);
    const fn = fns[byteLength];
    if (fn === undefined || !Number.isInteger(byteLength)) boundsError(byteLength, 6, 'byteLength');
    return fn.call(this, value, offset);
  };
}

function readFloat(n, le) {
  const f = n === 4 ? float32Array : float64Array;
  const u = n === 4 ? uInt8Float32Array : uInt8Float64Array;
  return function(offset = 0) {
    checkRead(this, offset, n);
    // The scratch arrays are little-endian on every platform goja runs on.
    for (let i = 0; i < n; i++) u[i] = this[le ? offset + i : offset + n - 1 - i];
    return f[0];
  };
}

// goja's NaN carries a payload bit; V8 stores the canonical quiet NaN.
const canonicalNaN = { 4: [0, 0, 0xc0, 0x7f], 8: [0, 0, 0, 0, 0, 0, 0xf8, 0x7f] };

function writeFloat(n, le) {
  const f = n === 4 ? float32Array : float64Array;
  const u = n === 4 ? uInt8Float32Array : uInt8Float64Array;
  return function(val, offset = 0) {
    val = +val;
    checkBounds(this, offset, n - 1);
    const src = val !== val ? canonicalNaN[n] : u;
    f[0] = val;
    for (let i = 0; i < n; i++) this[le ? offset + i : offset + n - 1 - i] = src[i];
    return offset + n;
  };
}

function readBig(le, signed) {
  return function(offset = 0) {
    checkRead(this, offset, 8);
    const lo = BigInt(readU(this, le ? offset : offset + 4, 4, le));
    const hi = BigInt(readU(this, le ? offset + 4 : offset, 4, le));
    const v = (hi << 32n) | lo;
    return signed ? BigInt.asIntN(64, v) : v;
  };
}

function writeBig(le, signed) {
  const min = signed ? -(2n ** 63n) : 0n;
  const max = signed ? 2n ** 63n - 1n : 2n ** 64n - 1n;
  return function(value, offset = 0) {
    checkInt(value, min, max, this, offset, 7);
    const lo = Number(value & 0xffffffffn);
    const hi = Number((value >> 32n) & 0xffffffffn);
    writeBytes(this, le ? lo : hi, offset, 4, le);
    writeBytes(this, le ? hi : lo, offset + 4, 4, le);
    return offset + 8;
  };
}

function named(name, fn) {
  Object.defineProperty(fn, 'name', { __proto__: null, value: name, configurable: true });
  return fn;
}

function addBufferPrototypeMethods(proto) {
  const def = (name, fn, ...aliases) => {
    // Node names the float methods after their byte order on a
    // little-endian host (readFloatLE is readFloatForwards).
    named(name.replace(/^(read|write)(Float|Double)(LE|BE)$/,
                       (_, op, t, e) => `${op}${t}${e === 'LE' ? 'Forwards' : 'Backwards'}`), fn);
    proto[name] = fn;
    for (const a of aliases) proto[a] = fn;
  };
  const readsU = {}, readsI = {}, writesU = {}, writesI = {};
  for (const le of [true, false]) {
    const E = le ? 'LE' : 'BE';
    const ru = {}, ri = {}, wu = {}, wi = {};
    for (const n of [1, 2, 3, 4, 5, 6]) {
      ru[n] = readUInt(n, le);
      ri[n] = readInt(n, le);
      wu[n] = writeInt(n, le, false);
      wi[n] = writeInt(n, le, true);
    }
    readsU[E] = ru; readsI[E] = ri; writesU[E] = wu; writesI[E] = wi;
    for (const n of [16, 32]) {
      def(`readUInt${n}${E}`, ru[n / 8], `readUint${n}${E}`);
      def(`readInt${n}${E}`, ri[n / 8]);
      def(`writeUInt${n}${E}`, wu[n / 8], `writeUint${n}${E}`);
      def(`writeInt${n}${E}`, wi[n / 8]);
    }
    def(`readUInt${E}`, byteLengthDispatch(ru), `readUint${E}`);
    def(`readInt${E}`, byteLengthDispatch(ri));
    def(`writeUInt${E}`, writeByteLengthDispatch(wu), `writeUint${E}`);
    def(`writeInt${E}`, writeByteLengthDispatch(wi));
    def(`readFloat${E}`, readFloat(4, le));
    def(`readDouble${E}`, readFloat(8, le));
    def(`writeFloat${E}`, writeFloat(4, le));
    def(`writeDouble${E}`, writeFloat(8, le));
    def(`readBigUInt64${E}`, readBig(le, false), `readBigUint64${E}`);
    def(`readBigInt64${E}`, readBig(le, true));
    def(`writeBigUInt64${E}`, writeBig(le, false), `writeBigUint64${E}`);
    def(`writeBigInt64${E}`, writeBig(le, true));
  }
  def('readUInt8', readsU.LE[1], 'readUint8');
  def('readInt8', readsI.LE[1]);
  def('writeUInt8', writesU.LE[1], 'writeUint8');
  def('writeInt8', writesI.LE[1]);
}

module.exports = {
  FastBuffer,
  encodingNames,
  encodingOf,
  isUint8Array,
  isArrayBufferView,
  isAnyArrayBuffer,
  addBufferPrototypeMethods,
};
