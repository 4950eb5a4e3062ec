// V8's ValueSerializer wire format, version 15 (Node 20):
// https://github.com/v8/v8/blob/main/src/objects/value-serializer.cc
// describes the tags; the bytes written here match node's for plain
// values, strings, BigInts, arrays (dense and sparse), objects, Dates,
// RegExps, Maps, Sets, boxed primitives, errors, ArrayBuffers, views and
// back-references to objects already written.
const kLatestVersion = 15;

const tag = {
  version: 0xFF, padding: 0x00, verifyObjectCount: 0x3F,
  theHole: 0x2D, undefined: 0x5F, null: 0x30, true: 0x54, false: 0x46,
  int32: 0x49, uint32: 0x55, double: 0x4E, bigint: 0x5A,
  utf8String: 0x53, oneByteString: 0x22, twoByteString: 0x63,
  objectReference: 0x5E, beginJSObject: 0x6F, endJSObject: 0x7B,
  beginSparseJSArray: 0x61, endSparseJSArray: 0x40,
  beginDenseJSArray: 0x41, endDenseJSArray: 0x24,
  date: 0x44, trueObject: 0x79, falseObject: 0x78, numberObject: 0x6E,
  bigintObject: 0x7A, stringObject: 0x73, regExp: 0x52,
  beginJSMap: 0x3B, endJSMap: 0x3A, beginJSSet: 0x27, endJSSet: 0x2C,
  arrayBuffer: 0x42, arrayBufferTransfer: 0x74, arrayBufferView: 0x56,
  hostObject: 0x5C, error: 0x72,
};

// Sub-tags of an ArrayBufferView ('V'), by constructor name.
const viewTags = {
  Int8Array: 0x62, Uint8Array: 0x42, Uint8ClampedArray: 0x43, Int16Array: 0x77,
  Uint16Array: 0x57, Int32Array: 0x64, Uint32Array: 0x44, Float32Array: 0x66,
  Float64Array: 0x46, BigInt64Array: 0x71, BigUint64Array: 0x51, DataView: 0x3F,
};
const viewCtors = {};
for (const name of Object.keys(viewTags)) viewCtors[viewTags[name]] = globalThis[name];

// Error sub-tags: the prototype, then message, cause and stack.
const errorProtoTags = {
  EvalError: 0x45, RangeError: 0x52, ReferenceError: 0x46,
  SyntaxError: 0x53, TypeError: 0x54, URIError: 0x55,
};
const errorTagProtos = {};
for (const name of Object.keys(errorProtoTags)) errorTagProtos[errorProtoTags[name]] = name;
const errMessage = 0x6D;
const errCause = 0x63;
const errStack = 0x73;
const errEnd = 0x2E;

// RegExp flag bits in V8's order.
const regExpFlags = 'gimsuydv';
const regExpBits = { g: 1, i: 2, m: 4, y: 8, u: 16, s: 32, d: 128, v: 256 };

const f64 = new Float64Array(1);
const f64Bytes = new Uint8Array(f64.buffer);
const canonicalNaN = new Uint8Array([0, 0, 0, 0, 0, 0, 0xF8, 0x7F]);

const toStringTag = (v) => Object.prototype.toString.call(v).slice(8, -1);

function isArrayBuffer(v) {
  return toStringTag(v) === 'ArrayBuffer';
}
