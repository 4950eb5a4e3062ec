// An error thrown from a named timer callback.
setTimeout(function onTimer() {
  throw new TypeError('bad type in timer');
}, 1);
