'use strict';
// What the stream utilities share: the core's stream predicates
// (re-exported), the destroyer of lib/internal/streams/destroy.js, and two
// helpers that stand in for syntax goja lacks: forAwait (for await…of) and
// asyncGen (async generator functions).

const SymbolAsyncIterator = Symbol.asyncIterator;
const SymbolIterator = Symbol.iterator;

// The predicates are the stream core's (internal/streams/utils), so both
// sides read a stream's state the same way.
const core = require('internal/streams/utils');
const {
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
  isServerResponse,
  isServerRequest,
  willEmitClose,
  isDisturbed,
  isErrored,
} = core;

function isOutgoingMessage(stream) {
  return typeof stream._closed === 'boolean' && typeof stream._defaultKeepAlive === 'boolean' &&
    typeof stream._removedConnection === 'boolean' && typeof stream._removedContLen === 'boolean';
}

// An http.ClientRequest: it has setHeader and abort.
function isRequest(stream) {
  return !!(stream && stream.setHeader && typeof stream.abort === 'function');
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

// readInto makes the Duplex d read from the Node readable src: d's _read
// drains src while d wants more and waits for 'readable' when src runs
// dry; src's end ends d. It returns the function that drops a pending wait
// (for d's _destroy).
function readInto(d, src) {
  let onreadable = null;
  src.on('readable', () => {
    if (onreadable) {
      const cb = onreadable;
      onreadable = null;
      cb();
    }
  });
  src.on('end', () => d.push(null));
  d._read = function() {
    for (;;) {
      const buf = src.read();
      if (buf === null) {
        onreadable = d._read;
        return;
      }
      if (!d.push(buf)) return;
    }
  };
  return () => { onreadable = null; };
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

// The core predicates, re-exported, and what this file adds.
module.exports = {
  ...core,
  isOutgoingMessage,
  isRequest,
  abortError,
  destroyer,
  addAbortListener,
  once,
  readInto,
  forAwait,
  BREAK,
  asyncGen,
  isGenReturn,
  yieldAll,
};
