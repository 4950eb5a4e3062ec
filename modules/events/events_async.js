'use strict';
// internal/events/async: events.once(), events.on() and
// events.addAbortListener(), the promise and async-iterator adapters over
// emitters and EventTargets, plus the EventEmitterAsyncResource class
// factory. Split from events.js, which re-exports them.

const {
  AbortError,
  captureFrom,
  codes: {
    ERR_INVALID_ARG_TYPE,
    ERR_INVALID_THIS,
    ERR_NOT_IMPLEMENTED,
  },
} = require('internal/errors');

const {
  validateAbortSignal,
  validateFunction,
  validateInteger,
  validateString,
} = require('internal/validators');

const kWatermarkData = Symbol.for('nodejs.watermarkData');
// goja has neither Symbol.asyncIterator nor Symbol.dispose; these are the
// registry symbols esbuild's lowered `for await` and Node 20's polyfill
// fall back to, so iterators made here work with both.
const SymbolAsyncIterator = Symbol.asyncIterator || Symbol.for('Symbol.asyncIterator');
const SymbolDispose = Symbol.dispose || Symbol.for('nodejs.dispose');
const kEmptyObject = Object.freeze({ __proto__: null });

let eventTargetInternals;
function lazyEventTarget() {
  eventTargetInternals ??= require('internal/event_target');
  return eventTargetInternals;
}

function eventTargetAgnosticRemoveListener(emitter, name, listener, flags) {
  if (typeof emitter.removeListener === 'function') {
    emitter.removeListener(name, listener);
  } else if (typeof emitter.removeEventListener === 'function') {
    emitter.removeEventListener(name, listener, flags);
  } else {
    throw new ERR_INVALID_ARG_TYPE('emitter', 'EventEmitter', emitter);
  }
}

function eventTargetAgnosticAddListener(emitter, name, listener, flags) {
  if (typeof emitter.on === 'function') {
    if (flags?.once) emitter.once(name, listener);
    else emitter.on(name, listener);
  } else if (typeof emitter.addEventListener === 'function') {
    emitter.addEventListener(name, listener, flags);
  } else {
    throw new ERR_INVALID_ARG_TYPE('emitter', 'EventEmitter', emitter);
  }
}

async function once(emitter, name, options = kEmptyObject) {
  const signal = options?.signal;
  validateAbortSignal(signal, 'options.signal');
  if (signal?.aborted) throw new AbortError(undefined, { cause: signal?.reason });
  return new Promise((resolve, reject) => {
    const errorListener = (err) => {
      emitter.removeListener(name, resolver);
      if (signal != null) eventTargetAgnosticRemoveListener(signal, 'abort', abortListener);
      reject(err);
    };
    const resolver = (...args) => {
      if (typeof emitter.removeListener === 'function') emitter.removeListener('error', errorListener);
      if (signal != null) eventTargetAgnosticRemoveListener(signal, 'abort', abortListener);
      resolve(args);
    };
    const { kResistStopPropagation } = lazyEventTarget();
    const opts = { __proto__: null, once: true, [kResistStopPropagation]: true };
    eventTargetAgnosticAddListener(emitter, name, resolver, opts);
    // EventTarget has no 'error' semantics; only emitters reject on it.
    if (name !== 'error' && typeof emitter.once === 'function') emitter.once('error', errorListener);
    function abortListener() {
      eventTargetAgnosticRemoveListener(emitter, name, resolver);
      eventTargetAgnosticRemoveListener(emitter, 'error', errorListener);
      reject(new AbortError(undefined, { cause: signal?.reason }));
    }
    if (signal != null) {
      eventTargetAgnosticAddListener(signal, 'abort', abortListener, opts);
    }
  });
}

// A FIFO with O(1) shift for the async iterator's buffers.
class Queue {
  constructor() {
    this.items = [];
    this.head = 0;
  }

  isEmpty() {
    return this.head === this.items.length;
  }

  push(v) {
    this.items.push(v);
  }

  shift() {
    const v = this.items[this.head];
    this.items[this.head++] = undefined;
    if (this.head === this.items.length) {
      this.items = [];
      this.head = 0;
    }
    return v;
  }
}

function createIterResult(value, done) {
  return { value, done };
}

// on returns an async iterator of `event`'s argument arrays. goja has no
// async generators, so it is a hand-written iterator object.
function on(emitter, event, options = kEmptyObject) {
  const signal = options.signal;
  validateAbortSignal(signal, 'options.signal');
  if (signal?.aborted) throw new AbortError(undefined, { cause: signal?.reason });
  // Both spellings are accepted for backward compatibility.
  const highWatermark = options.highWaterMark ?? options.highWatermark ?? Number.MAX_SAFE_INTEGER;
  validateInteger(highWatermark, 'options.highWaterMark', 1);
  const lowWatermark = options.lowWaterMark ?? options.lowWatermark ?? 1;
  validateInteger(lowWatermark, 'options.lowWaterMark', 1);

  const unconsumedEvents = new Queue();
  const unconsumedPromises = new Queue();
  let paused = false;
  let error = null;
  let finished = false;
  let size = 0;

  const iterator = {
    next() {
      if (size) {
        const value = unconsumedEvents.shift();
        size--;
        if (paused && size < lowWatermark) {
          emitter.resume();
          paused = false;
        }
        return Promise.resolve(createIterResult(value, false));
      }
      // An error is delivered once; the listeners are gone after it.
      if (error) {
        const p = Promise.reject(error);
        error = null;
        return p;
      }
      if (finished) return closeHandler();
      return new Promise(function(resolve, reject) {
        unconsumedPromises.push({ resolve, reject });
      });
    },

    return() {
      return closeHandler();
    },

    throw(err) {
      if (!err || !(err instanceof Error)) {
        throw new ERR_INVALID_ARG_TYPE('EventEmitter.AsyncIterator', 'Error', err);
      }
      errorHandler(err);
    },

    [SymbolAsyncIterator]() {
      return this;
    },

    [kWatermarkData]: {
      get size() {
        return size;
      },
      get low() {
        return lowWatermark;
      },
      get high() {
        return highWatermark;
      },
      get isPaused() {
        return paused;
      },
    },
  };

  const { addEventListener, removeAll } = listenersController();
  addEventListener(emitter, event, options[lazyEventTarget().kFirstEventParam] ? eventHandler : function(...args) {
    return eventHandler(args);
  });
  if (event !== 'error' && typeof emitter.on === 'function') {
    addEventListener(emitter, 'error', errorHandler);
  }
  const closeEvents = options?.close;
  if (closeEvents?.length) {
    for (let i = 0; i < closeEvents.length; i++) {
      addEventListener(emitter, closeEvents[i], closeHandler);
    }
  }

  const abortListenerDisposable = signal ? addAbortListener(signal, abortListener) : null;

  return iterator;

  function abortListener() {
    errorHandler(new AbortError(undefined, { cause: signal?.reason }));
  }

  function eventHandler(value) {
    if (unconsumedPromises.isEmpty()) {
      size++;
      if (!paused && size > highWatermark) {
        paused = true;
        emitter.pause();
      }
      unconsumedEvents.push(value);
    } else {
      unconsumedPromises.shift().resolve(createIterResult(value, false));
    }
  }

  function errorHandler(err) {
    if (unconsumedPromises.isEmpty()) error = err;
    else unconsumedPromises.shift().reject(err);
    closeHandler();
  }

  function closeHandler() {
    abortListenerDisposable?.[SymbolDispose]();
    removeAll();
    finished = true;
    const doneResult = createIterResult(undefined, true);
    while (!unconsumedPromises.isEmpty()) {
      unconsumedPromises.shift().resolve(doneResult);
    }
    return Promise.resolve(doneResult);
  }
}

function listenersController() {
  const listeners = [];
  return {
    addEventListener(emitter, event, handler, flags) {
      eventTargetAgnosticAddListener(emitter, event, handler, flags);
      listeners.push([emitter, event, handler, flags]);
    },
    removeAll() {
      while (listeners.length > 0) {
        eventTargetAgnosticRemoveListener(...listeners.pop());
      }
    },
  };
}

// addAbortListener listens for 'abort' even when another listener calls
// stopImmediatePropagation, and returns a Disposable that removes it.
function addAbortListener(signal, listener) {
  if (signal === undefined) {
    throw new ERR_INVALID_ARG_TYPE('signal', 'AbortSignal', signal);
  }
  validateAbortSignal(signal, 'signal');
  if (typeof listener !== 'function') validateFunction(listener, 'listener');

  let removeEventListener;
  if (signal.aborted) {
    queueMicrotaskCompat(() => listener());
  } else {
    const { kResistStopPropagation } = lazyEventTarget();
    signal.addEventListener('abort', listener, { __proto__: null, once: true, [kResistStopPropagation]: true });
    removeEventListener = () => {
      signal.removeEventListener('abort', listener);
    };
  }
  return {
    __proto__: null,
    [SymbolDispose]() {
      removeEventListener?.();
    },
  };
}

function queueMicrotaskCompat(fn) {
  if (typeof globalThis.queueMicrotask === 'function') globalThis.queueMicrotask(fn);
  else Promise.resolve().then(fn);
}

// makeEventEmitterAsyncResource builds EventEmitterAsyncResource on
// async_hooks' AsyncResource, or throws while gorun lacks async_hooks.
function makeEventEmitterAsyncResource(EventEmitter) {
  let AsyncResource;
  try {
    ({ AsyncResource } = require('async_hooks'));
  } catch {
    // No async_hooks in this runtime yet.
  }
  if (typeof AsyncResource !== 'function') {
    throw captureFrom(new ERR_NOT_IMPLEMENTED('events.EventEmitterAsyncResource'), makeEventEmitterAsyncResource);
  }
  const kEventEmitter = Symbol('kEventEmitter');
  const kAsyncResource = Symbol('kAsyncResource');

  class EventEmitterReferencingAsyncResource extends AsyncResource {
    constructor(ee, type, options) {
      super(type, options);
      this[kEventEmitter] = ee;
    }

    get eventEmitter() {
      if (this[kEventEmitter] === undefined) throw new ERR_INVALID_THIS('EventEmitterReferencingAsyncResource');
      return this[kEventEmitter];
    }
  }

  return class EventEmitterAsyncResource extends EventEmitter {
    constructor(options = undefined) {
      let name;
      if (typeof options === 'string') {
        name = options;
        options = undefined;
      } else {
        if (new.target === EventEmitterAsyncResource) validateString(options?.name, 'options.name');
        name = options?.name || new.target.name;
      }
      super(options);
      this[kAsyncResource] = new EventEmitterReferencingAsyncResource(this, name, options);
    }

    emit(event, ...args) {
      if (this[kAsyncResource] === undefined) throw new ERR_INVALID_THIS('EventEmitterAsyncResource');
      const { asyncResource } = this;
      return asyncResource.runInAsyncScope(super.emit, this, event, ...args);
    }

    emitDestroy() {
      if (this[kAsyncResource] === undefined) throw new ERR_INVALID_THIS('EventEmitterAsyncResource');
      this.asyncResource.emitDestroy();
    }

    get asyncId() {
      if (this[kAsyncResource] === undefined) throw new ERR_INVALID_THIS('EventEmitterAsyncResource');
      return this.asyncResource.asyncId();
    }

    get triggerAsyncId() {
      if (this[kAsyncResource] === undefined) throw new ERR_INVALID_THIS('EventEmitterAsyncResource');
      return this.asyncResource.triggerAsyncId();
    }

    get asyncResource() {
      if (this[kAsyncResource] === undefined) throw new ERR_INVALID_THIS('EventEmitterAsyncResource');
      return this[kAsyncResource];
    }
  };
}

module.exports = {
  addAbortListener,
  makeEventEmitterAsyncResource,
  on,
  once,
};
