'use strict';
// A stand-in for gorun's event loop and `process` in the Go test: enough
// of Node's ordering (script, nextTick queue, promise jobs, timers in
// virtual time) to run the *.test.js files as node runs them. The Go side
// calls __next() until it returns false; goja drains promise jobs each
// time a call returns, which is where Node drains them too.
(function(EventEmitter) {
  const ticks = [];
  const timers = [];
  let seq = 0;
  let now = 0;

  const process = new EventEmitter();
  globalThis.process = process;
  process.nextTick = (fn, ...args) => {
    ticks.push([fn, args]);
  };
  process.emitWarning = (warning, type, code) => {
    if (typeof warning === 'string') {
      warning = new Error(warning);
      warning.name = type || 'Warning';
      if (code !== undefined) warning.code = code;
    }
    process.nextTick(() => process.emit('warning', warning));
  };

  function schedule(fn, ms, args) {
    const t = {
      fn, args, at: now + Math.max(1, ms | 0), seq: seq++, cancelled: false, refed: true,
      ref() { t.refed = true; return t; },
      unref() { t.refed = false; return t; },
      hasRef() { return t.refed; },
    };
    timers.push(t);
    return t;
  }
  globalThis.setTimeout = (fn, ms, ...args) => schedule(fn, ms, args);
  globalThis.setImmediate = (fn, ...args) => schedule(fn, 0, args);
  globalThis.clearTimeout = (t) => {
    if (t) t.cancelled = true;
  };
  globalThis.clearImmediate = globalThis.clearTimeout;
  globalThis.queueMicrotask = (fn) => {
    Promise.resolve().then(fn);
  };

  function uncaught(err) {
    if (process.listenerCount('uncaughtException') > 0) {
      process.emit('uncaughtException', err);
    } else {
      print(`UNCAUGHT ${err && err.stack ? err.stack.split('\n')[0] : String(err)}`);
      globalThis.__failed = true;
    }
  }

  function runTicks() {
    while (ticks.length > 0) {
      const [fn, args] = ticks.shift();
      try {
        fn(...args);
      } catch (err) {
        uncaught(err);
      }
    }
  }

  globalThis.__macrotask = (fn) => {
    try {
      fn();
    } catch (err) {
      uncaught(err);
    }
    runTicks();
  };

  globalThis.__next = () => {
    if (ticks.length > 0) {
      __macrotask(() => {});
      return true;
    }
    for (let i = timers.length - 1; i >= 0; i--) {
      if (timers[i].cancelled) timers.splice(i, 1);
    }
    // Like Node, unref'd timers alone do not keep the loop running.
    if (!timers.some((t) => t.refed)) return false;
    let best = 0;
    for (let i = 1; i < timers.length; i++) {
      const t = timers[i];
      const b = timers[best];
      if (t.at < b.at || (t.at === b.at && t.seq < b.seq)) best = i;
    }
    const [t] = timers.splice(best, 1);
    now = t.at;
    __macrotask(() => t.fn(...t.args));
    return true;
  };

  globalThis.__unhandledRejection = (reason, promise) => {
    if (process.listenerCount('unhandledRejection') > 0) {
      __macrotask(() => process.emit('unhandledRejection', reason, promise));
    } else {
      uncaught(reason);
    }
  };

  globalThis.__exit = () => {
    __macrotask(() => process.emit('exit', 0));
  };
});
