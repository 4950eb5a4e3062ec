function show(fn) {
  try {
    console.log('ok', fn());
  } catch (e) {
    console.log(e.name, e.code, e.message);
  }
}
show(() => process.setUncaughtExceptionCaptureCallback(42));
show(() => process.hasUncaughtExceptionCaptureCallback());
show(() => process.setUncaughtExceptionCaptureCallback((err) => console.log('captured', err.message)));
show(() => process.setUncaughtExceptionCaptureCallback(() => {}));
show(() => process.hasUncaughtExceptionCaptureCallback());
process.on('uncaughtException', () => console.log('listener must not run'));
process.on('exit', (code) => console.log('exit', code));
setTimeout(() => { throw new Error('from a timer'); }, 1);
setTimeout(() => {
  process.setUncaughtExceptionCaptureCallback(null);
  console.log('cleared', process.hasUncaughtExceptionCaptureCallback());
}, 5);
