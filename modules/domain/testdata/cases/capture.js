// domain owns the uncaught-exception capture callback.
const domain = require('domain');
try {
  process.setUncaughtExceptionCaptureCallback(() => {});
} catch (e) {
  console.log(e.code, e.message);
  console.log(e.stack.includes('require(`domain`) at this point'));
}
console.log(process.hasUncaughtExceptionCaptureCallback());
const d = domain.create();
d.on('error', () => {});
d.enter();
console.log(process.hasUncaughtExceptionCaptureCallback());
d.exit();
console.log(process.hasUncaughtExceptionCaptureCallback());
