// The deprecated enroll API: validation, overflow clamping, one
// DeprecationWarning per API, and bare enrolled objects without a callback.
const timers = require('timers');
process.on('warning', (w) => console.log('warning', w.name, w.code, JSON.stringify(w.message)));
for (const v of [{}, 'foo', -1, Infinity, NaN]) {
  try {
    timers.enroll({}, v);
  } catch (e) {
    console.log(e.name, e.code, e.message);
  }
}
console.log(timers.enroll.name, timers.active.name, timers._unrefActive.name, timers.unenroll.name);
const item = { _onTimeout() { console.log('fired', this === item); } };
timers.enroll(item, 2 ** 31);
console.log(item._idleTimeout);
timers.enroll(item, 5);
timers.active(item);
timers._unrefActive(item);
const bare = { _idleTimeout: 1 };
timers.active(bare);
console.log(Number.isInteger(bare._idleStart), Boolean(bare._idleNext), Boolean(bare._idlePrev));
const skipped = { _idleTimeout: -1 };
timers.active(skipped);
console.log(JSON.stringify(skipped));
setTimeout(() => {
  timers.unenroll(item);
  console.log('done', bare._idleNext);
}, 20);
