// An error thrown by the uncaughtException handler itself is fatal: node
// prints it and exits 7.
process.on('uncaughtException', function handler(err) {
  console.log('handler got', err.message);
  throw new Error('handler failed');
});
process.on('exit', (code) => console.log('exit', code));
throw new Error('original');
