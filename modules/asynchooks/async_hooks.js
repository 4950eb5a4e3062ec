// async_hooks: https://nodejs.org/api/async_context.html
//
// The current context is a frame: an object mapping each
// AsyncLocalStorage's key to its store, whose prototype is the frame it
// was derived from. Frames are never changed once made, so a callback
// scheduled under one keeps seeing it.

let enabled = false;
function enable() {
  if (!enabled) {
    enabled = true;
    binding.enable();
  }
}

function currentFrame() {
  return enabled ? binding.getContext() : undefined;
}

function frameWith(key, store) {
  const frame = Object.create(currentFrame() ?? null);
  frame[key] = store;
  return frame;
}

function runInFrame(frame, fn, thisArg, args) {
  enable();
  const prev = binding.getContext();
  binding.setContext(frame);
  try {
    return Reflect.apply(fn, thisArg, args);
  } finally {
    binding.setContext(prev);
  }
}

function lazyErrors() {
  return require('internal/errors');
}

const kResourceStore = Symbol('kResourceStore');

class AsyncLocalStorage {
  constructor() {
    this.kResourceStore = kResourceStore;
    this.enabled = false;
    Object.defineProperty(this, '_key', { value: Symbol('AsyncLocalStorage') });
  }

  static bind(fn) {
    lazyErrors().validateFunction(fn, 'fn');
    return AsyncResource.bind(fn);
  }

  static snapshot() {
    const frame = currentFrame();
    return function runInAsyncScope(fn, ...args) {
      return runInFrame(frame, fn, this, args);
    };
  }

  disable() {
    if (this.enabled) {
      this.enabled = false;
      if (currentFrame() !== undefined) binding.setContext(frameWith(this._key, undefined));
    }
  }

  _enable() {
    if (!this.enabled) {
      this.enabled = true;
      enable();
    }
  }

  _propagate() {}

  enterWith(store) {
    this._enable();
    binding.setContext(frameWith(this._key, store));
  }

  run(store, callback, ...args) {
    this._enable();
    return runInFrame(frameWith(this._key, store), callback, undefined, args);
  }

  exit(callback, ...args) {
    if (!this.enabled) return Reflect.apply(callback, null, args);
    return runInFrame(frameWith(this._key, undefined), callback, undefined, args);
  }

  getStore() {
    if (!this.enabled) return undefined;
    const frame = currentFrame();
    return frame === undefined ? undefined : frame[this._key];
  }
}

let nextAsyncId = 1;

class AsyncResource {
  constructor(type, opts = {}) {
    lazyErrors().validateString(type, 'type');
    let triggerAsyncId = opts;
    if (typeof opts === 'object' && opts !== null) triggerAsyncId = opts.triggerAsyncId;
    if (triggerAsyncId !== undefined && (!Number.isSafeInteger(triggerAsyncId) || triggerAsyncId < -1)) {
      throw new (lazyErrors().codes.ERR_INVALID_ASYNC_ID)('triggerAsyncId', triggerAsyncId);
    }
    Object.defineProperties(this, {
      _frame: { value: currentFrame(), writable: true },
      _asyncId: { value: ++nextAsyncId },
      _triggerAsyncId: { value: triggerAsyncId ?? executionAsyncId() },
    });
    if (activeHooks.length > 0) emitInit(this._asyncId, type, this._triggerAsyncId, this);
  }

  runInAsyncScope(fn, thisArg, ...args) {
    // The hooks already see this resource as the executing one.
    const asyncId = this._asyncId;
    executionStack.push(this);
    try {
      emitHook('before', asyncId);
    } catch (err) {
      executionStack.pop();
      throw err;
    }
    try {
      return runInFrame(this._frame, fn, thisArg, args);
    } finally {
      // Also when fn throws, as Node's.
      try {
        emitHook('after', asyncId);
      } finally {
        executionStack.pop();
      }
    }
  }

  emitDestroy() {
    queueDestroy(this._asyncId);
    return this;
  }

  asyncId() {
    return this._asyncId;
  }

  triggerAsyncId() {
    return this._triggerAsyncId;
  }

  bind(fn, thisArg) {
    lazyErrors().validateFunction(fn, 'fn');
    const resource = this;
    const bound = thisArg === undefined ?
      function(...args) { return resource.runInAsyncScope(fn, this, ...args); } :
      (...args) => resource.runInAsyncScope(fn, thisArg, ...args);
    // Node 20 deprecates reading it (DEP0172), through util.deprecate.
    let self = this;
    const { deprecate } = require('util');
    const msg = 'The asyncResource property on bound functions is deprecated';
    Object.defineProperties(bound, {
      length: { value: fn.length, configurable: true },
      asyncResource: {
        configurable: true,
        enumerable: true,
        get: deprecate(function() { return self; }, msg, 'DEP0172'),
        set: deprecate(function(val) { self = val; }, msg, 'DEP0172'),
      },
    });
    return bound;
  }

  static bind(fn, type, thisArg) {
    type = type || fn.name || 'bound-anonymous-fn';
    return (new AsyncResource(type)).bind(fn, thisArg);
  }
}

// Hooks (https://nodejs.org/api/async_hooks.html#async_hookscreatehookcallbacks)
// see the resources JS creates: AsyncResource and what builds on it
// (EventEmitterAsyncResource, AsyncResource.bind). The runtime's own
// timers, promises and I/O are not reported, and executionAsyncId() is the
// top-level id (1) outside runInAsyncScope.
const activeHooks = [];
const executionStack = [];
const hookNames = ['init', 'before', 'after', 'destroy', 'promiseResolve'];

class AsyncHook {
  constructor(callbacks) {
    for (const name of hookNames) {
      const fn = callbacks[name];
      if (fn !== undefined && typeof fn !== 'function') {
        throw new (lazyErrors().codes.ERR_ASYNC_CALLBACK)(`hook.${name}`);
      }
    }
    Object.defineProperty(this, '_callbacks', {
      value: Object.fromEntries(hookNames.map((name) => [name, callbacks[name]])),
    });
  }

  enable() {
    if (!activeHooks.includes(this)) activeHooks.push(this);
    return this;
  }

  disable() {
    const i = activeHooks.indexOf(this);
    if (i !== -1) activeHooks.splice(i, 1);
    return this;
  }
}

function createHook(callbacks) {
  return new AsyncHook(callbacks);
}

// The hooks of one event are those enabled when it fires, as in Node
// (a hook enabled by a callback sees the next event, not this one).
function emitHook(name, ...args) {
  if (activeHooks.length === 0) return;
  for (const hook of activeHooks.slice()) {
    const fn = hook._callbacks[name];
    if (fn !== undefined) Reflect.apply(fn, hook, args);
  }
}

function emitInit(asyncId, type, triggerId, resource) {
  if (typeof type !== 'string' || type.length === 0) {
    throw new (lazyErrors().codes.ERR_ASYNC_TYPE)(type);
  }
  emitHook('init', asyncId, type, triggerId, resource);
}

// destroy hooks run after the current callback, in a batch, as Node's
// destroy queue does; emitDestroy itself returns at once.
let destroyQueue = [];
function queueDestroy(asyncId) {
  if (activeHooks.length === 0) return;
  destroyQueue.push(asyncId);
  if (destroyQueue.length > 1) return;
  setImmediate(() => {
    const ids = destroyQueue;
    destroyQueue = [];
    for (const id of ids) emitHook('destroy', id);
  });
}

function executionAsyncId() {
  const top = executionStack[executionStack.length - 1];
  return top === undefined ? 1 : top._asyncId;
}

module.exports = {
  AsyncLocalStorage,
  createHook,
  executionAsyncId,
  triggerAsyncId() {
    const top = executionStack[executionStack.length - 1];
    return top === undefined ? 0 : top._triggerAsyncId;
  },
  executionAsyncResource() {
    const top = executionStack[executionStack.length - 1];
    return top === undefined ? {} : top;
  },
  asyncWrapProviders: Object.freeze({ __proto__: null }),
  AsyncResource,
};
