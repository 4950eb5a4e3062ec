// Sets up the globals Node has before any user code runs. Heavy ones are
// loaded on first use, so start-up stays near a bare VM.
(function (global, require, rawQueueMicrotask) {
  'use strict';
  function define(name, value) {
    Object.defineProperty(global, name, { value, writable: true, configurable: true, enumerable: false });
  }
  function lazy(name, load) {
    Object.defineProperty(global, name, {
      configurable: true,
      enumerable: false,
      get() {
        const value = load();
        define(name, value);
        return value;
      },
      set(value) {
        define(name, value);
      },
    });
  }

  Object.defineProperty(global, 'global', { value: global, writable: true, configurable: true, enumerable: false });
  lazy('console', () => require('console'));
  for (const name of ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval',
    'setImmediate', 'clearImmediate']) {
    lazy(name, () => require('timers')[name]);
  }
  define('queueMicrotask', function queueMicrotask(callback) {
    require('internal/errors').validateFunction(callback, 'callback');
    rawQueueMicrotask(callback);
  });
})
