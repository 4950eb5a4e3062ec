// domain: https://nodejs.org/api/domain.html (deprecated, DEP0032)
//
// Node enters a callback's domain from async_hooks before/after hooks.
// Here the active domain is a key of the async context (eventloop
// context.go), which the loop carries into timers, immediates, ticks,
// promise reactions and I/O completions. The domain stack of node is kept
// as node keeps it while domain code runs (enter/exit/run/bind/emit), and
// re-derived from the async context once the loop has switched to another
// callback: then the stack is just that callback's domain, as after node's
// before hook.

const EventEmitter = require('events');
const { codes } = require('internal/errors');

// Domains own the uncaught-exception capture callback; one set by the
// user first makes domains unusable.
if (process.hasUncaughtExceptionCaptureCallback()) {
  throw new codes.ERR_DOMAIN_CALLBACK_NOT_AVAILABLE();
}

binding.enable();

// The key of the active domain in an async-context frame. Frames are
// immutable objects whose prototype is the frame they derive from
// (async_hooks.js); a frame made here has kDomain as its only own key, so
// entering and exiting repeatedly replaces it instead of stacking frames
// without end.
const kDomain = Symbol('domain');
const hasOwn = Object.prototype.hasOwnProperty;

let stack = [];
let active = null;
// The async context the state above belongs to.
let syncedFrame = binding.getContext();

function frameDomain(frame) {
  if (frame === undefined || frame === null) return null;
  return kDomain in frame ? frame[kDomain] : null;
}

// sync brings stack and active up to date with the async context: when
// the loop has switched contexts since domain code last looked, a callback
// of another origin is running, so its domain is the only one entered.
function sync() {
  const frame = binding.getContext();
  if (frame === syncedFrame) return;
  syncedFrame = frame;
  const d = frameDomain(frame);
  // Same domain on top: a context switch inside the same domain (an
  // AsyncLocalStorage scope that returned) keeps the nesting.
  if (stack.length > 0 && stack[stack.length - 1] === d) {
    active = d;
    return;
  }
  if (d) {
    stack = [d];
    active = d;
  } else {
    // Node leaves process.domain alone in a callback without a domain:
    // null after an uncaught exception, undefined after an exit.
    stack = [];
    if (active) active = undefined;
  }
}

// setFrameDomain makes d the domain that work scheduled from now on
// carries. Frames are immutable, so the frame for a domain over a given
// base is made once and reused: run() and emit() in a loop allocate
// nothing.
//
// Node keeps a WeakReference to each domain under kWeak, which
// util.inspect shows; here that slot holds the domain's frame cache.
const kWeak = Symbol('kWeak');
class WeakReference {
  constructor() {
    Object.defineProperties(this, {
      base: { __proto__: null, value: undefined, writable: true },
      frame: { __proto__: null, value: undefined, writable: true },
    });
  }
}
const nullCache = new WeakReference();
const undefinedCache = new WeakReference();

function setFrameDomain(d) {
  const cur = binding.getContext();
  let base = cur ?? null;
  if (base !== null && hasOwn.call(base, kDomain)) base = Object.getPrototypeOf(base);
  let cache;
  if (d === null) cache = nullCache;
  else if (d === undefined) cache = undefinedCache;
  else if (d instanceof Domain) cache = d[kWeak];
  let frame;
  if (cache !== undefined && cache.frame !== undefined && cache.base === base) {
    frame = cache.frame;
  } else {
    frame = Object.create(base);
    frame[kDomain] = d;
    if (cache !== undefined) {
      cache.base = base;
      cache.frame = frame;
    }
  }
  if (frame !== cur) binding.setContext(frame);
  syncedFrame = frame;
}

function setActive(d) {
  active = d;
  setFrameDomain(d);
}

function getActive() {
  sync();
  return active;
}

// process.domain is an accessor once domains are loaded, as in node.
Object.defineProperty(process, 'domain', {
  __proto__: null,
  enumerable: true,
  configurable: true,
  get() { return getActive(); },
  set(d) {
    sync();
    setActive(d);
  },
});

const setCaptureCallback = process.setUncaughtExceptionCaptureCallback;

// Capture exceptions only while some entered domain listens for 'error':
// otherwise they go to process 'uncaughtException' as without domains.
let capturing = false;
function updateExceptionCapture() {
  let want = false;
  for (let i = 0; i < stack.length; i++) {
    if (stack[i].listenerCount('error') > 0) {
      want = true;
      break;
    }
  }
  if (want === capturing) return;
  capturing = want;
  setCaptureCallback(null);
  if (want) setCaptureCallback(captureUncaught);
}

function captureUncaught(er) {
  return active._errorHandler(er);
}

const requireStack = new Error('require(`domain`) at this point').stack;
process.setUncaughtExceptionCaptureCallback = function setUncaughtExceptionCaptureCallback(fn) {
  const err = new codes.ERR_DOMAIN_CANNOT_SET_UNCAUGHT_EXCEPTION_CAPTURE();
  err.stack += `\n${'-'.repeat(40)}\n${requireStack}`;
  throw err;
};

// An exception escaping domain code (run, bound callbacks, emit) leaves
// its domain entered, as in node, so that the capture callback sees it.
// The loop may restore the async context of the enclosing task before
// the exception reaches process._fatalException (a nextTick callback's
// does), so the state it escaped with is kept here, keyed by the value.
let escaped = null;

function noteEscape(er) {
  if (escaped === null || escaped.er !== er) {
    escaped = { er, stack: stack.slice(), active };
  }
}

function callIn(d, fn, thisArg, args) {
  d.enter();
  let ret;
  try {
    ret = Reflect.apply(fn, thisArg, args);
  } catch (er) {
    noteEscape(er);
    throw er;
  }
  d.exit();
  return ret;
}

// process.js calls these (internal/domain) instead of domain replacing
// its functions: node's process.nextTick and _fatalException stay the
// same objects when domain is loaded.
const hooks = require('internal/domain');

// beforeFatal runs first in process._fatalException: the domain state
// must match the task that threw before the capture callback is chosen.
hooks.beforeFatal = function beforeFatal(er) {
  const e = escaped;
  if (e !== null && e.er === er) {
    escaped = null;
    stack = e.stack;
    active = e.active;
    syncedFrame = binding.getContext();
  } else {
    sync();
  }
  updateExceptionCapture();
};

// wrapTick wraps a process.nextTick callback queued inside a domain: it
// runs after the task that queued it, and its exception must still be
// attributed to its domain.
hooks.wrapTick = function wrapTick(cb) {
  const d = getActive();
  if (!d || typeof d.enter !== 'function') return cb;
  return function() {
    sync();
    if (active === d) {
      try {
        return Reflect.apply(cb, undefined, arguments);
      } catch (er) {
        noteEscape(er);
        throw er;
      }
    }
    return callIn(d, cb, undefined, arguments);
  };
};

// The first 'uncaughtException' listener always clears the domain stack,
// so that a listener never runs inside the domain that threw.
function domainUncaughtExceptionClear() {
  stack = [];
  setActive(null);
  updateExceptionCapture();
}

process.on('newListener', (name, listener) => {
  if (name === 'uncaughtException' && listener !== domainUncaughtExceptionClear) {
    process.removeListener(name, domainUncaughtExceptionClear);
    process.prependListener(name, domainUncaughtExceptionClear);
  }
});

process.on('removeListener', (name, listener) => {
  if (name === 'uncaughtException' && listener !== domainUncaughtExceptionClear) {
    const listeners = process.listeners('uncaughtException');
    if (listeners.length === 1 && listeners[0] === domainUncaughtExceptionClear) {
      process.removeListener(name, domainUncaughtExceptionClear);
    }
  }
});

function defineDomain(obj, d) {
  Object.defineProperty(obj, 'domain', {
    __proto__: null, configurable: true, enumerable: false, value: d, writable: true,
  });
}

class Domain extends EventEmitter {
  constructor() {
    super();
    this.members = [];
    this[kWeak] = new WeakReference();
    this.on('removeListener', updateExceptionCapture);
    this.on('newListener', updateExceptionCapture);
  }
}
Domain.prototype.members = undefined;

Domain.prototype._errorHandler = function(er) {
  // The capture callback calls this with an exception thrown inside this
  // domain. (No comment right above: the stack tracer would read its
  // last word into the inferred function name.)
  let caught = false;
  if ((typeof er === 'object' && er !== null) || typeof er === 'function') {
    defineDomain(er, this);
    er.domainThrown = true;
  }
  // The handler must not run inside the domain it handles, or an error
  // it throws would come back to it.
  sync();
  while (active === this) this.exit();

  if (stack.length === 0) {
    // Outermost domain: without 'error' listeners the exception goes on
    // to process 'uncaughtException'; an exception from the listener is
    // not caught here, so it ends the process as node's does.
    if (EventEmitter.listenerCount(this, 'error') > 0) {
      setCaptureCallback(null);
      capturing = false;
      try {
        caught = this.emit('error', er);
      } finally {
        updateExceptionCapture();
      }
    }
  } else {
    try {
      caught = this.emit('error', er);
    } catch (er2) {
      // The listener threw: an enclosing domain may catch that.
      updateExceptionCapture();
      if (stack.length === 0) throw er2;
      setActive(stack[stack.length - 1]);
      caught = active._errorHandler(er2);
    }
  }
  // An uncaught exception ends the task: no domain stays entered.
  domainUncaughtExceptionClear();
  return caught;
};

Domain.prototype.enter = function() {
  sync();
  stack.push(this);
  setActive(this);
  updateExceptionCapture();
};

Domain.prototype.exit = function() {
  sync();
  const index = stack.lastIndexOf(this);
  if (index === -1) return;
  // Exiting a domain exits every domain entered after it.
  stack.splice(index);
  setActive(stack.length === 0 ? undefined : stack[stack.length - 1]);
  updateExceptionCapture();
};

Domain.prototype.add = function(ee) {
  // The emitter (or timer) becomes a member: its 'error' events and those
  // of its callbacks go to this domain.
  if (ee.domain === this) return;
  if (ee.domain) ee.domain.remove(ee);
  // A domain added to a domain it contains would make an error go round.
  if (this.domain && ee instanceof Domain) {
    for (let d = this.domain; d; d = d.domain) {
      if (ee === d) return;
    }
  }
  defineDomain(ee, this);
  this.members.push(ee);
};

Domain.prototype.remove = function(ee) {
  ee.domain = null;
  const index = this.members.indexOf(ee);
  if (index !== -1) this.members.splice(index, 1);
};

Domain.prototype.run = function(fn, ...args) {
  // run, bound, intercepted and emit repeat callIn's body instead of
  // calling it, so that stack traces show node's frames.
  this.enter();
  let ret;
  try {
    ret = Reflect.apply(fn, this, args);
  } catch (er) {
    noteEscape(er);
    throw er;
  }
  this.exit();
  return ret;
};

Domain.prototype.intercept = function(cb) {
  const self = this;
  return function runIntercepted(...args) {
    const er = args[0];
    if (er && er instanceof Error) {
      er.domainBound = cb;
      er.domainThrown = false;
      defineDomain(er, self);
      self.emit('error', er);
      return undefined;
    }
    return intercepted(self, cb, this, args.slice(1));
  };
};

function intercepted(d, cb, thisArg, args) {
  d.enter();
  let ret;
  try {
    ret = Reflect.apply(cb, thisArg, args);
  } catch (er) {
    noteEscape(er);
    throw er;
  }
  d.exit();
  return ret;
}

function bound(d, cb, thisArg, args) {
  d.enter();
  let ret;
  try {
    ret = Reflect.apply(cb, thisArg, args);
  } catch (er) {
    noteEscape(er);
    throw er;
  }
  d.exit();
  return ret;
}

Domain.prototype.bind = function(cb) {
  const self = this;
  function runBound(...args) {
    return bound(self, cb, this, args);
  }
  defineDomain(runBound, this);
  return runBound;
};

// Emitters made while a domain is active belong to it, and their
// unhandled 'error' events go to it.
EventEmitter.usingDomains = true;

const eventInit = EventEmitter.init;
EventEmitter.init = function(opts) {
  defineDomain(this, null);
  if (!(this instanceof Domain)) {
    const d = getActive();
    if (d) this.domain = d;
  }
  return Reflect.apply(eventInit, this, [opts]);
};

const eventEmit = EventEmitter.prototype.emit;
function emit(...args) {
  const d = this.domain;
  const type = args[0];
  if (d === null || d === undefined || this === process ||
      (type === 'error' && this.listenerCount(type) > 0)) {
    return Reflect.apply(eventEmit, this, args);
  }
  if (type === 'error') {
    const er = args.length > 1 && args[1] ? args[1] : new codes.ERR_UNHANDLED_ERROR();
    if (typeof er === 'object') {
      er.domainEmitter = this;
      defineDomain(er, d);
      er.domainThrown = false;
    }
    // The domain's listener runs outside the active domain (and its
    // adjacent duplicates), then the stack is put back.
    sync();
    const savedStack = stack.slice();
    const savedActive = active;
    let i = stack.length - 1;
    while (i >= 0 && stack[i] === active) i--;
    stack.length = i + 1;
    setActive(stack.length > 0 ? stack[stack.length - 1] : null);
    updateExceptionCapture();
    d.emit('error', er);
    stack = savedStack;
    setActive(savedActive);
    updateExceptionCapture();
    return false;
  }
  d.enter();
  let ret;
  try {
    ret = Reflect.apply(eventEmit, this, args);
  } catch (er) {
    noteEscape(er);
    throw er;
  }
  d.exit();
  return ret;
}
Object.defineProperty(emit, 'length', { __proto__: null, value: 1, configurable: true });
EventEmitter.prototype.emit = emit;

function createDomain() {
  return new Domain();
}

// Node's key order: _stack, Domain, createDomain, create, active.
Object.defineProperty(exports, '_stack', {
  __proto__: null,
  enumerable: true,
  configurable: true,
  get() {
    sync();
    return stack;
  },
  set(v) { stack = v; },
});
exports.Domain = Domain;
exports.createDomain = createDomain;
exports.create = createDomain;
Object.defineProperty(exports, 'active', {
  __proto__: null,
  enumerable: true,
  configurable: true,
  get: getActive,
  set(d) {
    sync();
    setActive(d);
  },
});
