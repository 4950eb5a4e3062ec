'use strict';
// stream/web: the WHATWG Streams classes, the two queuing strategies and
// the text encoding streams.

const {
  codes: { ERR_INVALID_ARG_VALUE, ERR_INVALID_THIS, ERR_MISSING_OPTION, ERR_NOT_IMPLEMENTED },
  validateObject,
} = require('internal/errors');
const R = require('internal/webstreams/readablestream');
const W = require('internal/webstreams/writablestream');
const T = require('internal/webstreams/transformstream');
const w = require('internal/webstreams/util');

function strategyInit(init) {
  validateObject(init, 'init');
  if (init.highWaterMark === undefined) throw new ERR_MISSING_OPTION('init.highWaterMark');
  return Number(init.highWaterMark);
}

const byteSize = (chunk) => chunk.byteLength;
const countSize = () => 1;
// Node gives the size functions these names.
Object.defineProperty(byteSize, 'name', { value: 'size' });
Object.defineProperty(countSize, 'name', { value: 'size' });

const kHWM = Symbol('kHWM');

class ByteLengthQueuingStrategy {
  constructor(init) {
    this[kHWM] = strategyInit(init);
  }
  get highWaterMark() {
    if (!(kHWM in Object(this))) throw new ERR_INVALID_THIS('ByteLengthQueuingStrategy');
    return this[kHWM];
  }
  get size() {
    if (!(kHWM in Object(this))) throw new ERR_INVALID_THIS('ByteLengthQueuingStrategy');
    return byteSize;
  }
}
Object.defineProperty(ByteLengthQueuingStrategy.prototype, Symbol.toStringTag, { value: 'ByteLengthQueuingStrategy', configurable: true });
ByteLengthQueuingStrategy.prototype[w.kInspect] = w.inspectWith('ByteLengthQueuingStrategy', function() {
  return { highWaterMark: this[kHWM] };
});

class CountQueuingStrategy {
  constructor(init) {
    this[kHWM] = strategyInit(init);
  }
  get highWaterMark() {
    if (!(kHWM in Object(this))) throw new ERR_INVALID_THIS('CountQueuingStrategy');
    return this[kHWM];
  }
  get size() {
    if (!(kHWM in Object(this))) throw new ERR_INVALID_THIS('CountQueuingStrategy');
    return countSize;
  }
}
Object.defineProperty(CountQueuingStrategy.prototype, Symbol.toStringTag, { value: 'CountQueuingStrategy', configurable: true });
CountQueuingStrategy.prototype[w.kInspect] = w.inspectWith('CountQueuingStrategy', function() {
  return { highWaterMark: this[kHWM] };
});

const kTransform = Symbol('kTransform');
const kDecoder = Symbol('kDecoder');

class TextEncoderStream {
  constructor() {
    const encoder = new TextEncoder();
    // A lone high surrogate at a chunk's end waits for the next chunk.
    let pending = '';
    this[kTransform] = new T.TransformStream({
      transform(chunk, controller) {
        let s = pending + String(chunk);
        pending = '';
        if (s.length > 0) {
          const last = s.charCodeAt(s.length - 1);
          if (last >= 0xD800 && last <= 0xDBFF) {
            pending = s[s.length - 1];
            s = s.slice(0, -1);
          }
        }
        if (s.length > 0) controller.enqueue(encoder.encode(s));
      },
      flush(controller) {
        if (pending) controller.enqueue(new Uint8Array([0xEF, 0xBF, 0xBD]));
      },
    });
  }
  get encoding() { return 'utf-8'; }
  get readable() { return this[kTransform].readable; }
  get writable() { return this[kTransform].writable; }
}

class TextDecoderStream {
  constructor(encoding = 'utf-8', options = {}) {
    const decoder = new TextDecoder(encoding, options);
    this[kTransform] = new T.TransformStream({
      transform(chunk, controller) {
        const s = decoder.decode(chunk, { stream: true });
        if (s) controller.enqueue(s);
      },
      flush(controller) {
        const s = decoder.decode();
        if (s) controller.enqueue(s);
      },
    });
    this[kDecoder] = decoder;
  }
  get encoding() { return this[kDecoder].encoding; }
  get fatal() { return this[kDecoder].fatal; }
  get ignoreBOM() { return this[kDecoder].ignoreBOM; }
  get readable() { return this[kTransform].readable; }
  get writable() { return this[kTransform].writable; }
}

// The compression streams are zlib streams seen through the web adapters,
// as in Node; zlib is loaded on first construction.
const kPair = Symbol('kPair');
function compressionPair(format, compress) {
  if (format !== 'deflate' && format !== 'deflate-raw' && format !== 'gzip') {
    throw new ERR_INVALID_ARG_VALUE('format', format);
  }
  const zlib = require('zlib');
  let stream;
  switch (format) {
    case 'deflate': stream = compress ? zlib.createDeflate() : zlib.createInflate(); break;
    case 'deflate-raw': stream = compress ? zlib.createDeflateRaw() : zlib.createInflateRaw(); break;
    case 'gzip': stream = compress ? zlib.createGzip() : zlib.createGunzip(); break;
    default: throw new ERR_INVALID_ARG_VALUE('format', format);
  }
  return require('internal/webstreams/adapters').newReadableWritablePairFromDuplex(stream);
}

class CompressionStream {
  constructor(format) {
    this[kPair] = compressionPair(format, true);
  }
  get readable() { return this[kPair].readable; }
  get writable() { return this[kPair].writable; }
}

class DecompressionStream {
  constructor(format) {
    this[kPair] = compressionPair(format, false);
  }
  get readable() { return this[kPair].readable; }
  get writable() { return this[kPair].writable; }
}

const inspectFields = {
  CompressionStream: () => ({}),
  DecompressionStream: () => ({}),
  TextEncoderStream: (s) => ({ encoding: s.encoding }),
  TextDecoderStream: (s) => ({ encoding: s.encoding, fatal: s.fatal, ignoreBOM: s.ignoreBOM }),
};
for (const C of [CompressionStream, DecompressionStream, TextEncoderStream, TextDecoderStream]) {
  // node tags the compression streams only.
  if (C === CompressionStream || C === DecompressionStream) {
    Object.defineProperty(C.prototype, Symbol.toStringTag, { value: C.name, configurable: true });
  }
  const inspect = w.inspectWith(C.name, function() {
    return { ...inspectFields[C.name](this), readable: this.readable, writable: this.writable };
  });
  // node brand-checks these four before inspecting.
  C.prototype[w.kInspect] = function(depth, options, fn) {
    if (!(this instanceof C)) throw new ERR_INVALID_THIS(C.name);
    return inspect.call(this, depth, options, fn);
  };
}

// notImplemented stands in for a class gorun lacks: it carries node's
// name and toStringTag so feature checks see the real shape, and throws
// on construction.
function notImplemented(name) {
  const C = {
    [name]: class {
      constructor() { throw new ERR_NOT_IMPLEMENTED(name); }
    },
  }[name];
  Object.defineProperty(C.prototype, Symbol.toStringTag, { value: name, configurable: true });
  return C;
}

module.exports = {
  ReadableStream: R.ReadableStream,
  ReadableStreamDefaultReader: R.ReadableStreamDefaultReader,
  ReadableStreamBYOBReader: notImplemented('ReadableStreamBYOBReader'),
  ReadableStreamBYOBRequest: notImplemented('ReadableStreamBYOBRequest'),
  ReadableByteStreamController: R.ReadableByteStreamController,
  ReadableStreamDefaultController: R.ReadableStreamDefaultController,
  TransformStream: T.TransformStream,
  TransformStreamDefaultController: T.TransformStreamDefaultController,
  WritableStream: W.WritableStream,
  WritableStreamDefaultWriter: W.WritableStreamDefaultWriter,
  WritableStreamDefaultController: W.WritableStreamDefaultController,
  ByteLengthQueuingStrategy,
  CountQueuingStrategy,
  TextEncoderStream,
  TextDecoderStream,
  CompressionStream,
  DecompressionStream,
};
