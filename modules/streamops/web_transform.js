'use strict';
// TransformStream (WHATWG Streams §6): a writable side whose writes run
// transform() and a readable side fed by controller.enqueue, joined by
// the backpressure flag so writes wait while the readable is full.

const {
  codes: { ERR_ILLEGAL_CONSTRUCTOR, ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE, ERR_INVALID_STATE },
} = require('internal/errors');
const w = require('internal/webstreams/util');
const { kState, kType } = w;
const R = require('internal/webstreams/readablestream');
const W = require('internal/webstreams/writablestream');

const kTS = 'TransformStream';
const kController = 'TransformStreamDefaultController';

class TransformStream {
  constructor(transformer = {}, writableStrategy = {}, readableStrategy = {}) {
    if (transformer === null) transformer = {};
    if (typeof transformer !== 'object' && typeof transformer !== 'function') {
      throw new ERR_INVALID_ARG_TYPE('transformer', 'Object', transformer);
    }
    if (transformer.readableType !== undefined) {
      throw new ERR_INVALID_ARG_VALUE.RangeError('transformer.readableType', transformer.readableType);
    }
    if (transformer.writableType !== undefined) {
      throw new ERR_INVALID_ARG_VALUE.RangeError('transformer.writableType', transformer.writableType);
    }
    const readableHWM = w.extractHighWaterMark(readableStrategy, 0);
    const readableSize = w.extractSizeAlgorithm(readableStrategy);
    const writableHWM = w.extractHighWaterMark(writableStrategy, 1);
    const writableSize = w.extractSizeAlgorithm(writableStrategy);
    const startPromise = w.deferred();
    this[kType] = kTS;
    initialize(this, startPromise, writableHWM, writableSize, readableHWM, readableSize);
    const c = setupController(this, transformer);
    const start = w.method(transformer, 'start', () => undefined, 'transformer');
    startPromise.resolve(start(c.controller));
  }

  get readable() { return w.brand(this, kTS).readable; }
  get writable() { return w.brand(this, kTS).writable; }
}
Object.defineProperty(TransformStream.prototype, Symbol.toStringTag, { value: kTS, configurable: true });
TransformStream.prototype[w.kInspect] = w.inspectWith(kTS, function() {
  const s = this[kState];
  return { readable: s.readable, writable: s.writable, backpressure: s.backpressure };
});

function initialize(stream, startPromise, writableHWM, writableSize, readableHWM, readableSize) {
  const s = {
    readable: undefined,
    writable: undefined,
    backpressure: undefined,
    backpressureChange: undefined,
    controller: undefined,
  };
  stream[kState] = s;
  const start = () => startPromise.promise;
  s.writable = W.createWritableStream(start, (chunk) => sinkWrite(stream, chunk),
    () => sinkClose(stream), (reason) => sinkAbort(stream, reason), writableHWM, writableSize);
  s.readable = R.createReadableStream(start, () => sourcePull(stream),
    (reason) => sourceCancel(stream, reason), readableHWM, readableSize);
  setBackpressure(stream, true);
}

function setupController(stream, transformer) {
  const controller = Object.create(TransformStreamDefaultController.prototype);
  controller[kType] = kController;
  const transform = w.method(transformer, 'transform', undefined, 'transformer');
  const flush = w.method(transformer, 'flush', () => undefined, 'transformer');
  const cancel = w.method(transformer, 'cancel', () => undefined, 'transformer');
  const c = {
    controller,
    stream,
    finish: undefined,
    transformAlgorithm: transform ?
      (chunk) => w.promiseCall(transform, chunk, controller) :
      (chunk) => {
        try {
          controllerEnqueue(c, chunk);
          return Promise.resolve();
        } catch (err) {
          return Promise.reject(err);
        }
      },
    flushAlgorithm: () => w.promiseCall(flush, controller),
    cancelAlgorithm: (reason) => w.promiseCall(cancel, reason),
  };
  controller[kState] = c;
  stream[kState].controller = c;
  return c;
}

class TransformStreamDefaultController {
  constructor() { throw new ERR_ILLEGAL_CONSTRUCTOR(); }
  get desiredSize() {
    const c = w.brand(this, kController);
    return R.desiredSize(c.stream[kState].readable[kState].controller);
  }
  enqueue(chunk) { controllerEnqueue(w.brand(this, kController), chunk); }
  error(reason) { transformStreamError(w.brand(this, kController).stream, reason); }
  terminate() {
    const c = w.brand(this, kController);
    const stream = c.stream;
    R.controllerClose(stream[kState].readable[kState].controller);
    errorWritableAndUnblockWrite(stream, new ERR_INVALID_STATE.TypeError('TransformStream terminated'));
  }
}
Object.defineProperty(TransformStreamDefaultController.prototype, Symbol.toStringTag, { value: kController, configurable: true });

function clearAlgorithms(c) {
  c.transformAlgorithm = undefined;
  c.flushAlgorithm = undefined;
  c.cancelAlgorithm = undefined;
}

function controllerEnqueue(c, chunk) {
  const stream = c.stream;
  const s = stream[kState];
  const rc = s.readable[kState].controller;
  if (!R.canCloseOrEnqueue(rc)) {
    throw new ERR_INVALID_STATE.TypeError('Unable to enqueue');
  }
  try {
    R.controllerEnqueue(rc, chunk);
  } catch (err) {
    errorWritableAndUnblockWrite(stream, err);
    throw s.readable[kState].storedError;
  }
  // The readable has backpressure when it would not pull.
  const backpressure = !(R.desiredSize(rc) > 0);
  if (backpressure !== s.backpressure) setBackpressure(stream, true);
}

function transformStreamError(stream, e) {
  R.controllerError(stream[kState].readable[kState].controller, e);
  errorWritableAndUnblockWrite(stream, e);
}

function errorWritableAndUnblockWrite(stream, e) {
  const s = stream[kState];
  clearAlgorithms(s.controller);
  W.controllerErrorIfNeeded(s.writable[kState].controller, e);
  unblockWrite(stream);
}

function unblockWrite(stream) {
  if (stream[kState].backpressure) setBackpressure(stream, false);
}

function setBackpressure(stream, backpressure) {
  const s = stream[kState];
  if (s.backpressureChange !== undefined) s.backpressureChange.resolve();
  s.backpressureChange = w.deferred();
  s.backpressure = backpressure;
}

function performTransform(c, chunk) {
  return c.transformAlgorithm(chunk).catch((r) => {
    transformStreamError(c.stream, r);
    throw r;
  });
}

function sinkWrite(stream, chunk) {
  const s = stream[kState];
  const c = s.controller;
  if (s.backpressure) {
    return s.backpressureChange.promise.then(() => {
      const ws = s.writable[kState];
      if (ws.state === 'erroring') throw ws.storedError;
      return performTransform(c, chunk);
    });
  }
  return performTransform(c, chunk);
}

function sinkAbort(stream, reason) {
  const s = stream[kState];
  const c = s.controller;
  if (c.finish !== undefined) return c.finish.promise;
  const readable = s.readable;
  c.finish = w.deferred();
  const cancelPromise = c.cancelAlgorithm(reason);
  clearAlgorithms(c);
  cancelPromise.then(() => {
    if (readable[kState].state === 'errored') {
      c.finish.reject(readable[kState].storedError);
    } else {
      R.controllerError(readable[kState].controller, reason);
      c.finish.resolve();
    }
  }, (r) => {
    R.controllerError(readable[kState].controller, r);
    c.finish.reject(r);
  });
  return c.finish.promise;
}

function sinkClose(stream) {
  const s = stream[kState];
  const c = s.controller;
  if (c.finish !== undefined) return c.finish.promise;
  const readable = s.readable;
  c.finish = w.deferred();
  const flushPromise = c.flushAlgorithm();
  clearAlgorithms(c);
  flushPromise.then(() => {
    if (readable[kState].state === 'errored') {
      c.finish.reject(readable[kState].storedError);
    } else {
      R.controllerClose(readable[kState].controller);
      c.finish.resolve();
    }
  }, (r) => {
    R.controllerError(readable[kState].controller, r);
    c.finish.reject(r);
  });
  return c.finish.promise;
}

function sourcePull(stream) {
  setBackpressure(stream, false);
  return stream[kState].backpressureChange.promise;
}

function sourceCancel(stream, reason) {
  const s = stream[kState];
  const c = s.controller;
  if (c.finish !== undefined) return c.finish.promise;
  const writable = s.writable;
  c.finish = w.deferred();
  const cancelPromise = c.cancelAlgorithm(reason);
  clearAlgorithms(c);
  cancelPromise.then(() => {
    if (writable[kState].state === 'errored') {
      c.finish.reject(writable[kState].storedError);
    } else {
      W.controllerErrorIfNeeded(writable[kState].controller, reason);
      unblockWrite(stream);
      c.finish.resolve();
    }
  }, (r) => {
    W.controllerErrorIfNeeded(writable[kState].controller, r);
    unblockWrite(stream);
    c.finish.reject(r);
  });
  return c.finish.promise;
}

module.exports = { TransformStream, TransformStreamDefaultController };
