// Node's timers: https://nodejs.org/api/timers.html
//
// The loop orders and fires timers (eventloop.Timer); this shim keeps
// Node's object model on top: Timeout and Immediate objects with Node's
// fields, and per-duration TimersList objects linked through
// _idleNext/_idlePrev as in lib/internal/timers.js, so code that inspects
// or walks those fields sees what it would in Node.
// internal/errors loads only when an argument is wrong: the common path
// checks callbacks inline.
function validateFunction(value, name) {
  if (typeof value !== 'function') require('internal/errors').validateFunction(value, name);
}

const TIMEOUT_MAX = 2 ** 31 - 1;
const kRefed = Symbol('refed');
const kHasPrimitive = Symbol('kHasPrimitive');
const kAsyncId = Symbol('asyncId');
const kTriggerId = Symbol('triggerId');
const kInspect = Symbol.for('nodejs.util.inspect.custom');
const kPromisify = Symbol.for('nodejs.util.promisify.custom');

// Node polyfills Symbol.dispose while V8 lacks it; goja lacks it too. The
// bootstrap is the right home for this; defining it here only when absent
// keeps both in agreement.
if (Symbol.dispose === undefined) {
  Object.defineProperty(Symbol, 'dispose', { value: Symbol('Symbol.dispose') });
}
if (Symbol.asyncDispose === undefined) {
  Object.defineProperty(Symbol, 'asyncDispose', { value: Symbol('Symbol.asyncDispose') });
}
const kDispose = Symbol.dispose;

let nextAsyncId = 1;
// Timers turned into primitives (+timeout) can be cleared by that number.
const knownTimersById = { __proto__: null };

// Node prints its timer objects one level deep: their neighbours in the
// list are shown as [TimersList] or [Timeout], not expanded.
function inspectShallow(options) {
  return require('util').inspect(this, { ...options, depth: 0, customInspect: false });
}

// One list per duration, newest first after the list head, as Node's
// linked lists: list._idleNext is the newest timer, list._idlePrev the
// oldest. The loop does the ordering; the lists are Node's visible shape.
const timerListMap = { __proto__: null };
let timerListId = Number.MIN_SAFE_INTEGER;
let timerListCount = 0;

class TimersList {
  constructor(expiry, msecs) {
    this._idleNext = this;
    this._idlePrev = this;
    this.expiry = expiry;
    this.id = timerListId++;
    this.msecs = msecs;
    this.priorityQueuePosition = ++timerListCount;
  }

  [kInspect](_, options) {
    return inspectShallow.call(this, options);
  }
}

function listAppend(list, item) {
  item._idleNext = list._idleNext;
  list._idleNext._idlePrev = item;
  item._idlePrev = list;
  list._idleNext = item;
}

function listUnlink(item) {
  const next = item._idleNext;
  const prev = item._idlePrev;
  if (next) next._idlePrev = prev;
  if (prev) prev._idleNext = next;
  item._idleNext = null;
  item._idlePrev = null;
}

// dropIfEmpty forgets the list for msecs once no timer is left in it, as
// Node does when it processes the list or unenrolls its last timer.
function dropIfEmpty(msecs) {
  const list = timerListMap[Math.trunc(msecs)];
  if (list !== undefined && list._idleNext === list) {
    delete timerListMap[list.msecs];
    timerListCount--;
  }
}

function coerceDelay(after) {
  after *= 1;
  if (!(after >= 1 && after <= TIMEOUT_MAX)) {
    if (after > TIMEOUT_MAX) {
      process.emitWarning(`${after} does not fit into a 32-bit signed integer.` +
        '\nTimeout duration was set to 1.', 'TimeoutOverflowWarning');
    }
    after = 1;
  }
  return after;
}

class Timeout {
  constructor(callback, after, args, isRepeat, isRefed) {
    after = coerceDelay(after);
    this._idleTimeout = after;
    this._idlePrev = this;
    this._idleNext = this;
    this._idleStart = null;
    this._onTimeout = callback;
    this._timerArgs = args;
    this._repeat = isRepeat ? after : null;
    this._destroyed = false;
    this[kRefed] = isRefed;
    this[kHasPrimitive] = false;
    this[kAsyncId] = ++nextAsyncId;
    this[kTriggerId] = 1;
    start(this);
  }

  [kInspect](_, options) {
    return inspectShallow.call(this, options);
  }

  refresh() {
    if (this._idleTimeout >= 0 && !this._destroyed) start(this);
    return this;
  }

  unref() {
    this[kRefed] = false;
    binding.setRef(this[kAsyncId], false);
    return this;
  }

  ref() {
    this[kRefed] = true;
    binding.setRef(this[kAsyncId], true);
    return this;
  }

  hasRef() {
    return this[kRefed];
  }

  close() {
    clearTimeout(this);
    return this;
  }

  [kDispose]() {
    clearTimeout(this);
  }

  [Symbol.toPrimitive]() {
    const id = this[kAsyncId];
    if (!this[kHasPrimitive]) {
      this[kHasPrimitive] = true;
      knownTimersById[id] = this;
    }
    return id;
  }
}

// start (re)schedules timer and moves it to the head of its duration's
// list, as Node's insert() does; lists are keyed by whole milliseconds.
function start(timer) {
  const msecs = timer._idleTimeout;
  const now = binding.start(timer[kAsyncId], timer, msecs, timer[kRefed]);
  timer._idleStart = now;
  if (timer._idleNext && timer._idleNext !== timer) listUnlink(timer);
  const key = Math.trunc(msecs);
  let list = timerListMap[key];
  if (list === undefined) list = timerListMap[key] = new TimersList(now + key, key);
  listAppend(list, timer);
}

// unenroll is Node's: an unref'd timer's list is kept, as it likely
// comes back soon (HTTP keep-alive timeouts).
function unenroll(timer) {
  if (timer._destroyed) return;
  timer._destroyed = true;
  if (timer[kHasPrimitive]) delete knownTimersById[timer[kAsyncId]];
  if (timer[kAsyncId] !== undefined) binding.stop(timer[kAsyncId]);
  if (timer._idleNext && timer._idleNext !== timer) listUnlink(timer);
  timer._idlePrev = null;
  timer._idleNext = null;
  if (timer[kRefed]) dropIfEmpty(timer._idleTimeout);
  timer._idleTimeout = -1;
}

// Called by the loop when a timer is due (Node's listOnTimeout, for one
// timer): the callback runs with the Timeout as `this`; an interval is
// rescheduled once it returns, even if it throws, in the same list.
function onTimeout(timer) {
  if (timer._destroyed) return;
  const msecs = timer._idleTimeout;
  if (!timer._onTimeout) {
    // An enrolled object without a callback (timers.active on a bare
    // object) or a cleared one: it just leaves its list, as in Node's
    // listOnTimeout.
    unenroll(timer);
    return;
  }
  listUnlink(timer);
  try {
    const args = timer._timerArgs;
    if (args === undefined) timer._onTimeout();
    else Reflect.apply(timer._onTimeout, timer, args);
  } finally {
    if (timer._repeat && timer._idleTimeout !== -1 && !timer._destroyed) {
      timer._idleTimeout = timer._repeat;
      start(timer);
    } else if (timer._idleNext === null && !timer._destroyed) {
      timer._destroyed = true;
      if (timer[kHasPrimitive]) delete knownTimersById[timer[kAsyncId]];
    }
    dropIfEmpty(msecs);
  }
}

function setTimeout(callback, after, arg1, arg2, arg3) {
  validateFunction(callback, 'callback');
  let args;
  switch (arguments.length) {
    case 0: case 1: case 2: break;
    case 3: args = [arg1]; break;
    case 4: args = [arg1, arg2]; break;
    default: args = Array.prototype.slice.call(arguments, 2);
  }
  return new Timeout(callback, after, args, false, true);
}

function setInterval(callback, repeat, arg1, arg2, arg3) {
  validateFunction(callback, 'callback');
  let args;
  switch (arguments.length) {
    case 0: case 1: case 2: break;
    case 3: args = [arg1]; break;
    case 4: args = [arg1, arg2]; break;
    default: args = Array.prototype.slice.call(arguments, 2);
  }
  return new Timeout(callback, repeat, args, true, true);
}

function clearTimeout(timer) {
  if (timer && timer._onTimeout) {
    timer._onTimeout = null;
    unenroll(timer);
    return;
  }
  if (typeof timer === 'number' || typeof timer === 'string') {
    const known = knownTimersById[timer];
    if (known !== undefined) {
      known._onTimeout = null;
      unenroll(known);
    }
  }
}

function clearInterval(timer) {
  // Node lets either clear function cancel either kind of timer.
  clearTimeout(timer);
}

class Immediate {
  constructor(callback, args) {
    this._idleNext = null;
    this._idlePrev = null;
    this._onImmediate = callback;
    this._argv = args;
    this._destroyed = false;
    this[kRefed] = true;
    this[kAsyncId] = ++nextAsyncId;
    this[kTriggerId] = 1;
    binding.immediate(this[kAsyncId], this);
  }

  ref() {
    if (!this._destroyed) {
      this[kRefed] = true;
      binding.immediateRef(this[kAsyncId], true);
    }
    return this;
  }

  unref() {
    if (!this._destroyed) {
      this[kRefed] = false;
      binding.immediateRef(this[kAsyncId], false);
    }
    return this;
  }

  hasRef() {
    return !!this[kRefed];
  }

  [kDispose]() {
    clearImmediate(this);
  }
}

function onImmediate(immediate) {
  if (immediate._destroyed) return;
  immediate._destroyed = true;
  immediate[kRefed] = null;
  const fn = immediate._onImmediate;
  immediate._onImmediate = null;
  const argv = immediate._argv;
  if (argv === undefined) fn.call(immediate);
  else Reflect.apply(fn, immediate, argv);
}

function setImmediate(callback, arg1, arg2, arg3) {
  validateFunction(callback, 'callback');
  let args;
  switch (arguments.length) {
    case 0: case 1: break;
    case 2: args = [arg1]; break;
    case 3: args = [arg1, arg2]; break;
    default: args = Array.prototype.slice.call(arguments, 1);
  }
  return new Immediate(callback, args);
}

function clearImmediate(immediate) {
  if (!immediate || immediate._destroyed) return;
  immediate._destroyed = true;
  immediate[kRefed] = null;
  immediate._onImmediate = null;
  binding.clearImmediate(immediate[kAsyncId]);
}

binding.init(onTimeout, onImmediate);

// util.promisify(setTimeout) and util.promisify(setImmediate) are the
// timers/promises functions.
for (const [fn, name] of [[setTimeout, 'setTimeout'], [setImmediate, 'setImmediate']]) {
  Object.defineProperty(fn, kPromisify, {
    enumerable: true,
    configurable: true,
    get() { return require('timers/promises')[name]; },
  });
}

// Deprecated enroll API (DEP0095..DEP0097): some old packages still call it.
function active(timer) {
  if (timer._idleTimeout >= 0) {
    if (timer[kAsyncId] === undefined) {
      timer[kAsyncId] = ++nextAsyncId;
      if (timer[kRefed] === undefined) timer[kRefed] = true;
    }
    timer._destroyed = false;
    start(timer);
  }
}

// deprecatedApi is util.deprecate without loading util with timers: the
// wrapper resolves util.deprecate on its first call, so start-up does not pay
// for util and each warning is still emitted once per process by code.
function deprecatedApi(fn, msg, code) {
  let wrapped;
  return function deprecated(...args) {
    if (wrapped === undefined) wrapped = require('util').deprecate(fn, msg, code);
    return Reflect.apply(wrapped, this, args);
  };
}

// Node's getTimerDuration: enroll takes a duration as given (no coercion),
// refuses negative and non-finite ones and clamps what int32 can't hold.
function timerDuration(msecs, name) {
  const { codes, validateNumber } = require('internal/errors');
  validateNumber(msecs, name);
  if (msecs < 0 || !Number.isFinite(msecs)) {
    throw new codes.ERR_OUT_OF_RANGE(name, 'a non-negative finite number', msecs);
  }
  if (msecs > TIMEOUT_MAX) {
    process.emitWarning(`${msecs} does not fit into a 32-bit signed integer.` +
      `\nTimer duration was truncated to ${TIMEOUT_MAX}.`, 'TimeoutOverflowWarning');
    return TIMEOUT_MAX;
  }
  return msecs;
}

function enroll(item, msecs) {
  msecs = timerDuration(msecs, 'msecs');
  if (item[kAsyncId] !== undefined) unenroll(item);
  item._idleTimeout = msecs;
  item._destroyed = false;
}

module.exports = {
  setTimeout,
  clearTimeout,
  setImmediate,
  clearImmediate,
  setInterval,
  clearInterval,
  _unrefActive: deprecatedApi(active,
    'timers._unrefActive() is deprecated. Please use timeout.refresh() instead.', 'DEP0127'),
  active: deprecatedApi(active,
    'timers.active() is deprecated. Please use timeout.refresh() instead.', 'DEP0126'),
  unenroll: deprecatedApi(unenroll,
    'timers.unenroll() is deprecated. Please use clearTimeout instead.', 'DEP0096'),
  enroll: deprecatedApi(enroll,
    'timers.enroll() is deprecated. Please use setTimeout instead.', 'DEP0095'),
};
Object.defineProperty(module.exports, 'promises', {
  enumerable: true,
  configurable: true,
  get() { return require('timers/promises'); },
});
