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
      _triggerAsyncId: { value: triggerAsyncId ?? 1 },
    });
  }

  runInAsyncScope(fn, thisArg, ...args) {
    return runInFrame(this._frame, fn, thisArg, args);
  }

  emitDestroy() {
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

function createHook() {
  throw new (lazyErrors().codes.ERR_NOT_IMPLEMENTED)('async_hooks.createHook');
}

module.exports = {
  AsyncLocalStorage,
  createHook,
  executionAsyncId() { return 1; },
  triggerAsyncId() { return 0; },
  executionAsyncResource() { return {}; },
  asyncWrapProviders: Object.freeze({ __proto__: null }),
  AsyncResource,
};
