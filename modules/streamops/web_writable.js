'use strict';
// WritableStream (WHATWG Streams §5) with its default controller and
// writer: the spec's state machine (writable → erroring → errored, or
// closed), one write or close in flight at a time, and backpressure
// through writer.ready.

const {
  codes: {
    ERR_ILLEGAL_CONSTRUCTOR,
    ERR_INVALID_ARG_TYPE,
    ERR_INVALID_ARG_VALUE,
    ERR_INVALID_STATE,
    ERR_INVALID_THIS,
  },
} = require('internal/errors');
const w = require('internal/webstreams/util');
const { kState, kType } = w;
const su = require('internal/streamops/utils');

const kWS = 'WritableStream';
const kWriter = 'WritableStreamDefaultWriter';
const kController = 'WritableStreamDefaultController';
const kCloseSentinel = Symbol('close');

function isWritableStream(v) { return w.isBrand(v, kWS); }

// A deferred that knows whether it settled (the spec asks "is pending").
function tracked() {
  const d = w.deferred();
  d.pending = true;
  const { resolve, reject } = d;
  d.resolve = (v) => { d.pending = false; resolve(v); };
  d.reject = (e) => { d.pending = false; reject(e); };
  return d;
}
function resolved() {
  const d = tracked();
  d.resolve();
  return d;
}
function rejected(e) {
  const d = tracked();
  d.reject(e);
  w.setPromiseHandled(d.promise);
  return d;
}

class WritableStream {
  constructor(sink = {}, strategy = {}) {
    if (sink === null) sink = {};
    if (typeof sink !== 'object' && typeof sink !== 'function') {
      throw new ERR_INVALID_ARG_TYPE('sink', 'Object', sink);
    }
    if (sink.type !== undefined) throw new ERR_INVALID_ARG_VALUE.RangeError('type', sink.type);
    initStream(this);
    const hwm = w.extractHighWaterMark(strategy, 1);
    const size = w.extractSizeAlgorithm(strategy);
    const start = w.method(sink, 'start', () => undefined, 'sink');
    const write = w.method(sink, 'write', () => undefined, 'sink');
    const close = w.method(sink, 'close', () => undefined, 'sink');
    const abort = w.method(sink, 'abort', () => undefined, 'sink');
    setupController(this, start, (chunk, c) => w.promiseCall(write, chunk, c), () => w.promiseCall(close),
      (reason) => w.promiseCall(abort, reason), hwm, size);
  }

  get locked() {
    return w.brand(this, kWS).writer !== undefined;
  }

  abort(reason) {
    if (!isWritableStream(this)) return Promise.reject(new ERR_INVALID_THIS(kWS));
    if (this[kState].writer !== undefined) {
      return Promise.reject(new ERR_INVALID_STATE.TypeError('WritableStream is locked'));
    }
    return writableStreamAbort(this, reason);
  }

  close() {
    if (!isWritableStream(this)) return Promise.reject(new ERR_INVALID_THIS(kWS));
    if (this[kState].writer !== undefined) {
      return Promise.reject(new ERR_INVALID_STATE.TypeError('WritableStream is locked'));
    }
    if (closeQueuedOrInFlight(this)) {
      return Promise.reject(new ERR_INVALID_STATE.TypeError('Failure closing WritableStream'));
    }
    return writableStreamClose(this);
  }

  getWriter() {
    w.brand(this, kWS);
    return new WritableStreamDefaultWriter(this);
  }
}
Object.defineProperty(WritableStream.prototype, Symbol.toStringTag, { value: kWS, configurable: true });
WritableStream.prototype[w.kInspect] = w.inspectWith(kWS, function() {
  return { locked: this.locked, state: this[kState].state };
});

function initStream(stream) {
  stream[kType] = kWS;
  stream[kState] = {
    state: 'writable',
    storedError: undefined,
    writer: undefined,
    controller: undefined,
    inFlightWriteRequest: undefined,
    closeRequest: undefined,
    inFlightCloseRequest: undefined,
    pendingAbortRequest: undefined,
    writeRequests: [],
    backpressure: false,
  };
  const closed = w.deferred();
  w.setPromiseHandled(closed.promise);
  stream[su.kIsClosedPromise] = closed;
  stream[su.kControllerErrorFunction] = (err) => controllerErrorIfNeeded(stream[kState].controller, err);
}

// createWritableStream makes a stream from algorithms (TransformStream).
function createWritableStream(start, write, close, abort, hwm = 1, size = () => 1) {
  const stream = Object.create(WritableStream.prototype);
  initStream(stream);
  setupController(stream, start, write, close, abort, hwm, size);
  return stream;
}

function setupController(stream, start, write, close, abort, hwm, size) {
  const controller = Object.create(WritableStreamDefaultController.prototype);
  controller[kType] = kController;
  const c = {
    controller,
    stream,
    queue: [],
    queueTotalSize: 0,
    started: false,
    hwm,
    sizeAlgorithm: size,
    writeAlgorithm: (chunk) => write(chunk, controller),
    closeAlgorithm: close,
    abortAlgorithm: abort,
    abortController: new AbortController(),
  };
  controller[kState] = c;
  stream[kState].controller = c;
  updateBackpressure(stream, getBackpressure(c));
  const startResult = start(controller);
  Promise.resolve(startResult).then(() => {
    c.started = true;
    advanceQueueIfNeeded(c);
  }, (r) => {
    c.started = true;
    dealWithRejection(stream, r);
  });
}

class WritableStreamDefaultController {
  constructor() { throw new ERR_ILLEGAL_CONSTRUCTOR(); }
  get signal() { return w.brand(this, kController).abortController.signal; }
  error(error) {
    const c = w.brand(this, kController);
    if (c.stream[kState].state !== 'writable') return;
    controllerError(c, error);
  }
}
Object.defineProperty(WritableStreamDefaultController.prototype, Symbol.toStringTag, { value: kController, configurable: true });

function clearAlgorithms(c) {
  c.writeAlgorithm = undefined;
  c.closeAlgorithm = undefined;
  c.abortAlgorithm = undefined;
  c.sizeAlgorithm = undefined;
}

function desiredSize(c) { return c.hwm - c.queueTotalSize; }
function getBackpressure(c) { return desiredSize(c) <= 0; }

function controllerError(c, error) {
  clearAlgorithms(c);
  startErroring(c.stream, error);
}

function controllerErrorIfNeeded(c, error) {
  if (c && c.stream[kState].state === 'writable') controllerError(c, error);
}

function closeQueuedOrInFlight(stream) {
  const s = stream[kState];
  return s.closeRequest !== undefined || s.inFlightCloseRequest !== undefined;
}

function hasOperationMarkedInFlight(stream) {
  const s = stream[kState];
  return s.inFlightWriteRequest !== undefined || s.inFlightCloseRequest !== undefined;
}

function updateBackpressure(stream, backpressure) {
  const s = stream[kState];
  const writer = s.writer;
  if (writer !== undefined && backpressure !== s.backpressure) {
    if (backpressure) writer[kState].ready = tracked();
    else writer[kState].ready.resolve();
  }
  s.backpressure = backpressure;
}

function writableStreamAbort(stream, reason) {
  const s = stream[kState];
  if (s.state === 'closed' || s.state === 'errored') return Promise.resolve();
  s.controller.abortController.abort(reason);
  if (s.state === 'closed' || s.state === 'errored') return Promise.resolve();
  if (s.pendingAbortRequest !== undefined) return s.pendingAbortRequest.promise.promise;
  const wasAlreadyErroring = s.state === 'erroring';
  if (wasAlreadyErroring) reason = undefined;
  const promise = w.deferred();
  s.pendingAbortRequest = { promise, reason, wasAlreadyErroring };
  if (!wasAlreadyErroring) startErroring(stream, reason);
  return promise.promise;
}

function writableStreamClose(stream) {
  const s = stream[kState];
  if (s.state === 'closed' || s.state === 'errored') {
    return Promise.reject(new ERR_INVALID_STATE.TypeError('WritableStream is closed'));
  }
  const promise = w.deferred();
  s.closeRequest = promise;
  if (s.writer !== undefined && s.backpressure && s.state === 'writable') s.writer[kState].ready.resolve();
  const c = s.controller;
  w.enqueueValueWithSize(c, kCloseSentinel, 0);
  advanceQueueIfNeeded(c);
  return promise.promise;
}

function dealWithRejection(stream, error) {
  if (stream[kState].state === 'writable') {
    startErroring(stream, error);
    return;
  }
  finishErroring(stream);
}

function startErroring(stream, reason) {
  const s = stream[kState];
  s.state = 'erroring';
  s.storedError = reason;
  if (s.writer !== undefined) writerEnsureReadyPromiseRejected(s.writer, reason);
  if (!hasOperationMarkedInFlight(stream) && s.controller.started) finishErroring(stream);
}

function finishErroring(stream) {
  const s = stream[kState];
  s.state = 'errored';
  w.resetQueue(s.controller);
  const storedError = s.storedError;
  for (const req of s.writeRequests) req.reject(storedError);
  s.writeRequests = [];
  const abortRequest = s.pendingAbortRequest;
  if (abortRequest === undefined) {
    rejectCloseAndClosedPromiseIfNeeded(stream);
    return;
  }
  s.pendingAbortRequest = undefined;
  if (abortRequest.wasAlreadyErroring) {
    abortRequest.promise.reject(storedError);
    rejectCloseAndClosedPromiseIfNeeded(stream);
    return;
  }
  const c = s.controller;
  const abort = c.abortAlgorithm;
  clearAlgorithms(c);
  abort(abortRequest.reason).then(() => {
    abortRequest.promise.resolve();
    rejectCloseAndClosedPromiseIfNeeded(stream);
  }, (reason) => {
    abortRequest.promise.reject(reason);
    rejectCloseAndClosedPromiseIfNeeded(stream);
  });
}

function rejectCloseAndClosedPromiseIfNeeded(stream) {
  const s = stream[kState];
  if (s.closeRequest !== undefined) {
    s.closeRequest.reject(s.storedError);
    s.closeRequest = undefined;
  }
  stream[su.kIsClosedPromise].reject(s.storedError);
  const writer = s.writer;
  if (writer !== undefined) {
    writer[kState].closed.reject(s.storedError);
    w.setPromiseHandled(writer[kState].closed.promise);
  }
}

function finishInFlightWrite(stream) {
  stream[kState].inFlightWriteRequest.resolve();
  stream[kState].inFlightWriteRequest = undefined;
}

function finishInFlightWriteWithError(stream, error) {
  stream[kState].inFlightWriteRequest.reject(error);
  stream[kState].inFlightWriteRequest = undefined;
  dealWithRejection(stream, error);
}

function finishInFlightClose(stream) {
  const s = stream[kState];
  s.inFlightCloseRequest.resolve();
  s.inFlightCloseRequest = undefined;
  if (s.state === 'erroring') {
    s.storedError = undefined;
    if (s.pendingAbortRequest !== undefined) {
      s.pendingAbortRequest.promise.resolve();
      s.pendingAbortRequest = undefined;
    }
  }
  s.state = 'closed';
  stream[su.kIsClosedPromise].resolve();
  if (s.writer !== undefined) s.writer[kState].closed.resolve();
}

function finishInFlightCloseWithError(stream, error) {
  const s = stream[kState];
  s.inFlightCloseRequest.reject(error);
  s.inFlightCloseRequest = undefined;
  if (s.pendingAbortRequest !== undefined) {
    s.pendingAbortRequest.promise.reject(error);
    s.pendingAbortRequest = undefined;
  }
  dealWithRejection(stream, error);
}

function advanceQueueIfNeeded(c) {
  const stream = c.stream;
  const s = stream[kState];
  if (!c.started || s.inFlightWriteRequest !== undefined) return;
  if (s.state === 'erroring') {
    finishErroring(stream);
    return;
  }
  if (c.queue.length === 0) return;
  const value = w.peekQueueValue(c);
  if (value === kCloseSentinel) processClose(c);
  else processWrite(c, value);
}

function processClose(c) {
  const stream = c.stream;
  const s = stream[kState];
  s.inFlightCloseRequest = s.closeRequest;
  s.closeRequest = undefined;
  w.dequeueValue(c);
  const close = c.closeAlgorithm;
  clearAlgorithms(c);
  close().then(() => finishInFlightClose(stream), (r) => finishInFlightCloseWithError(stream, r));
}

function processWrite(c, chunk) {
  const stream = c.stream;
  const s = stream[kState];
  s.inFlightWriteRequest = s.writeRequests.shift();
  c.writeAlgorithm(chunk).then(() => {
    finishInFlightWrite(stream);
    const state = s.state;
    w.dequeueValue(c);
    if (!closeQueuedOrInFlight(stream) && state === 'writable') updateBackpressure(stream, getBackpressure(c));
    advanceQueueIfNeeded(c);
  }, (reason) => {
    if (s.state === 'writable') clearAlgorithms(c);
    finishInFlightWriteWithError(stream, reason);
  });
}

class WritableStreamDefaultWriter {
  constructor(stream) {
    if (!isWritableStream(stream)) throw new ERR_INVALID_ARG_TYPE('stream', 'WritableStream', stream);
    if (stream[kState].writer !== undefined) throw new ERR_INVALID_STATE.TypeError('WritableStream is locked');
    this[kType] = kWriter;
    const st = { stream, ready: undefined, closed: undefined };
    this[kState] = st;
    const s = stream[kState];
    s.writer = this;
    if (s.state === 'writable') {
      st.ready = !closeQueuedOrInFlight(stream) && s.backpressure ? tracked() : resolved();
      st.closed = tracked();
    } else if (s.state === 'erroring') {
      st.ready = rejected(s.storedError);
      st.closed = tracked();
    } else if (s.state === 'closed') {
      st.ready = resolved();
      st.closed = resolved();
    } else {
      st.ready = rejected(s.storedError);
      st.closed = rejected(s.storedError);
    }
  }

  get closed() {
    if (!w.isBrand(this, kWriter)) return Promise.reject(new ERR_INVALID_THIS(kWriter));
    return this[kState].closed.promise;
  }

  get ready() {
    if (!w.isBrand(this, kWriter)) return Promise.reject(new ERR_INVALID_THIS(kWriter));
    return this[kState].ready.promise;
  }

  get desiredSize() {
    const st = w.brand(this, kWriter);
    if (st.stream === undefined) throw new ERR_INVALID_STATE.TypeError('Writer is not bound to a WritableStream');
    return writerDesiredSize(this);
  }

  abort(reason) {
    if (!w.isBrand(this, kWriter)) return Promise.reject(new ERR_INVALID_THIS(kWriter));
    const stream = this[kState].stream;
    if (stream === undefined) return Promise.reject(unbound());
    return writableStreamAbort(stream, reason);
  }

  close() {
    if (!w.isBrand(this, kWriter)) return Promise.reject(new ERR_INVALID_THIS(kWriter));
    const stream = this[kState].stream;
    if (stream === undefined) return Promise.reject(unbound());
    if (closeQueuedOrInFlight(stream)) {
      return Promise.reject(new ERR_INVALID_STATE.TypeError('Failure to close WritableStream'));
    }
    return writableStreamClose(stream);
  }

  releaseLock() {
    const st = w.brand(this, kWriter);
    if (st.stream === undefined) return;
    writerRelease(this);
  }

  write(chunk) {
    if (!w.isBrand(this, kWriter)) return Promise.reject(new ERR_INVALID_THIS(kWriter));
    if (this[kState].stream === undefined) return Promise.reject(unbound());
    return writerWrite(this, chunk);
  }
}
Object.defineProperty(WritableStreamDefaultWriter.prototype, Symbol.toStringTag, { value: kWriter, configurable: true });

function unbound() {
  return new ERR_INVALID_STATE.TypeError('Writer is not bound to a WritableStream');
}

function writerDesiredSize(writer) {
  const s = writer[kState].stream[kState];
  if (s.state === 'errored' || s.state === 'erroring') return null;
  if (s.state === 'closed') return 0;
  return desiredSize(s.controller);
}

function writerEnsureReadyPromiseRejected(writer, error) {
  const st = writer[kState];
  if (st.ready.pending) st.ready.reject(error);
  else st.ready = rejected(error);
  w.setPromiseHandled(st.ready.promise);
}

function writerEnsureClosedPromiseRejected(writer, error) {
  const st = writer[kState];
  if (st.closed.pending) st.closed.reject(error);
  else st.closed = rejected(error);
  w.setPromiseHandled(st.closed.promise);
}

function writerRelease(writer) {
  const st = writer[kState];
  const err = new ERR_INVALID_STATE.TypeError('Writer was released');
  writerEnsureReadyPromiseRejected(writer, err);
  writerEnsureClosedPromiseRejected(writer, err);
  st.stream[kState].writer = undefined;
  st.stream = undefined;
}

function writerWrite(writer, chunk) {
  const stream = writer[kState].stream;
  const s = stream[kState];
  const c = s.controller;
  let chunkSize = 1;
  try {
    chunkSize = c.sizeAlgorithm ? c.sizeAlgorithm(chunk) : 1;
  } catch (err) {
    controllerErrorIfNeeded(c, err);
  }
  if (stream !== writer[kState].stream) return Promise.reject(unbound());
  if (s.state === 'errored') return Promise.reject(s.storedError);
  if (closeQueuedOrInFlight(stream) || s.state === 'closed') {
    return Promise.reject(new ERR_INVALID_STATE.TypeError('WritableStream is closed'));
  }
  if (s.state === 'erroring') return Promise.reject(s.storedError);
  const promise = w.deferred();
  s.writeRequests.push(promise);
  try {
    w.enqueueValueWithSize(c, chunk, chunkSize);
  } catch (err) {
    controllerErrorIfNeeded(c, err);
    return promise.promise;
  }
  if (!closeQueuedOrInFlight(stream) && s.state === 'writable') updateBackpressure(stream, getBackpressure(c));
  advanceQueueIfNeeded(c);
  return promise.promise;
}

function writerCloseWithErrorPropagation(writer) {
  const stream = writer[kState].stream;
  const s = stream[kState];
  if (closeQueuedOrInFlight(stream) || s.state === 'closed') return Promise.resolve();
  if (s.state === 'errored') return Promise.reject(s.storedError);
  return writableStreamClose(stream);
}

module.exports = {
  WritableStream,
  WritableStreamDefaultWriter,
  WritableStreamDefaultController,
  isWritableStream,
  createWritableStream,
  writableStreamAbort,
  writableStreamClose,
  closeQueuedOrInFlight,
  controllerErrorIfNeeded,
  acquireWriter: (stream) => new WritableStreamDefaultWriter(stream),
  writerClosedPromise: (writer) => writer[kState].closed.promise,
  writerReadyPromise: (writer) => writer[kState].ready.promise,
  writerWrite,
  writerRelease,
  writerCloseWithErrorPropagation,
};
