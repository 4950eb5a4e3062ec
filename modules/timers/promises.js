// Node's timers/promises: https://nodejs.org/api/timers.html#timers-promises-api
//
// Built on the callback timers. setInterval is an async generator in
// Node; goja has none, so it is an object with the AsyncGenerator
// protocol (next/return/throw, queued in call order, the body starting on
// the first next()).
const timers = require('timers');
const {
  AbortError,
  codes,
  validateAbortSignal,
  validateBoolean,
  validateObject,
} = require('internal/errors');

const kScheduler = Symbol('kScheduler');

// checkOptions validates {signal, ref} the way the promise forms do:
// by returning the error (to reject with) instead of throwing.
function checkOptions(options) {
  if (options == null || typeof options !== 'object') {
    return new codes.ERR_INVALID_ARG_TYPE('options', 'Object', options);
  }
  const { signal, ref = true } = options;
  if (signal !== undefined) {
    try {
      validateAbortSignal(signal, 'options.signal');
    } catch (err) {
      return err;
    }
  }
  if (typeof ref !== 'boolean') {
    return new codes.ERR_INVALID_ARG_TYPE('options.ref', 'boolean', ref);
  }
  return undefined;
}

function abortError(signal) {
  return new AbortError(undefined, { cause: signal?.reason });
}

// schedule runs start(resolve) and wires options.signal to clear the
// timer and reject, removing the listener once settled.
function schedule(options, start, clear) {
  const invalid = checkOptions(options);
  if (invalid !== undefined) return Promise.reject(invalid);
  const { signal, ref = true } = options;
  if (signal?.aborted) return Promise.reject(abortError(signal));
  let onCancel;
  const promise = new Promise((resolve, reject) => {
    const timer = start(resolve);
    if (!ref) timer.unref();
    if (signal) {
      onCancel = () => {
        if (!timer._destroyed) {
          clear(timer);
          reject(abortError(signal));
        }
      };
      signal.addEventListener('abort', onCancel);
    }
  });
  if (onCancel === undefined) return promise;
  return promise.finally(() => signal.removeEventListener('abort', onCancel));
}

function setTimeout(after, value, options = {}) {
  return schedule(options, (resolve) => timers.setTimeout(resolve, after, value), timers.clearTimeout);
}

function setImmediate(value, options = {}) {
  return schedule(options, (resolve) => timers.setImmediate(resolve, value), timers.clearImmediate);
}

// IntervalIterator is what Node's `async function* setInterval` returns.
// Requests are served in call order; one that can be answered at once
// settles its promise synchronously, as a generator body that does not
// await would (so a bad option rejects the first next() right away).
class IntervalIterator {
  #after;
  #value;
  #options;
  #state = 'suspendedStart'; // then 'running', then 'completed'
  #requests = [];
  #busy = false;
  #interval;
  #signal;
  #onCancel;
  #notYielded = 0;
  #wake; // resolves the pending wait for the interval's next tick

  constructor(after, value, options) {
    this.#after = after;
    this.#value = value;
    this.#options = options;
  }

  next() {
    return this.#request('next');
  }

  return(value) {
    return this.#request('return', value);
  }

  throw(err) {
    return this.#request('throw', err);
  }

  [Symbol.asyncIterator]() {
    return this;
  }

  #request(kind, arg) {
    return new Promise((resolve, reject) => {
      this.#requests.push({ kind, arg, resolve, reject });
      if (!this.#busy) this.#serve();
    });
  }

  #serve() {
    while (!this.#busy && this.#requests.length > 0) {
      const req = this.#requests.shift();
      let result;
      try {
        result = this.#step(req.kind, req.arg);
      } catch (err) {
        req.reject(err);
        continue;
      }
      if (!(result instanceof Promise)) {
        req.resolve(result);
        continue;
      }
      this.#busy = true;
      result.then((r) => {
        this.#busy = false;
        req.resolve(r);
        this.#serve();
      }, (err) => {
        this.#busy = false;
        req.reject(err);
        this.#serve();
      });
    }
  }

  #step(kind, arg) {
    if (kind === 'return') {
      this.#finish();
      return Promise.resolve(arg).then((value) => ({ value, done: true }));
    }
    if (kind === 'throw') {
      this.#finish();
      throw arg;
    }
    return this.#next();
  }

  // next is the generator body between two yields: a value when the
  // interval has ticked, otherwise a promise of one.
  #next() {
    if (this.#state === 'completed') return { value: undefined, done: true };
    try {
      if (this.#state === 'suspendedStart') this.#start();
      if (this.#signal?.aborted) throw abortError(this.#signal);
      if (this.#notYielded > 0) {
        this.#notYielded--;
        return { value: this.#value, done: false };
      }
    } catch (err) {
      this.#finish();
      throw err;
    }
    return new Promise((resolve) => { this.#wake = resolve; }).then(() => this.#next(), (err) => {
      this.#finish();
      throw err;
    });
  }

  #start() {
    this.#state = 'running';
    const options = this.#options;
    validateObject(options, 'options');
    const { signal, ref = true } = options;
    if (signal !== undefined) validateAbortSignal(signal, 'options.signal');
    validateBoolean(ref, 'options.ref');
    if (signal?.aborted) throw abortError(signal);
    this.#signal = signal;
    this.#interval = timers.setInterval(() => {
      this.#notYielded++;
      if (this.#wake) {
        this.#wake();
        this.#wake = undefined;
      }
    }, this.#after);
    if (!ref) this.#interval.unref();
    if (signal) {
      this.#onCancel = () => {
        timers.clearInterval(this.#interval);
        if (this.#wake) {
          this.#wake(Promise.reject(abortError(signal)));
          this.#wake = undefined;
        }
      };
      signal.addEventListener('abort', this.#onCancel, { once: true });
    }
  }

  // finish is the generator's `finally`: the interval and the listener go.
  #finish() {
    if (this.#state === 'running') {
      timers.clearInterval(this.#interval);
      this.#signal?.removeEventListener('abort', this.#onCancel);
    }
    this.#state = 'completed';
  }
}
Object.defineProperty(IntervalIterator.prototype, Symbol.toStringTag, {
  value: 'AsyncGenerator', configurable: true,
});

function setInterval(after, value, options = {}) {
  return new IntervalIterator(after, value, options);
}

class Scheduler {
  constructor() {
    throw new codes.ERR_ILLEGAL_CONSTRUCTOR();
  }

  // yield lets the loop run a turn (I/O included) before continuing.
  yield() {
    if (!this[kScheduler]) throw new codes.ERR_INVALID_THIS('Scheduler');
    return setImmediate();
  }

  wait(delay, options) {
    if (!this[kScheduler]) throw new codes.ERR_INVALID_THIS('Scheduler');
    return setTimeout(delay, undefined, { signal: options?.signal });
  }
}

const scheduler = Object.create(Scheduler.prototype, {
  [kScheduler]: { value: true },
});

module.exports = {
  setTimeout,
  setImmediate,
  setInterval,
  scheduler,
};
