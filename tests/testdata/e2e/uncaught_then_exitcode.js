// A handled uncaught exception leaves exitCode alone; exitCode set in the
// handler is used.
process.on('uncaughtException', function handler(err, origin) {
  console.log('handled', err.message, origin, process.exitCode);
  process.exitCode = 11;
});
process.on('exit', (code) => console.log('exit', code));
setTimeout(function later() { console.log('loop continues'); }, 1);
throw new Error('main throw');
