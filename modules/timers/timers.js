// Node's timers: https://nodejs.org/api/timers.html
const { codes, validateFunction } = require('internal/errors');

const TIMEOUT_MAX = 2 ** 31 - 1;
const kRefed = Symbol('refed');
const kHasPrimitive = Symbol('kHasPrimitive');
const kAsyncId = Symbol('asyncId');
const kTriggerId = Symbol('triggerId');

let nextAsyncId = 1;
// Timers turned into primitives (+timeout) can be cleared by that number.
const knownTimersById = { __proto__: null };

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

  [Symbol.toPrimitive]() {
    const id = this[kAsyncId];
    if (!this[kHasPrimitive]) {
      this[kHasPrimitive] = true;
      knownTimersById[id] = this;
    }
    return id;
  }
}

function start(timer) {
  timer._idleStart = binding.start(timer[kAsyncId], timer, timer._idleTimeout, timer[kRefed]);
  timer._idlePrev = timer;
  timer._idleNext = timer;
}

function unenroll(timer) {
  if (timer._destroyed) return;
  timer._destroyed = true;
  if (timer[kHasPrimitive]) delete knownTimersById[timer[kAsyncId]];
  binding.stop(timer[kAsyncId]);
  timer._idlePrev = null;
  timer._idleNext = null;
}

// Called by the loop when a timer is due (Node's listOnTimeout, for one
// timer): the callback runs with the Timeout as `this`; an interval is
// rescheduled from the loop time it fired at (which callbacks do not move), even if the callback throws.
function onTimeout(timer) {
  if (timer._destroyed || timer._onTimeout === null) return;
  timer._idlePrev = null;
  timer._idleNext = null;
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
    timer._idleTimeout = -1;
    unenroll(timer);
    return;
  }
  if (typeof timer === 'number' || typeof timer === 'string') {
    const known = knownTimersById[timer];
    if (known !== undefined) {
      known._idleTimeout = -1;
      known._onTimeout = null;
      unenroll(known);
    }
  }
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

function enroll(item, msecs) {
  if (typeof msecs !== 'number') throw new codes.ERR_INVALID_ARG_TYPE('msecs', 'number', msecs);
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
  clearInterval: clearTimeout,
  active,
  _unrefActive: active,
  enroll,
  unenroll,
};
