'use strict';
// stream: require('stream') is the legacy Stream constructor carrying the
// stream classes and helpers. The helpers that modules/streamops provides
// (pipeline, finished, compose, addAbortSignal, promises) are loaded on
// first use so requiring 'stream' costs only the core classes.
// https://nodejs.org/docs/latest-v20.x/api/stream.html

const { Buffer } = require('buffer');
const utils = require('internal/streams/utils');
const destroyImpl = require('internal/streams/destroy');
const { getDefaultHighWaterMark, setDefaultHighWaterMark } = require('internal/streams/state');

const Stream = module.exports = require('internal/streams/legacy').Stream;

const kCustomPromisify = Symbol.for('nodejs.util.promisify.custom');

Stream.isDestroyed = utils.isDestroyed;
Stream.isDisturbed = utils.isDisturbed;
Stream.isErrored = utils.isErrored;
Stream.isReadable = utils.isReadable;
Stream.isWritable = utils.isWritable;

Stream.Readable = require('internal/streams/readable');
Stream.Writable = require('internal/streams/writable');
Stream.Duplex = require('internal/streams/duplex');
Stream.Transform = require('internal/streams/transform');
Stream.PassThrough = require('internal/streams/passthrough');
Stream.duplexPair = duplexPair;

function pipeline(...streams) {
  return require('internal/streams/pipeline').pipeline(...streams);
}
Object.defineProperty(pipeline, kCustomPromisify, {
  __proto__: null,
  enumerable: true,
  get() { return require('stream/promises').pipeline; },
});
Stream.pipeline = pipeline;

Stream.addAbortSignal = function addAbortSignal(signal, stream) {
  return require('internal/streams/add-abort-signal').addAbortSignal(signal, stream);
};

function finished(stream, opts, callback) {
  return require('internal/streams/end-of-stream')(stream, opts, callback);
}
Object.defineProperty(finished, kCustomPromisify, {
  __proto__: null,
  enumerable: true,
  get() { return require('stream/promises').finished; },
});
Stream.finished = finished;

Stream.destroy = destroyImpl.destroyer;
Stream.compose = function compose(...streams) {
  return require('internal/streams/compose').compose(...streams);
};
Stream.setDefaultHighWaterMark = setDefaultHighWaterMark;
Stream.getDefaultHighWaterMark = getDefaultHighWaterMark;

Object.defineProperty(Stream, 'promises', {
  __proto__: null,
  configurable: true,
  enumerable: true,
  get() { return require('stream/promises'); },
});

// Backwards compatibility with old code that does `require('stream').Stream`.
Stream.Stream = Stream;

Stream._isArrayBufferView = ArrayBuffer.isView;
Stream._isUint8Array = function _isUint8Array(value) {
  return value instanceof Uint8Array;
};
Stream._uint8ArrayToBuffer = function _uint8ArrayToBuffer(chunk) {
  return Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
};

// duplexPair: two Duplexes where what one writes, the other reads. The
// writer's callback waits until the peer's reader asks for more.
let DuplexSide;
function duplexPair(options) {
  if (!DuplexSide) DuplexSide = makeDuplexSide(Stream.Duplex);
  const side0 = new DuplexSide(options);
  const side1 = new DuplexSide(options);
  side0._otherSide = side1;
  side1._otherSide = side0;
  return [side0, side1];
}

function makeDuplexSide(Duplex) {
  return class DuplexSide extends Duplex {
    constructor(options) {
      super(options);
      Object.defineProperty(this, '_otherSide', { __proto__: null, value: null, writable: true });
      Object.defineProperty(this, '_pendingCallback', { __proto__: null, value: null, writable: true });
    }

    _read() {
      const callback = this._pendingCallback;
      if (callback) {
        this._pendingCallback = null;
        callback();
      }
    }

    _write(chunk, encoding, callback) {
      if (chunk.length === 0) {
        process.nextTick(callback);
      } else {
        this._otherSide.push(chunk);
        this._otherSide._pendingCallback = callback;
      }
    }

    _final(callback) {
      this._otherSide.on('end', callback);
      this._otherSide.push(null);
    }
  };
}
