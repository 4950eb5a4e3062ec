// setUncaughtExceptionCaptureCallback takes over uncaught errors.
console.log(process.hasUncaughtExceptionCaptureCallback());
process.setUncaughtExceptionCaptureCallback((err) => {
  console.log('captured', err.message);
  if (err.message === 'first') {
    setTimeout(function later() { throw new Error('second'); }, 1);
  } else {
    process.setUncaughtExceptionCaptureCallback(null);
    console.log(process.hasUncaughtExceptionCaptureCallback());
    setTimeout(function later() { throw new Error('third, uncaptured'); }, 1);
  }
});
console.log(process.hasUncaughtExceptionCaptureCallback());
try {
  process.setUncaughtExceptionCaptureCallback(() => {});
} catch (e) {
  console.log(e.code, e.name);
}
process.on('exit', (code) => console.log('exit', code));
throw new Error('first');
