// An unhandledRejection listener that throws turns into an uncaught
// exception.
process.on('unhandledRejection', function onUnhandled(reason) {
  console.log('listener', reason.message);
  throw new Error('listener failed');
});
process.on('exit', (code) => console.log('exit', code));
Promise.reject(new Error('first'));
