'use strict';
// internal/streams/duplex: a Readable that is also a Writable. It inherits
// from Readable and borrows Writable's methods, so `instanceof Writable`
// answers through Writable[Symbol.hasInstance].
// https://nodejs.org/docs/latest-v20.x/api/stream.html#class-streamduplex

module.exports = Duplex;

const Readable = require('internal/streams/readable');
const Writable = require('internal/streams/writable');

Object.setPrototypeOf(Duplex.prototype, Readable.prototype);
Object.setPrototypeOf(Duplex, Readable);

for (const method of Object.keys(Writable.prototype)) {
  if (!Duplex.prototype[method]) Duplex.prototype[method] = Writable.prototype[method];
}

// Writable's destroy also fails queued writes; Readable's does not.
Duplex.prototype.destroy = Writable.prototype.destroy;

function Duplex(options) {
  if (!(this instanceof Duplex)) return new Duplex(options);
  Readable.call(this, options);
  Writable.call(this, options);
  if (options) {
    this.allowHalfOpen = options.allowHalfOpen !== false;
    if (options.readable === false) {
      const r = this._readableState;
      r.readable = false;
      r.ended = true;
      r.endEmitted = true;
    }
    if (options.writable === false) {
      const w = this._writableState;
      w.writable = false;
      w.ending = true;
      w.ended = true;
      w.finished = true;
    }
  } else {
    this.allowHalfOpen = true;
  }
}

function writableGetter(name) {
  return Object.getOwnPropertyDescriptor(Writable.prototype, name);
}

Object.defineProperties(Duplex.prototype, {
  writable: { __proto__: null, ...writableGetter('writable') },
  writableHighWaterMark: { __proto__: null, ...writableGetter('writableHighWaterMark') },
  writableObjectMode: { __proto__: null, ...writableGetter('writableObjectMode') },
  writableBuffer: { __proto__: null, ...writableGetter('writableBuffer') },
  writableLength: { __proto__: null, ...writableGetter('writableLength') },
  writableFinished: { __proto__: null, ...writableGetter('writableFinished') },
  writableCorked: { __proto__: null, ...writableGetter('writableCorked') },
  writableEnded: { __proto__: null, ...writableGetter('writableEnded') },
  writableNeedDrain: { __proto__: null, ...writableGetter('writableNeedDrain') },
  destroyed: {
    __proto__: null,
    // Destroyed only when both sides are.
    get() {
      if (this._readableState === undefined || this._writableState === undefined) return false;
      return this._readableState.destroyed && this._writableState.destroyed;
    },
    set(value) {
      if (this._readableState && this._writableState) {
        this._readableState.destroyed = value;
        this._writableState.destroyed = value;
      }
    },
  },
});

Duplex.from = function(body) {
  return require('internal/streams/duplexify')(Duplex, body);
};

// The web stream adapters are modules/streamops'.
Duplex.fromWeb = function(pair, options) {
  return require('internal/webstreams/adapters').newStreamDuplexFromReadableWritablePair(pair, options);
};

Duplex.toWeb = function(duplex) {
  return require('internal/webstreams/adapters').newReadableWritablePairFromDuplex(duplex);
};
