// Node's v8 module: https://nodejs.org/api/v8.html. The wire-format
// constants are in serdes.js, which comes first in this module's body.

const {
  codes: { ERR_INVALID_ARG_TYPE, ERR_NOT_IMPLEMENTED },
  validateString,
} = require('internal/errors');

let BufferCtor;
function lazyBuffer() {
  if (BufferCtor === undefined) BufferCtor = require('buffer').Buffer;
  return BufferCtor;
}

function cloneError(message) {
  return new Error(message);
}

function describe(value) {
  return require('util').inspect(value);
}

class Serializer {
  #buf = new Uint8Array(64);
  #len = 0;
  #ids = new Map();
  #nextId = 0;
  #viewsAsHost = false;
  #transfers = new Map();

  writeHeader() {
    this.#byte(tag.version);
    this.#varint(kLatestVersion);
  }

  writeValue(value) {
    this.#value(value);
    return true;
  }

  releaseBuffer() {
    const B = lazyBuffer();
    const out = B.from(this.#buf.buffer.slice(0, this.#len));
    this.#buf = new Uint8Array(64);
    this.#len = 0;
    return out;
  }

  transferArrayBuffer(id, arrayBuffer) {
    if (!isArrayBuffer(arrayBuffer)) {
      throw new ERR_INVALID_ARG_TYPE('arrayBuffer', ['ArrayBuffer', 'SharedArrayBuffer'], arrayBuffer);
    }
    this.#transfers.set(arrayBuffer, id >>> 0);
  }

  writeUint32(value) {
    this.#varint(value >>> 0);
  }

  writeUint64(hi, lo) {
    this.#varintBig((BigInt(hi >>> 0) << 32n) | BigInt(lo >>> 0));
  }

  writeDouble(value) {
    this.#double(+value);
  }

  writeRawBytes(source) {
    if (!ArrayBuffer.isView(source)) {
      throw new ERR_INVALID_ARG_TYPE('source', ['Buffer', 'TypedArray', 'DataView'], source);
    }
    this.#bytes(new Uint8Array(source.buffer, source.byteOffset, source.byteLength));
  }

  _setTreatArrayBufferViewsAsHostObjects(flag) {
    this.#viewsAsHost = Boolean(flag);
  }

  _getDataCloneError(message) {
    return cloneError(message);
  }

  _writeHostObject(object) {
    throw this._getDataCloneError(`Unserializable host object: ${describe(object)}`);
  }

  _getSharedArrayBufferId() {
    throw this._getDataCloneError('SharedArrayBuffer is not supported');
  }

  #grow(n) {
    if (this.#len + n <= this.#buf.length) return;
    let size = this.#buf.length * 2;
    while (size < this.#len + n) size *= 2;
    const next = new Uint8Array(size);
    next.set(this.#buf.subarray(0, this.#len));
    this.#buf = next;
  }

  #byte(b) {
    this.#grow(1);
    this.#buf[this.#len++] = b;
  }

  #bytes(u8) {
    this.#grow(u8.length);
    this.#buf.set(u8, this.#len);
    this.#len += u8.length;
  }

  #varint(n) {
    // n is a non-negative integer below 2 ** 53.
    this.#grow(8);
    while (n >= 0x80) {
      this.#buf[this.#len++] = (n % 0x80) | 0x80;
      n = Math.floor(n / 0x80);
    }
    this.#buf[this.#len++] = n;
  }

  #varintBig(n) {
    this.#grow(10);
    while (n >= 0x80n) {
      this.#buf[this.#len++] = Number(n & 0x7Fn) | 0x80;
      n >>= 7n;
    }
    this.#buf[this.#len++] = Number(n);
  }

  #double(d) {
    // goja's NaN has a payload bit V8's canonical NaN lacks.
    if (Number.isNaN(d)) {
      this.#bytes(canonicalNaN);
      return;
    }
    f64[0] = d;
    this.#bytes(f64Bytes);
  }

  #string(s) {
    let oneByte = true;
    for (let i = 0; i < s.length; i++) {
      if (s.charCodeAt(i) > 0xFF) {
        oneByte = false;
        break;
      }
    }
    const B = lazyBuffer();
    if (oneByte) {
      this.#byte(tag.oneByteString);
      this.#varint(s.length);
      this.#bytes(B.from(s, 'latin1'));
      return;
    }
    const byteLength = s.length * 2;
    // The UTF-16 units must start at an even offset (V8 reads them in
    // place), so a padding byte goes first when they would not.
    let varintLen = 1;
    for (let n = byteLength; n >= 0x80; n = Math.floor(n / 0x80)) varintLen++;
    if ((this.#len + 1 + varintLen) & 1) this.#byte(tag.padding);
    this.#byte(tag.twoByteString);
    this.#varint(byteLength);
    this.#bytes(B.from(s, 'utf16le'));
  }

  #bigintBody(n) {
    const negative = n < 0n;
    if (negative) n = -n;
    const words = [];
    while (n > 0n) {
      words.push(n & 0xFFFFFFFFFFFFFFFFn);
      n >>= 64n;
    }
    this.#varint(words.length * 8 * 2 + (negative ? 1 : 0));
    const dv = new DataView(new ArrayBuffer(8));
    for (const w of words) {
      dv.setBigUint64(0, w, true);
      this.#bytes(new Uint8Array(dv.buffer));
    }
  }

  #value(value) {
    switch (typeof value) {
      case 'undefined': this.#byte(tag.undefined); return;
      case 'boolean': this.#byte(value ? tag.true : tag.false); return;
      case 'number':
        if (Number.isInteger(value) && value >= -0x80000000 && value <= 0x7FFFFFFF && !Object.is(value, -0)) {
          this.#byte(tag.int32);
          this.#varint(value >= 0 ? value * 2 : -value * 2 - 1);
        } else {
          this.#byte(tag.double);
          this.#double(value);
        }
        return;
      case 'bigint':
        this.#byte(tag.bigint);
        this.#bigintBody(value);
        return;
      case 'string':
        this.#string(value);
        return;
      case 'symbol':
      case 'function':
        throw this._getDataCloneError(`${describeForClone(value)} could not be cloned.`);
      default:
    }
    if (value === null) {
      this.#byte(tag.null);
      return;
    }
    const id = this.#ids.get(value);
    if (id !== undefined) {
      this.#byte(tag.objectReference);
      this.#varint(id);
      return;
    }
    this.#receiver(value);
  }

  #assignId(value) {
    this.#ids.set(value, this.#nextId++);
  }

  #receiver(value) {
    const kind = toStringTag(value);
    if (ArrayBuffer.isView(value)) {
      if (this.#viewsAsHost) {
        this.#assignId(value);
        this.#byte(tag.hostObject);
        this._writeHostObject(value);
        return;
      }
      // V8 writes the buffer first, then the view over it.
      const buffer = value.buffer;
      if (!this.#ids.has(buffer)) this.#value(buffer);
      else this.#value(buffer);
      this.#assignId(value);
      this.#byte(tag.arrayBufferView);
      this.#byte(viewTags[kind] ?? viewTags.Uint8Array);
      this.#varint(value.byteOffset);
      this.#varint(value.byteLength);
      this.#varint(0);
      return;
    }
    this.#assignId(value);
    if (Array.isArray(value)) {
      this.#array(value);
      return;
    }
    switch (kind) {
      case 'Date':
        this.#byte(tag.date);
        this.#double(value.getTime());
        return;
      case 'RegExp': {
        this.#byte(tag.regExp);
        this.#string(value.source);
        let bits = 0;
        for (const f of value.flags) bits |= regExpBits[f] || 0;
        this.#varint(bits);
        return;
      }
      case 'Map': {
        this.#byte(tag.beginJSMap);
        const entries = [...Map.prototype.entries.call(value)];
        for (const [k, v] of entries) {
          this.#value(k);
          this.#value(v);
        }
        this.#byte(tag.endJSMap);
        this.#varint(entries.length * 2);
        return;
      }
      case 'Set': {
        this.#byte(tag.beginJSSet);
        const items = [...Set.prototype.values.call(value)];
        for (const v of items) this.#value(v);
        this.#byte(tag.endJSSet);
        this.#varint(items.length);
        return;
      }
      case 'ArrayBuffer': {
        const transfer = this.#transfers.get(value);
        if (transfer !== undefined) {
          this.#byte(tag.arrayBufferTransfer);
          this.#varint(transfer);
          return;
        }
        this.#byte(tag.arrayBuffer);
        this.#varint(value.byteLength);
        this.#bytes(new Uint8Array(value));
        return;
      }
      case 'Number':
        this.#byte(tag.numberObject);
        this.#double(Number.prototype.valueOf.call(value));
        return;
      case 'String':
        this.#byte(tag.stringObject);
        this.#string(String.prototype.valueOf.call(value));
        return;
      case 'Boolean':
        this.#byte(Boolean.prototype.valueOf.call(value) ? tag.trueObject : tag.falseObject);
        return;
      case 'BigInt':
        this.#byte(tag.bigintObject);
        this.#bigintBody(BigInt.prototype.valueOf.call(value));
        return;
      case 'Error':
        this.#error(value);
        return;
      case 'Object':
        if (isPlainish(value)) {
          this.#object(value);
          return;
        }
        break;
      default:
    }
    throw this._getDataCloneError(`${describeForClone(value)} could not be cloned.`);
  }

  #properties(value, keys) {
    let n = 0;
    for (const key of keys) {
      const desc = Object.getOwnPropertyDescriptor(value, key);
      if (desc === undefined || !desc.enumerable) continue;
      const idx = toArrayIndex(key);
      if (idx >= 0) {
        this.#value(idx);
      } else {
        this.#string(key);
      }
      this.#value(value[key]);
      n++;
    }
    return n;
  }

  #object(value) {
    this.#byte(tag.beginJSObject);
    const n = this.#properties(value, Object.keys(value));
    this.#byte(tag.endJSObject);
    this.#varint(n);
  }

  #array(value) {
    const length = value.length;
    let holey = false;
    for (let i = 0; i < length; i++) {
      if (!Object.prototype.hasOwnProperty.call(value, i)) {
        holey = true;
        break;
      }
    }
    const keys = Object.keys(value);
    if (!holey) {
      this.#byte(tag.beginDenseJSArray);
      this.#varint(length);
      for (let i = 0; i < length; i++) this.#value(value[i]);
      const named = keys.filter((k) => toArrayIndex(k) < 0);
      const n = this.#properties(value, named);
      this.#byte(tag.endDenseJSArray);
      this.#varint(n);
      this.#varint(length);
      return;
    }
    this.#byte(tag.beginSparseJSArray);
    this.#varint(length);
    const n = this.#properties(value, keys);
    this.#byte(tag.endSparseJSArray);
    this.#varint(n);
    this.#varint(length);
  }

  #error(value) {
    this.#byte(tag.error);
    const name = value.name;
    if (Object.prototype.hasOwnProperty.call(errorProtoTags, name) &&
        Object.getPrototypeOf(value) === globalThis[name].prototype) {
      this.#byte(errorProtoTags[name]);
    }
    const msg = Object.getOwnPropertyDescriptor(value, 'message');
    if (msg !== undefined && 'value' in msg) {
      this.#byte(errMessage);
      this.#string(String(msg.value));
    }
    const cause = Object.getOwnPropertyDescriptor(value, 'cause');
    if (cause !== undefined && 'value' in cause) {
      this.#byte(errCause);
      this.#value(cause.value);
    }
    const stack = value.stack;
    if (typeof stack === 'string') {
      this.#byte(errStack);
      this.#string(stack);
    }
    this.#byte(errEnd);
  }
}

// isPlainish: objects V8 serializes as JSObjects (everything that is not
// an exotic or platform object; class instances lose their prototype).
function isPlainish(value) {
  return !(value instanceof WeakMap || value instanceof WeakSet || value instanceof Promise ||
           (typeof WeakRef === 'function' && value instanceof WeakRef));
}

function describeForClone(value) {
  if (typeof value === 'symbol') return value.toString();
  if (typeof value === 'function') return Function.prototype.toString.call(value);
  return `#<${toStringTag(value)}>`;
}

function toArrayIndex(key) {
  if (typeof key !== 'string' || key.length === 0 || key.length > 10) return -1;
  if (key !== '0' && (key.charCodeAt(0) < 49 || key.charCodeAt(0) > 57)) return -1;
  for (let i = 0; i < key.length; i++) {
    const c = key.charCodeAt(i);
    if (c < 48 || c > 57) return -1;
  }
  const n = +key;
  return n < 4294967295 ? n : -1;
}

class Deserializer {
  #buf;
  #pos = 0;
  #version = 0;
  #objects = [];
  #transfers = new Map();

  constructor(buffer) {
    if (!ArrayBuffer.isView(buffer)) {
      throw new ERR_INVALID_ARG_TYPE('buffer', ['Buffer', 'TypedArray', 'DataView'], buffer);
    }
    this.#buf = new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
    this.buffer = buffer;
  }

  readHeader() {
    if (this.#buf[this.#pos] === tag.version) {
      this.#pos++;
      this.#version = this.#readVarint();
      if (this.#version > kLatestVersion) throw bad();
    }
    return true;
  }

  getWireFormatVersion() {
    return this.#version;
  }

  readValue() {
    return this.#value();
  }

  transferArrayBuffer(id, arrayBuffer) {
    if (!isArrayBuffer(arrayBuffer) && !ArrayBuffer.isView(arrayBuffer)) {
      throw new ERR_INVALID_ARG_TYPE('arrayBuffer', ['ArrayBuffer', 'SharedArrayBuffer'], arrayBuffer);
    }
    this.#transfers.set(id >>> 0, ArrayBuffer.isView(arrayBuffer) ? arrayBuffer.buffer : arrayBuffer);
  }

  readUint32() {
    return this.#readVarint() >>> 0;
  }

  readUint64() {
    const n = this.#readVarintBig();
    return [Number(n >> 32n) >>> 0, Number(n & 0xFFFFFFFFn) >>> 0];
  }

  readDouble() {
    return this.#readDouble();
  }

  // _readRawBytes returns the offset of the bytes within this.buffer.
  _readRawBytes(length) {
    const offset = this.#pos;
    this.#take(length);
    return offset;
  }

  readRawBytes(length) {
    const offset = this._readRawBytes(length);
    return lazyBuffer().from(this.#buf.buffer, this.#buf.byteOffset + offset, length);
  }

  _readHostObject() {
    throw cloneError('Unable to deserialize cloned data.');
  }

  #take(n) {
    if (this.#pos + n > this.#buf.length) throw bad();
    this.#pos += n;
  }

  #byte() {
    if (this.#pos >= this.#buf.length) throw bad();
    return this.#buf[this.#pos++];
  }

  #peek() {
    return this.#pos < this.#buf.length ? this.#buf[this.#pos] : -1;
  }

  #readVarint() {
    let n = 0;
    let mul = 1;
    for (;;) {
      const b = this.#byte();
      n += (b & 0x7F) * mul;
      if (b < 0x80) return n;
      mul *= 0x80;
    }
  }

  #readVarintBig() {
    let n = 0n;
    let shift = 0n;
    for (;;) {
      const b = this.#byte();
      n |= BigInt(b & 0x7F) << shift;
      if (b < 0x80) return n;
      shift += 7n;
    }
  }

  #readDouble() {
    const start = this.#pos;
    this.#take(8);
    for (let i = 0; i < 8; i++) f64Bytes[i] = this.#buf[start + i];
    return f64[0];
  }

  #slice(n) {
    const start = this.#pos;
    this.#take(n);
    return this.#buf.subarray(start, start + n);
  }

  #readString(t) {
    const B = lazyBuffer();
    const n = this.#readVarint();
    const bytes = this.#slice(n);
    const b = B.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    if (t === tag.oneByteString) return b.toString('latin1');
    if (t === tag.twoByteString) return b.toString('utf16le');
    return b.toString('utf8');
  }

  #bigintBody() {
    const bits = this.#readVarint();
    const bytes = bits >>> 1;
    const data = this.#slice(bytes);
    let n = 0n;
    for (let i = bytes - 1; i >= 0; i--) n = (n << 8n) | BigInt(data[i]);
    return bits & 1 ? -n : n;
  }

  #remember(obj) {
    this.#objects.push(obj);
    return obj;
  }

  #value() {
    let t = this.#byte();
    while (t === tag.padding || t === tag.verifyObjectCount) {
      if (t === tag.verifyObjectCount) this.#readVarint();
      t = this.#byte();
    }
    switch (t) {
      case tag.undefined: return undefined;
      case tag.null: return null;
      case tag.true: return true;
      case tag.false: return false;
      case tag.int32: {
        const z = this.#readVarint();
        return z % 2 === 0 ? z / 2 : -(z + 1) / 2;
      }
      case tag.uint32: return this.#readVarint();
      case tag.double: return this.#readDouble();
      case tag.bigint: return this.#bigintBody();
      case tag.utf8String:
      case tag.oneByteString:
      case tag.twoByteString:
        return this.#readString(t);
      case tag.objectReference: {
        const id = this.#readVarint();
        if (id >= this.#objects.length) throw bad();
        return this.#objects[id];
      }
      case tag.beginJSObject: {
        const o = this.#remember({});
        this.#properties(o, tag.endJSObject);
        return o;
      }
      case tag.beginDenseJSArray: {
        const length = this.#readVarint();
        const a = this.#remember(new Array(length));
        for (let i = 0; i < length; i++) {
          if (this.#peek() === tag.theHole) {
            this.#pos++;
            continue;
          }
          a[i] = this.#value();
        }
        this.#properties(a, tag.endDenseJSArray);
        this.#readVarint();
        return a;
      }
      case tag.beginSparseJSArray: {
        const length = this.#readVarint();
        const a = this.#remember(new Array(length));
        this.#properties(a, tag.endSparseJSArray);
        this.#readVarint();
        return a;
      }
      case tag.date: return this.#remember(new Date(this.#readDouble()));
      case tag.trueObject: return this.#remember(Object(true));
      case tag.falseObject: return this.#remember(Object(false));
      case tag.numberObject: return this.#remember(Object(this.#readDouble()));
      case tag.bigintObject: return this.#remember(Object(this.#bigintBody()));
      case tag.stringObject: return this.#remember(Object(this.#value()));
      case tag.regExp: {
        const source = this.#value();
        const bits = this.#readVarint();
        let flags = '';
        for (const f of 'dgimsuvy') if (bits & regExpBits[f]) flags += f;
        return this.#remember(new RegExp(source, flags));
      }
      case tag.beginJSMap: {
        const m = this.#remember(new Map());
        while (this.#peek() !== tag.endJSMap) {
          const k = this.#value();
          m.set(k, this.#value());
        }
        this.#pos++;
        this.#readVarint();
        return m;
      }
      case tag.beginJSSet: {
        const s = this.#remember(new Set());
        while (this.#peek() !== tag.endJSSet) s.add(this.#value());
        this.#pos++;
        this.#readVarint();
        return s;
      }
      case tag.arrayBuffer: {
        const n = this.#readVarint();
        const bytes = this.#slice(n);
        const ab = new ArrayBuffer(n);
        new Uint8Array(ab).set(bytes);
        this.#remember(ab);
        return this.#maybeView(ab);
      }
      case tag.arrayBufferTransfer: {
        const id = this.#readVarint();
        const ab = this.#transfers.get(id);
        if (ab === undefined) throw bad();
        this.#remember(ab);
        return this.#maybeView(ab);
      }
      case tag.hostObject: {
        const id = this.#objects.length;
        this.#objects.push(undefined);
        const obj = this._readHostObject();
        this.#objects[id] = obj;
        return obj;
      }
      case tag.error: return this.#error();
      default:
        throw bad();
    }
  }

  #maybeView(ab) {
    if (this.#peek() !== tag.arrayBufferView) return ab;
    this.#pos++;
    const sub = this.#byte();
    const offset = this.#readVarint();
    const length = this.#readVarint();
    if (this.#version >= 14) this.#readVarint();
    const Ctor = viewCtors[sub];
    if (Ctor === undefined || offset + length > ab.byteLength) throw bad();
    const size = Ctor.BYTES_PER_ELEMENT || 1;
    const view = Ctor === DataView ? new DataView(ab, offset, length) : new Ctor(ab, offset, length / size);
    return this.#remember(view);
  }

  #properties(target, endTag) {
    let n = 0;
    while (this.#peek() !== endTag) {
      if (this.#peek() === -1) throw bad();
      const key = this.#value();
      target[key] = this.#value();
      n++;
    }
    this.#pos++;
    this.#readVarint();
    return n;
  }

  #error() {
    let proto = Error.prototype;
    let message;
    let stack;
    let cause;
    let hasCause = false;
    for (;;) {
      const t = this.#byte();
      if (errorTagProtos[t] !== undefined) {
        proto = globalThis[errorTagProtos[t]].prototype;
      } else if (t === errMessage) {
        message = this.#value();
      } else if (t === errStack) {
        stack = this.#value();
      } else if (t === errCause) {
        cause = this.#value();
        hasCause = true;
      } else if (t === errEnd) {
        break;
      } else {
        throw bad();
      }
    }
    // A real error object (Object.prototype.toString says [object Error],
    // as V8's deserializer makes one), with only what was serialized as
    // own properties, stack first as V8 defines them.
    const e = Reflect.construct(Error, [], proto.constructor === undefined ? Error : proto.constructor);
    for (const k of Reflect.ownKeys(e)) delete e[k];
    Object.setPrototypeOf(e, proto);
    if (stack !== undefined) {
      Object.defineProperty(e, 'stack', { value: stack, writable: true, configurable: true });
    }
    if (message !== undefined) {
      Object.defineProperty(e, 'message', { value: message, writable: true, configurable: true });
    }
    if (hasCause) {
      Object.defineProperty(e, 'cause', { value: cause, writable: true, configurable: true });
    }
    return this.#remember(e);
  }
}

function bad() {
  return cloneError('Unable to deserialize cloned data.');
}

// Node's own types for host-object views; index 10 is Buffer.
const arrayBufferViewTypes = [Int8Array, Uint8Array, Uint8ClampedArray, Int16Array,
  Uint16Array, Int32Array, Uint32Array, Float32Array, Float64Array, DataView,
  undefined, BigInt64Array, BigUint64Array];
const kBufferIndex = 10;

class DefaultSerializer extends Serializer {
  constructor() {
    super();
    this._setTreatArrayBufferViewsAsHostObjects(true);
  }

  _writeHostObject(abView) {
    let i = kBufferIndex;
    if (!(abView instanceof lazyBuffer())) {
      i = arrayBufferViewTypes.indexOf(globalThis[toStringTag(abView)]);
      if (i < 0 || i === kBufferIndex) {
        throw this._getDataCloneError(`Unserializable host object: ${describe(abView)}`);
      }
    }
    this.writeUint32(i);
    this.writeUint32(abView.byteLength);
    this.writeRawBytes(new Uint8Array(abView.buffer, abView.byteOffset, abView.byteLength));
  }
}

class DefaultDeserializer extends Deserializer {
  _readHostObject() {
    const typeIndex = this.readUint32();
    const Ctor = typeIndex === kBufferIndex ? lazyBuffer() : arrayBufferViewTypes[typeIndex];
    if (Ctor === undefined) throw bad();
    const byteLength = this.readUint32();
    const byteOffset = this._readRawBytes(byteLength);
    const BYTES = Ctor.BYTES_PER_ELEMENT || 1;
    // Like node, the view shares the input's memory when it is aligned
    // and reads from an aligned copy otherwise.
    let ab = this.buffer.buffer;
    let offset = this.buffer.byteOffset + byteOffset;
    if (offset % BYTES !== 0) {
      ab = new ArrayBuffer(byteLength);
      new Uint8Array(ab).set(new Uint8Array(this.buffer.buffer, offset, byteLength));
      offset = 0;
    }
    if (Ctor === lazyBuffer()) return lazyBuffer().from(ab, offset, byteLength);
    if (Ctor === DataView) return new DataView(ab, offset, byteLength);
    return new Ctor(ab, offset, byteLength / BYTES);
  }
}

function serialize(value) {
  const ser = new DefaultSerializer();
  ser.writeHeader();
  ser.writeValue(value);
  return ser.releaseBuffer();
}

function deserialize(buffer) {
  if (!ArrayBuffer.isView(buffer)) {
    const e = new ERR_INVALID_ARG_TYPE('buffer', ['Buffer', 'TypedArray', 'DataView'], buffer);
    e.message = 'buffer must be a TypedArray or a DataView';
    throw e;
  }
  const der = new DefaultDeserializer(buffer);
  der.readHeader();
  return der.readValue();
}

// Heap figures from Go's runtime.MemStats under V8's names.
function getHeapStatistics() {
  const [heapSys, heapInuse, heapAlloc, stackInuse, sys, , , limit, held] = binding.heapStatistics();
  return {
    total_heap_size: heapSys,
    total_heap_size_executable: stackInuse,
    total_physical_size: held,
    total_available_size: Math.max(0, limit - heapInuse),
    used_heap_size: heapAlloc,
    heap_size_limit: limit,
    malloced_memory: Math.max(0, sys - heapSys),
    peak_malloced_memory: Math.max(0, sys - heapSys),
    does_zap_garbage: 0,
    number_of_native_contexts: 1,
    number_of_detached_contexts: 0,
    total_global_handles_size: 8192,
    used_global_handles_size: 0,
    external_memory: 0,
  };
}

const spaceNames = ['read_only_space', 'new_space', 'old_space', 'code_space', 'shared_space',
  'new_large_object_space', 'large_object_space', 'code_large_object_space',
  'shared_large_object_space'];

// Go's heap has no generations: all of it is reported as old_space.
function getHeapSpaceStatistics() {
  const [heapSys, heapInuse, heapAlloc, , , , , , held] = binding.heapStatistics();
  return spaceNames.map((space_name) => {
    const old = space_name === 'old_space';
    return {
      space_name,
      space_size: old ? heapSys : 0,
      space_used_size: old ? heapAlloc : 0,
      space_available_size: old ? Math.max(0, heapSys - heapInuse) : 0,
      physical_space_size: old ? held : 0,
    };
  });
}

function getHeapCodeStatistics() {
  return {
    code_and_metadata_size: 0,
    bytecode_and_metadata_size: 0,
    external_script_source_size: 0,
    cpu_profiler_metadata_size: 0,
  };
}

// cachedDataVersionTag identifies the engine's code cache format: goja's
// (not any V8's) and, as in V8, the flags set so far. The flags have no
// other effect.
let flagsSet = '';

function cachedDataVersionTag() {
  let h = 0x811c9dc5;
  const s = `goja${flagsSet}`;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

function setFlagsFromString(flags) {
  validateString(flags, 'flags');
  flagsSet += ` ${flags}`;
}

function notImplemented(name) {
  return function() {
    throw new ERR_NOT_IMPLEMENTED(`v8.${name}`);
  };
}

module.exports = {
  cachedDataVersionTag,
  getHeapSnapshot: notImplemented('getHeapSnapshot'),
  getHeapStatistics,
  getHeapSpaceStatistics,
  getHeapCodeStatistics,
  setFlagsFromString,
  Serializer,
  Deserializer,
  DefaultSerializer,
  DefaultDeserializer,
  deserialize,
  takeCoverage: notImplemented('takeCoverage'),
  stopCoverage: notImplemented('stopCoverage'),
  serialize,
  writeHeapSnapshot: notImplemented('writeHeapSnapshot'),
  queryObjects: notImplemented('queryObjects'),
  setHeapSnapshotNearHeapLimit: notImplemented('setHeapSnapshotNearHeapLimit'),
};
