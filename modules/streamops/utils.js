'use strict';
// Node's stream predicates (lib/internal/streams/utils.js behaviour), the
// destroyer of lib/internal/streams/destroy.js, and two helpers that stand
// in for syntax goja lacks: forAwait (for await…of) and asyncGen (async
// generator functions).

const SymbolAsyncIterator = Symbol.asyncIterator;
const SymbolIterator = Symbol.iterator;

// The symbols are shared with the core when it has them, so a stream it
// marks destroyed or readable is seen as such here.
let core = null;
try { core = require('internal/streams/utils'); } catch { core = null; }
const kIsDestroyed = (core && core.kIsDestroyed) || Symbol.for('nodejs.stream.destroyed');
const kIsErrored = (core && core.kIsErrored) || Symbol('kIsErrored');
const kIsReadable = (core && core.kIsReadable) || Symbol('kIsReadable');
const kIsWritable = (core && core.kIsWritable) || Symbol('kIsWritable');
const kIsDisturbed = (core && core.kIsDisturbed) || Symbol('kIsDisturbed');
const kIsClosedPromise = (core && core.kIsClosedPromise) || Symbol.for('nodejs.webstream.isClosedPromise');
const kControllerErrorFunction = (core && core.kControllerErrorFunction) ||
  Symbol.for('nodejs.webstream.controllerErrorFunction');

function isReadableNodeStream(obj, strict = false) {
  return !!(obj && typeof obj.pipe === 'function' && typeof obj.on === 'function' &&
    (!strict || (typeof obj.pause === 'function' && typeof obj.resume === 'function')) &&
    (!obj._writableState || (obj._readableState && obj._readableState.readable !== false)) &&
    (!obj._writableState || obj._readableState));
}

function isWritableNodeStream(obj) {
  return !!(obj && typeof obj.write === 'function' && typeof obj.on === 'function' &&
    (!obj._readableState || (obj._writableState && obj._writableState.writable !== false)));
}

function isDuplexNodeStream(obj) {
  return !!(obj && typeof obj.pipe === 'function' && obj._readableState &&
    typeof obj.on === 'function' && typeof obj.write === 'function');
}

function isNodeStream(obj) {
  return !!(obj && (obj._readableState || obj._writableState ||
    (typeof obj.write === 'function' && typeof obj.on === 'function') ||
    (typeof obj.pipe === 'function' && typeof obj.on === 'function')));
}

function isReadableStream(obj) {
  return !!(obj && !isNodeStream(obj) && typeof obj.pipeThrough === 'function' &&
    typeof obj.getReader === 'function' && typeof obj.cancel === 'function');
}

function isWritableStream(obj) {
  return !!(obj && !isNodeStream(obj) && typeof obj.getWriter === 'function' &&
    typeof obj.abort === 'function');
}

function isTransformStream(obj) {
  return !!(obj && !isNodeStream(obj) && typeof obj.readable === 'object' &&
    typeof obj.writable === 'object');
}

function isWebStream(obj) {
  return isReadableStream(obj) || isWritableStream(obj) || isTransformStream(obj);
}

function isIterable(obj, isAsync) {
  if (obj == null) return false;
  if (isAsync === true) return typeof obj[SymbolAsyncIterator] === 'function';
  if (isAsync === false) return typeof obj[SymbolIterator] === 'function';
  return typeof obj[SymbolAsyncIterator] === 'function' || typeof obj[SymbolIterator] === 'function';
}

function isDestroyed(stream) {
  if (!isNodeStream(stream)) return null;
  const state = stream._writableState || stream._readableState;
  return !!(stream.destroyed || stream[kIsDestroyed] || (state && state.destroyed));
}

function isWritableEnded(stream) {
  if (!isWritableNodeStream(stream)) return null;
  if (stream.writableEnded === true) return true;
  const w = stream._writableState;
  if (w && w.errored) return false;
  if (!w || typeof w.ended !== 'boolean') return null;
  return w.ended;
}

function isWritableFinished(stream, strict) {
  if (!isWritableNodeStream(stream)) return null;
  if (stream.writableFinished === true) return true;
  const w = stream._writableState;
  if (w && w.errored) return false;
  if (!w || typeof w.finished !== 'boolean') return null;
  return !!(w.finished || (strict === false && w.ended === true && w.length === 0));
}

function isReadableEnded(stream) {
  if (!isReadableNodeStream(stream)) return null;
  if (stream.readableEnded === true) return true;
  const r = stream._readableState;
  if (!r || r.errored) return false;
  if (typeof r.ended !== 'boolean') return null;
  return r.ended;
}

function isReadableFinished(stream, strict) {
  if (!isReadableNodeStream(stream)) return null;
  const r = stream._readableState;
  if (r && r.errored) return false;
  if (!r || typeof r.endEmitted !== 'boolean') return null;
  return !!(r.endEmitted || (strict === false && r.ended === true && r.length === 0));
}

function isReadable(stream) {
  if (stream && stream[kIsReadable] != null) return stream[kIsReadable];
  if (!stream || typeof stream.readable !== 'boolean') return null;
  if (isDestroyed(stream)) return false;
  return isReadableNodeStream(stream) && stream.readable && !isReadableFinished(stream);
}

function isWritable(stream) {
  if (stream && stream[kIsWritable] != null) return stream[kIsWritable];
  if (!stream || typeof stream.writable !== 'boolean') return null;
  if (isDestroyed(stream)) return false;
  return isWritableNodeStream(stream) && stream.writable && !isWritableEnded(stream);
}

function isFinished(stream, opts) {
  if (!isNodeStream(stream)) return null;
  if (isDestroyed(stream)) return true;
  if ((!opts || opts.readable !== false) && isReadable(stream)) return false;
  if ((!opts || opts.writable !== false) && isWritable(stream)) return false;
  return true;
}

function isWritableErrored(stream) {
  if (!isNodeStream(stream)) return null;
  if (stream.writableErrored) return stream.writableErrored;
  const w = stream._writableState;
  return (w && w.errored != null) ? w.errored : null;
}

function isReadableErrored(stream) {
  if (!isNodeStream(stream)) return null;
  if (stream.readableErrored) return stream.readableErrored;
  const r = stream._readableState;
  return (r && r.errored != null) ? r.errored : null;
}

function isClosed(stream) {
  if (!isNodeStream(stream)) return null;
  if (typeof stream.closed === 'boolean') return stream.closed;
  const w = stream._writableState;
  const r = stream._readableState;
  if ((w && typeof w.closed === 'boolean') || (r && typeof r.closed === 'boolean')) {
    return !!((w && w.closed) || (r && r.closed));
  }
  return null;
}

function isOutgoingMessage(stream) {
  return typeof stream._closed === 'boolean' && typeof stream._defaultKeepAlive === 'boolean' &&
    typeof stream._removedConnection === 'boolean' && typeof stream._removedContLen === 'boolean';
}

function isServerResponse(stream) {
  return typeof stream._sent100 === 'boolean' && isOutgoingMessage(stream);
}

function isServerRequest(stream) {
  return typeof stream._consuming === 'boolean' && typeof stream._dumped === 'boolean' &&
    (!stream.req || stream.req.upgradeOrConnect === undefined);
}

// An http.ClientRequest: it has setHeader and abort.
function isRequest(stream) {
  return !!(stream && stream.setHeader && typeof stream.abort === 'function');
}

function willEmitClose(stream) {
  if (!isNodeStream(stream)) return null;
  const state = stream._writableState || stream._readableState;
  return (!state && isServerResponse(stream)) ||
    !!(state && state.autoDestroy && state.emitClose && state.closed === false);
}

function isDisturbed(stream) {
  if (!stream) return false;
  const d = stream[kIsDisturbed];
  return !!(d != null ? d : (stream.readableDidRead || stream.readableAborted));
}

function isErrored(stream) {
  if (!stream) return false;
  const w = stream._writableState;
  const r = stream._readableState;
  const v = stream[kIsErrored] != null ? stream[kIsErrored] :
    stream.readableErrored != null ? stream.readableErrored :
      stream.writableErrored != null ? stream.writableErrored :
        (r && r.errorEmitted) != null ? r.errorEmitted :
          (w && w.errorEmitted) != null ? w.errorEmitted :
            (r && r.errored) != null ? r.errored : (w && w.errored);
  return !!v;
}

let AbortError;
function abortError(cause) {
  AbortError = AbortError || require('internal/errors').AbortError;
  return cause === undefined ? new AbortError() : new AbortError(undefined, { cause });
}

// destroyer ends any stream-like thing with err: Node streams, http
// requests and legacy streams that only have close() or nothing at all.
function destroyer(stream, err) {
  if (!stream || isDestroyed(stream)) return;
  if (!err && !isFinished(stream)) err = abortError();
  if (isServerRequest(stream)) {
    stream.socket = null;
    stream.destroy(err);
  } else if (isRequest(stream)) {
    stream.abort();
  } else if (isRequest(stream.req)) {
    stream.req.abort();
  } else if (typeof stream.destroy === 'function') {
    stream.destroy(err);
  } else if (typeof stream.close === 'function') {
    stream.close();
  } else if (err) {
    process.nextTick((s, e) => s.emit('error', e), stream, err);
  } else {
    process.nextTick((s) => s.emit('close'), stream);
  }
  if (!stream.destroyed) stream[kIsDestroyed] = true;
}

// addAbortListener calls listener once when signal aborts and returns the
// function that removes it (Node's disposable, without Symbol.dispose).
function addAbortListener(signal, listener) {
  if (signal.aborted) {
    queueMicrotask(() => listener());
    return () => {};
  }
  const fn = () => listener();
  signal.addEventListener('abort', fn, { once: true });
  return () => signal.removeEventListener('abort', fn);
}

function once(callback) {
  let called = false;
  return function(...args) {
    if (called) return;
    called = true;
    return Reflect.apply(callback, this, args);
  };
}

function getIterator(iterable) {
  const a = iterable[SymbolAsyncIterator];
  if (typeof a === 'function') return { it: a.call(iterable), async: true };
  const s = iterable[SymbolIterator];
  if (typeof s === 'function') return { it: s.call(iterable), async: false };
  throw new TypeError('object is not async iterable');
}

// forAwait is `for await (const v of iterable) { if (await fn(v) === BREAK) break; }`:
// values of a sync iterator are awaited, and leaving early (BREAK or a
// throw from fn) calls the iterator's return(), as the syntax does.
const BREAK = Symbol('break');
async function forAwait(iterable, fn) {
  const { it, async } = getIterator(iterable);
  for (;;) {
    let step = it.next();
    if (async) step = await step;
    if (step === null || (typeof step !== 'object' && typeof step !== 'function')) {
      throw new TypeError(`Iterator result ${step} is not an object`);
    }
    if (step.done) return;
    let value = step.value;
    let r;
    try {
      if (!async) value = await value;
      r = fn(value);
      if (r && typeof r.then === 'function') r = await r;
    } catch (err) {
      if (typeof it.return === 'function') {
        try {
          const p = it.return();
          if (async) await p;
        } catch { /* the body's error wins */ }
      }
      throw err;
    }
    if (r === BREAK) {
      if (typeof it.return === 'function') {
        const res = it.return();
        if (async) await res;
      }
      return;
    }
  }
}

// asyncGen builds the object an async generator function returns. body is
// `async (emit) => { … }`; `await emit(v)` plays `yield v`. Requests queue
// as in a real generator; return() while suspended makes emit reject with
// a private signal so the body's finally blocks run; body catch blocks
// must rethrow isGenReturn errors.
const kReturn = Symbol('return');
function isGenReturn(err) { return err === kReturn; }
function asyncGen(body) {
  const queue = []; // {kind, value, resolve, reject}
  let state = 'start'; // start, suspended, running, done
  let resumeYield = null; // {resolve, reject} of the suspended emit
  let returnValue;
  let busy = false;

  function settleHead(fn) {
    const req = queue.shift();
    busy = false;
    fn(req);
    drive();
  }

  function emit(v) {
    return Promise.resolve(v).then((value) => new Promise((resolve, reject) => {
      state = 'suspended';
      resumeYield = { resolve, reject };
      settleHead((req) => req.resolve({ value, done: false }));
    }));
  }

  function start() {
    state = 'running';
    let p;
    try {
      p = Promise.resolve(body(emit));
    } catch (err) {
      p = Promise.reject(err);
    }
    p.then((v) => {
      state = 'done';
      const req = queue[0];
      const value = req && req.kind === 'return' ? req.value : v;
      settleHead((r) => r.resolve({ value, done: true }));
    }, (err) => {
      state = 'done';
      if (err === kReturn) {
        settleHead((r) => r.resolve({ value: returnValue, done: true }));
      } else {
        settleHead((r) => r.reject(err));
      }
    });
  }

  function drive() {
    if (busy || queue.length === 0) return;
    const req = queue[0];
    if (state === 'done') {
      queue.shift();
      if (req.kind === 'next') req.resolve({ value: undefined, done: true });
      else if (req.kind === 'return') {
        Promise.resolve(req.value).then((value) => req.resolve({ value, done: true }), req.reject);
      } else req.reject(req.value);
      drive();
      return;
    }
    busy = true;
    if (state === 'start') {
      if (req.kind === 'next') return start();
      state = 'done';
      busy = false;
      return drive();
    }
    // suspended
    state = 'running';
    const y = resumeYield;
    resumeYield = null;
    if (req.kind === 'next') y.resolve(req.value);
    else if (req.kind === 'throw') y.reject(req.value);
    else {
      returnValue = req.value;
      y.reject(kReturn);
    }
  }

  function request(kind, value) {
    return new Promise((resolve, reject) => {
      queue.push({ kind, value, resolve, reject });
      drive();
    });
  }

  return {
    next(v) { return request('next', v); },
    return(v) { return request('return', v); },
    throw(e) { return request('throw', e); },
    [SymbolAsyncIterator]() { return this; },
  };
}

// yieldAll is `yield* iterable` inside an asyncGen body.
function yieldAll(emit, iterable) {
  return forAwait(iterable, (v) => emit(v));
}

module.exports = {
  kIsDestroyed,
  kIsErrored,
  kIsReadable,
  kIsWritable,
  kIsDisturbed,
  kIsClosedPromise,
  kControllerErrorFunction,
  isReadableNodeStream,
  isWritableNodeStream,
  isDuplexNodeStream,
  isNodeStream,
  isReadableStream,
  isWritableStream,
  isTransformStream,
  isWebStream,
  isIterable,
  isDestroyed,
  isWritableEnded,
  isWritableFinished,
  isReadableEnded,
  isReadableFinished,
  isReadable,
  isWritable,
  isFinished,
  isWritableErrored,
  isReadableErrored,
  isClosed,
  isOutgoingMessage,
  isServerResponse,
  isServerRequest,
  isRequest,
  willEmitClose,
  isDisturbed,
  isErrored,
  abortError,
  destroyer,
  addAbortListener,
  once,
  forAwait,
  BREAK,
  asyncGen,
  isGenReturn,
  yieldAll,
};
