'use strict';
// ReadableStream (WHATWG Streams §4) with its default controller and
// reader, tee, pipeTo/pipeThrough, async iteration and ReadableStream.from.
// Byte sources (type: 'bytes') get a ReadableByteStreamController whose
// chunks are copied Uint8Arrays read through the default reader; the BYOB
// reader is not implemented.

const {
  codes: {
    ERR_ARG_NOT_ITERABLE,
    ERR_ILLEGAL_CONSTRUCTOR,
    ERR_INVALID_ARG_TYPE,
    ERR_INVALID_ARG_VALUE,
    ERR_INVALID_STATE,
    ERR_INVALID_THIS,
    ERR_NOT_IMPLEMENTED,
  },
  validateObject,
  validateAbortSignal,
} = require('internal/errors');
const w = require('internal/webstreams/util');
const { kState, kType } = w;
const su = require('internal/streamops/utils');

let writable; // internal/webstreams/writablestream, loaded by pipeTo
function ws() {
  writable = writable || require('internal/webstreams/writablestream');
  return writable;
}

const kRS = 'ReadableStream';
const kReader = 'ReadableStreamDefaultReader';
const kController = 'ReadableStreamDefaultController';
const kByteController = 'ReadableByteStreamController';

function isReadableStream(v) { return w.isBrand(v, kRS); }

class ReadableStream {
  constructor(source = {}, strategy = {}) {
    if (source === null) source = {};
    if (typeof source !== 'object' && typeof source !== 'function') {
      throw new ERR_INVALID_ARG_TYPE('source', 'Object', source);
    }
    if (strategy != null && typeof strategy !== 'object') {
      throw new ERR_INVALID_ARG_TYPE('strategy', 'Object', strategy);
    }
    initStream(this);
    const type = source.type;
    if (type !== undefined) {
      if (`${type}` !== 'bytes') throw new ERR_INVALID_ARG_VALUE('source.type', type);
      if (strategy != null && strategy.size !== undefined) {
        throw new ERR_INVALID_ARG_VALUE.RangeError('strategy.size', strategy.size);
      }
      const hwm = w.extractHighWaterMark(strategy, 0);
      setupController(this, source, hwm, (chunk) => chunk.byteLength, true);
      return;
    }
    const hwm = w.extractHighWaterMark(strategy, 1);
    const size = w.extractSizeAlgorithm(strategy);
    setupController(this, source, hwm, size, false);
  }

  get locked() {
    return w.brand(this, kRS).reader !== undefined;
  }

  cancel(reason) {
    if (!isReadableStream(this)) return Promise.reject(new ERR_INVALID_THIS(kRS));
    if (this[kState].reader !== undefined) {
      return Promise.reject(new ERR_INVALID_STATE.TypeError('ReadableStream is locked'));
    }
    return readableStreamCancel(this, reason);
  }

  getReader(options) {
    w.brand(this, kRS);
    if (options !== undefined) validateObject(options, 'options', { nullable: true, allowFunction: true });
    const mode = options == null ? undefined : options.mode;
    if (mode === undefined) return new ReadableStreamDefaultReader(this);
    if (`${mode}` !== 'byob') throw new ERR_INVALID_ARG_VALUE('options.mode', mode);
    throw new ERR_NOT_IMPLEMENTED('ReadableStreamBYOBReader');
  }

  pipeThrough(transform, options = {}) {
    w.brand(this, kRS);
    const readable = transform == null ? undefined : transform.readable;
    if (!isReadableStream(readable)) {
      throw new ERR_INVALID_ARG_TYPE('transform.readable', 'ReadableStream', readable);
    }
    const writable = transform.writable;
    if (!ws().isWritableStream(writable)) {
      throw new ERR_INVALID_ARG_TYPE('transform.writable', 'WritableStream', writable);
    }
    const opts = pipeOptions(options);
    if (this[kState].reader !== undefined) throw new ERR_INVALID_STATE.TypeError('The ReadableStream is locked');
    if (writable[kState].writer !== undefined) throw new ERR_INVALID_STATE.TypeError('The WritableStream is locked');
    w.setPromiseHandled(readableStreamPipeTo(this, writable, opts));
    return readable;
  }

  pipeTo(destination, options = {}) {
    try {
      w.brand(this, kRS);
      if (!ws().isWritableStream(destination)) {
        // Node names the argument this way.
        throw new ERR_INVALID_ARG_TYPE('transform.writable', 'WritableStream', destination);
      }
      const opts = pipeOptions(options);
      if (this[kState].reader !== undefined) throw new ERR_INVALID_STATE.TypeError('The ReadableStream is locked');
      if (destination[kState].writer !== undefined) throw new ERR_INVALID_STATE.TypeError('The WritableStream is locked');
      return readableStreamPipeTo(this, destination, opts);
    } catch (err) {
      return Promise.reject(err);
    }
  }

  tee() {
    w.brand(this, kRS);
    return readableStreamDefaultTee(this);
  }

  values(options) {
    w.brand(this, kRS);
    if (options !== undefined) validateObject(options, 'options');
    const preventCancel = !!(options && options.preventCancel);
    return createAsyncIterator(this, preventCancel);
  }

  static from(iterable) {
    return readableStreamFromIterable(iterable);
  }

  get [su.kIsDisturbed]() { return this[kState].disturbed; }
  get [su.kIsErrored]() { return this[kState].state === 'errored'; }
  get [su.kIsReadable]() { return this[kState].state === 'readable'; }
}
ReadableStream.prototype[Symbol.asyncIterator] = ReadableStream.prototype.values;
Object.defineProperty(ReadableStream.prototype, Symbol.toStringTag, { value: kRS, configurable: true });
ReadableStream.prototype[w.kInspect] = w.inspectWith(kRS, function() {
  return { locked: this.locked, state: this[kState].state, supportsBYOB: !!this[kState].byteStream };
});

function pipeOptions(options) {
  if (options == null) options = {};
  validateObject(options, 'options', { allowFunction: true });
  const signal = options.signal;
  if (signal !== undefined) validateAbortSignal(signal, 'options.signal');
  return {
    preventClose: !!options.preventClose,
    preventAbort: !!options.preventAbort,
    preventCancel: !!options.preventCancel,
    signal,
  };
}

function initStream(stream) {
  stream[kType] = kRS;
  stream[kState] = {
    state: 'readable',
    reader: undefined,
    storedError: undefined,
    disturbed: false,
    controller: undefined,
    byteStream: false,
  };
  // What finished() waits on for web streams.
  const closed = w.deferred();
  w.setPromiseHandled(closed.promise);
  stream[su.kIsClosedPromise] = closed;
  stream[su.kControllerErrorFunction] = (err) => {
    const c = stream[kState].controller;
    if (c) controllerError(c, err);
  };
}

// createReadableStream makes a stream from algorithms (tee, from,
// TransformStream).
function createReadableStream(start, pull, cancel, hwm = 1, size = () => 1) {
  const stream = Object.create(ReadableStream.prototype);
  initStream(stream);
  setupControllerFromAlgorithms(stream, start, pull, cancel, hwm, size, false);
  return stream;
}

function setupController(stream, source, hwm, size, bytes) {
  const start = w.method(source, 'start', () => undefined, 'source');
  const pull = w.method(source, 'pull', () => Promise.resolve(), 'source');
  const cancel = w.method(source, 'cancel', () => Promise.resolve(), 'source');
  let auto;
  if (bytes && source.autoAllocateChunkSize !== undefined) {
    auto = Number(source.autoAllocateChunkSize);
    if (!Number.isInteger(auto) || auto <= 0) {
      throw new ERR_INVALID_ARG_VALUE.RangeError('source.autoAllocateChunkSize', source.autoAllocateChunkSize);
    }
  }
  setupControllerFromAlgorithms(stream, start, (c) => w.promiseCall(pull, c), (r) => w.promiseCall(cancel, r),
    hwm, size, bytes);
}

function setupControllerFromAlgorithms(stream, start, pull, cancel, hwm, size, bytes) {
  const type = bytes ? kByteController : kController;
  const controller = Object.create(bytes ? ReadableByteStreamController.prototype : ReadableStreamDefaultController.prototype);
  controller[kType] = type;
  const c = {
    controller,
    stream,
    queue: [],
    queueTotalSize: 0,
    started: false,
    closeRequested: false,
    pullAgain: false,
    pulling: false,
    sizeAlgorithm: size,
    hwm,
    pullAlgorithm: () => pull(controller),
    cancelAlgorithm: cancel,
  };
  controller[kState] = c;
  stream[kState].controller = c;
  stream[kState].byteStream = bytes;
  const startResult = start(controller);
  Promise.resolve(startResult).then(() => {
    c.started = true;
    callPullIfNeeded(c);
  }, (err) => controllerError(c, err));
}

class ReadableStreamDefaultController {
  constructor() { throw new ERR_ILLEGAL_CONSTRUCTOR(); }
  get desiredSize() { return desiredSize(w.brand(this, kController)); }
  close() {
    const c = w.brand(this, kController);
    if (!canCloseOrEnqueue(c)) throw new ERR_INVALID_STATE.TypeError('Controller is already closed');
    controllerClose(c);
  }
  enqueue(chunk) {
    const c = w.brand(this, kController);
    if (!canCloseOrEnqueue(c)) throw new ERR_INVALID_STATE.TypeError('Controller is already closed');
    controllerEnqueue(c, chunk);
  }
  error(error) {
    controllerError(w.brand(this, kController), error);
  }
}
Object.defineProperty(ReadableStreamDefaultController.prototype, Symbol.toStringTag, { value: kController, configurable: true });

class ReadableByteStreamController {
  constructor() { throw new ERR_ILLEGAL_CONSTRUCTOR(); }
  get byobRequest() { w.brand(this, kByteController); return null; }
  get desiredSize() { return desiredSize(w.brand(this, kByteController)); }
  close() {
    const c = w.brand(this, kByteController);
    if (c.closeRequested) throw new ERR_INVALID_STATE.TypeError('Controller is already closed');
    if (c.stream[kState].state !== 'readable') throw new ERR_INVALID_STATE.TypeError('ReadableStream is already closed');
    controllerClose(c);
  }
  enqueue(chunk) {
    const c = w.brand(this, kByteController);
    if (!ArrayBuffer.isView(chunk)) throw new ERR_INVALID_ARG_TYPE('chunk', ['Buffer', 'TypedArray', 'DataView'], chunk);
    if (chunk.byteLength === 0) throw new ERR_INVALID_STATE.TypeError('chunk ArrayBuffer is zero-length or detached');
    if (c.closeRequested) throw new ERR_INVALID_STATE.TypeError('Controller is already closed');
    if (c.stream[kState].state !== 'readable') throw new ERR_INVALID_STATE.TypeError('ReadableStream is already closed');
    // Readers get their own copy as a Uint8Array, as after a transfer.
    const copy = new Uint8Array(chunk.byteLength);
    copy.set(new Uint8Array(chunk.buffer, chunk.byteOffset, chunk.byteLength));
    controllerEnqueue(c, copy);
  }
  error(error) {
    controllerError(w.brand(this, kByteController), error);
  }
}
Object.defineProperty(ReadableByteStreamController.prototype, Symbol.toStringTag, { value: kByteController, configurable: true });

function desiredSize(c) {
  const state = c.stream[kState].state;
  if (state === 'errored') return null;
  if (state === 'closed') return 0;
  return c.hwm - c.queueTotalSize;
}

function canCloseOrEnqueue(c) {
  return !c.closeRequested && c.stream[kState].state === 'readable';
}

function clearAlgorithms(c) {
  c.pullAlgorithm = undefined;
  c.cancelAlgorithm = undefined;
  c.sizeAlgorithm = undefined;
}

function controllerClose(c) {
  if (!canCloseOrEnqueue(c)) return;
  c.closeRequested = true;
  if (c.queue.length === 0) {
    clearAlgorithms(c);
    readableStreamClose(c.stream);
  }
}

function controllerEnqueue(c, chunk) {
  if (!canCloseOrEnqueue(c)) return;
  const stream = c.stream;
  const reader = stream[kState].reader;
  if (reader !== undefined && reader[kState].readRequests.length > 0) {
    reader[kState].readRequests.shift().chunk(chunk);
  } else {
    let size;
    try {
      size = c.sizeAlgorithm(chunk);
      w.enqueueValueWithSize(c, chunk, size);
    } catch (err) {
      controllerError(c, err);
      throw err;
    }
  }
  callPullIfNeeded(c);
}

function controllerError(c, e) {
  if (c.stream[kState].state !== 'readable') return;
  w.resetQueue(c);
  clearAlgorithms(c);
  readableStreamError(c.stream, e);
}

function shouldCallPull(c) {
  if (!canCloseOrEnqueue(c) || !c.started) return false;
  const reader = c.stream[kState].reader;
  if (reader !== undefined && reader[kState].readRequests.length > 0) return true;
  return desiredSize(c) > 0;
}

function callPullIfNeeded(c) {
  if (!shouldCallPull(c)) return;
  if (c.pulling) {
    c.pullAgain = true;
    return;
  }
  c.pulling = true;
  c.pullAlgorithm().then(() => {
    c.pulling = false;
    if (c.pullAgain) {
      c.pullAgain = false;
      callPullIfNeeded(c);
    }
  }, (err) => controllerError(c, err));
}

// pullSteps serves one read request from the queue, or parks it.
function pullSteps(c, readRequest) {
  if (c.queue.length > 0) {
    const chunk = w.dequeueValue(c);
    if (c.closeRequested && c.queue.length === 0) {
      clearAlgorithms(c);
      readableStreamClose(c.stream);
    } else {
      callPullIfNeeded(c);
    }
    readRequest.chunk(chunk);
    return;
  }
  c.stream[kState].reader[kState].readRequests.push(readRequest);
  callPullIfNeeded(c);
}

function readableStreamCancel(stream, reason) {
  const s = stream[kState];
  s.disturbed = true;
  if (s.state === 'closed') return Promise.resolve();
  if (s.state === 'errored') return Promise.reject(s.storedError);
  readableStreamClose(stream);
  const c = s.controller;
  w.resetQueue(c);
  const cancel = c.cancelAlgorithm;
  clearAlgorithms(c);
  return cancel(reason).then(() => undefined);
}

function readableStreamClose(stream) {
  const s = stream[kState];
  s.state = 'closed';
  stream[su.kIsClosedPromise].resolve();
  const reader = s.reader;
  if (reader === undefined) return;
  const r = reader[kState];
  r.closed.resolve();
  const requests = r.readRequests;
  r.readRequests = [];
  for (const req of requests) req.close();
}

function readableStreamError(stream, e) {
  const s = stream[kState];
  s.state = 'errored';
  s.storedError = e;
  stream[su.kIsClosedPromise].reject(e);
  const reader = s.reader;
  if (reader === undefined) return;
  const r = reader[kState];
  r.closed.reject(e);
  w.setPromiseHandled(r.closed.promise);
  const requests = r.readRequests;
  r.readRequests = [];
  for (const req of requests) req.error(e);
}

class ReadableStreamDefaultReader {
  constructor(stream) {
    if (!isReadableStream(stream)) throw new ERR_INVALID_ARG_TYPE('stream', 'ReadableStream', stream);
    if (stream[kState].reader !== undefined) throw new ERR_INVALID_STATE.TypeError('ReadableStream is locked');
    this[kType] = kReader;
    this[kState] = { stream, readRequests: [], closed: w.deferred() };
    const s = stream[kState];
    s.reader = this;
    if (s.state === 'closed') {
      this[kState].closed.resolve();
    } else if (s.state === 'errored') {
      this[kState].closed.reject(s.storedError);
      w.setPromiseHandled(this[kState].closed.promise);
    }
  }

  read() {
    if (!w.isBrand(this, kReader)) return Promise.reject(new ERR_INVALID_THIS(kReader));
    if (this[kState].stream === undefined) {
      return Promise.reject(new ERR_INVALID_STATE.TypeError('The reader is not attached to a stream'));
    }
    return new Promise((resolve, reject) => {
      readerRead(this, {
        chunk: (value) => resolve({ value, done: false }),
        close: () => resolve({ value: undefined, done: true }),
        error: reject,
      });
    });
  }

  releaseLock() {
    w.brand(this, kReader);
    if (this[kState].stream === undefined) return;
    readerRelease(this);
  }

  get closed() {
    if (!w.isBrand(this, kReader)) return Promise.reject(new ERR_INVALID_THIS(kReader));
    return this[kState].closed.promise;
  }

  cancel(reason) {
    if (!w.isBrand(this, kReader)) return Promise.reject(new ERR_INVALID_THIS(kReader));
    if (this[kState].stream === undefined) {
      return Promise.reject(new ERR_INVALID_STATE.TypeError('The reader is not attached to a stream'));
    }
    return readableStreamCancel(this[kState].stream, reason);
  }
}
Object.defineProperty(ReadableStreamDefaultReader.prototype, Symbol.toStringTag, { value: kReader, configurable: true });

function readerRead(reader, readRequest) {
  const stream = reader[kState].stream;
  const s = stream[kState];
  s.disturbed = true;
  if (s.state === 'closed') readRequest.close();
  else if (s.state === 'errored') readRequest.error(s.storedError);
  else pullSteps(s.controller, readRequest);
}

function readerRelease(reader) {
  const r = reader[kState];
  const stream = r.stream;
  const err = new ERR_INVALID_STATE.TypeError('Reader released');
  if (stream[kState].state === 'readable') {
    r.closed.reject(err);
  } else {
    r.closed = w.deferred();
    r.closed.reject(err);
  }
  w.setPromiseHandled(r.closed.promise);
  stream[kState].reader = undefined;
  r.stream = undefined;
  const requests = r.readRequests;
  r.readRequests = [];
  for (const req of requests) req.error(new ERR_INVALID_STATE.TypeError('Releasing reader'));
}

function readableStreamDefaultTee(stream) {
  const reader = new ReadableStreamDefaultReader(stream);
  let reading = false;
  let readAgain = false;
  let canceled1 = false;
  let canceled2 = false;
  let reason1;
  let reason2;
  let branch1;
  let branch2;
  const cancelPromise = w.deferred();

  function pull() {
    if (reading) {
      readAgain = true;
      return Promise.resolve();
    }
    reading = true;
    readerRead(reader, {
      chunk(value) {
        // A microtask, so a read request settled here sees the
        // other branch's state after this one.
        queueMicrotask(() => {
          readAgain = false;
          if (!canceled1) controllerEnqueue(branch1[kState].controller, value);
          if (!canceled2) controllerEnqueue(branch2[kState].controller, value);
          reading = false;
          if (readAgain) pull();
        });
      },
      close() {
        reading = false;
        if (!canceled1) controllerClose(branch1[kState].controller);
        if (!canceled2) controllerClose(branch2[kState].controller);
        if (!canceled1 || !canceled2) cancelPromise.resolve();
      },
      error() {
        reading = false;
      },
    });
    return Promise.resolve();
  }

  function cancel1(reason) {
    canceled1 = true;
    reason1 = reason;
    if (canceled2) cancelPromise.resolve(readableStreamCancel(stream, [reason1, reason2]));
    return cancelPromise.promise;
  }
  function cancel2(reason) {
    canceled2 = true;
    reason2 = reason;
    if (canceled1) cancelPromise.resolve(readableStreamCancel(stream, [reason1, reason2]));
    return cancelPromise.promise;
  }

  branch1 = createReadableStream(() => {}, pull, cancel1);
  branch2 = createReadableStream(() => {}, pull, cancel2);
  reader[kState].closed.promise.catch((r) => {
    controllerError(branch1[kState].controller, r);
    controllerError(branch2[kState].controller, r);
    if (!canceled1 || !canceled2) cancelPromise.resolve();
  });
  return [branch1, branch2];
}

function createAsyncIterator(stream, preventCancel) {
  const reader = new ReadableStreamDefaultReader(stream);
  let done = false;
  let ongoing;

  function nextSteps() {
    if (done) return Promise.resolve({ value: undefined, done: true });
    return new Promise((resolve, reject) => {
      readerRead(reader, {
        chunk: (value) => resolve({ value, done: false }),
        close: () => {
          done = true;
          readerRelease(reader);
          resolve({ value: undefined, done: true });
        },
        error: (e) => {
          done = true;
          readerRelease(reader);
          reject(e);
        },
      });
    });
  }

  function returnSteps(value) {
    if (done) return Promise.resolve({ value, done: true });
    done = true;
    if (reader[kState].stream === undefined) {
      return Promise.reject(new ERR_INVALID_STATE.TypeError('The reader is not attached to a stream'));
    }
    if (!preventCancel) {
      const result = readableStreamCancel(reader[kState].stream, value);
      readerRelease(reader);
      return result.then(() => ({ value, done: true }));
    }
    readerRelease(reader);
    return Promise.resolve({ value, done: true });
  }

  // Requests run one after the other, as the spec's ongoing promise.
  function chain(steps) {
    ongoing = ongoing ? ongoing.then(steps, steps) : steps();
    return ongoing;
  }

  const it = {};
  it.next = () => chain(nextSteps);
  it.return = (value) => chain(() => returnSteps(value));
  it[Symbol.asyncIterator] = function() { return this; };
  return it;
}

function readableStreamFromIterable(iterable) {
  let iterator;
  let isAsync;
  if (iterable != null && typeof iterable[Symbol.asyncIterator] === 'function') {
    iterator = iterable[Symbol.asyncIterator]();
    isAsync = true;
  } else if (iterable != null && typeof iterable[Symbol.iterator] === 'function') {
    iterator = iterable[Symbol.iterator]();
    isAsync = false;
  } else {
    throw new ERR_ARG_NOT_ITERABLE(iterable);
  }
  let stream;
  const pull = () => w.promiseCall(() => iterator.next()).then((result) => {
    if (result === null || typeof result !== 'object') {
      throw new ERR_INVALID_STATE.TypeError('The promise returned by the iterator.next() method must fulfill with an object');
    }
    if (result.done) {
      controllerClose(stream[kState].controller);
      return;
    }
    return Promise.resolve(isAsync ? result.value : result.value).then((v) => {
      controllerEnqueue(stream[kState].controller, v);
    });
  });
  const cancel = (reason) => {
    const ret = iterator.return;
    if (ret == null) return Promise.resolve();
    return w.promiseCall(() => ret.call(iterator, reason)).then((result) => {
      if (result === null || typeof result !== 'object') {
        throw new ERR_INVALID_STATE.TypeError('The promise returned by the iterator.return() method must fulfill with an object');
      }
    });
  };
  stream = createReadableStream(() => {}, pull, cancel, 0);
  return stream;
}

// readableStreamPipeTo follows the spec's ReadableStreamPipeTo: chunks
// move while the writer is ready; errors and closes propagate both ways
// unless prevented; the signal aborts both ends with its reason.
function readableStreamPipeTo(source, dest, { preventClose, preventAbort, preventCancel, signal }) {
  const W = ws();
  const reader = new ReadableStreamDefaultReader(source);
  const writer = W.acquireWriter(dest);
  source[kState].disturbed = true;
  let shuttingDown = false;
  let currentWrite = Promise.resolve();
  const result = w.deferred();
  let abortAlgorithm;

  if (signal) {
    abortAlgorithm = () => {
      const error = signal.reason;
      const actions = [];
      if (!preventAbort) {
        actions.push(() => (dest[kState].state === 'writable' ? W.writableStreamAbort(dest, error) : Promise.resolve()));
      }
      if (!preventCancel) {
        actions.push(() => (source[kState].state === 'readable' ? readableStreamCancel(source, error) : Promise.resolve()));
      }
      shutdownWithAction(() => Promise.all(actions.map((a) => a())), true, error);
    };
    if (signal.aborted) {
      abortAlgorithm();
      return result.promise;
    }
    signal.addEventListener('abort', abortAlgorithm, { once: true });
  }

  const readerClosed = reader[kState].closed.promise;
  const writerClosed = W.writerClosedPromise(writer);

  // Errors forward, errors backward, closing forward, closing backward.
  if (source[kState].state === 'errored') onSourceError(source[kState].storedError);
  else readerClosed.catch(onSourceError);
  function onSourceError(err) {
    if (!preventAbort) shutdownWithAction(() => W.writableStreamAbort(dest, err), true, err);
    else shutdown(true, err);
  }
  if (dest[kState].state === 'errored') onDestError(dest[kState].storedError);
  else writerClosed.catch(onDestError);
  function onDestError(err) {
    if (!preventCancel) shutdownWithAction(() => readableStreamCancel(source, err), true, err);
    else shutdown(true, err);
  }
  if (source[kState].state === 'closed') onSourceClosed();
  else readerClosed.then(onSourceClosed, () => {});
  function onSourceClosed() {
    if (!preventClose) shutdownWithAction(() => W.writerCloseWithErrorPropagation(writer));
    else shutdown();
  }
  if (W.closeQueuedOrInFlight(dest) || dest[kState].state === 'closed') {
    const destClosed = new ERR_INVALID_STATE.TypeError('the destination writable stream closed before all data could be piped to it');
    if (!preventCancel) shutdownWithAction(() => readableStreamCancel(source, destClosed), true, destClosed);
    else shutdown(true, destClosed);
  }

  w.setPromiseHandled(pipeLoop());
  return result.promise;

  function pipeLoop() {
    return new Promise((resolve, reject) => {
      const next = (done) => {
        if (done) resolve();
        else pipeStep().then(next, reject);
      };
      next(false);
    });
  }

  function pipeStep() {
    if (shuttingDown) return Promise.resolve(true);
    return W.writerReadyPromise(writer).then(() => {
      if (shuttingDown) return true;
      return new Promise((resolve, reject) => {
        readerRead(reader, {
          chunk: (chunk) => {
            currentWrite = W.writerWrite(writer, chunk);
            w.setPromiseHandled(currentWrite);
            resolve(false);
          },
          close: () => resolve(true),
          error: reject,
        });
      });
    });
  }

  function waitForWritesToFinish() {
    const old = currentWrite;
    return old.then(() => (old !== currentWrite ? waitForWritesToFinish() : undefined), () => {});
  }

  function shutdownWithAction(action, originalIsError, originalError) {
    if (shuttingDown) return;
    shuttingDown = true;
    const doTheRest = () => {
      w.promiseCall(action).then(() => finalize(originalIsError, originalError), (e) => finalize(true, e));
    };
    if (dest[kState].state === 'writable' && !W.closeQueuedOrInFlight(dest)) waitForWritesToFinish().then(doTheRest);
    else doTheRest();
  }

  function shutdown(isError, error) {
    if (shuttingDown) return;
    shuttingDown = true;
    if (dest[kState].state === 'writable' && !W.closeQueuedOrInFlight(dest)) {
      waitForWritesToFinish().then(() => finalize(isError, error));
    } else {
      finalize(isError, error);
    }
  }

  function finalize(isError, error) {
    W.writerRelease(writer);
    readerRelease(reader);
    if (signal) signal.removeEventListener('abort', abortAlgorithm);
    if (isError) result.reject(error);
    else result.resolve();
  }
}

module.exports = {
  ReadableStream,
  ReadableStreamDefaultReader,
  ReadableStreamDefaultController,
  ReadableByteStreamController,
  isReadableStream,
  createReadableStream,
  readableStreamCancel,
  controllerClose,
  controllerEnqueue,
  controllerError,
  desiredSize,
  canCloseOrEnqueue,
};
