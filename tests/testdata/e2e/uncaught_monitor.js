// uncaughtExceptionMonitor sees the error before node prints it and exits.
process.on('uncaughtExceptionMonitor', (err, origin) => {
  console.log('monitor', err.message, origin);
});
process.on('exit', (code) => console.log('exit', code));
setTimeout(function fromTimer() {
  throw new Error('from timer');
}, 1);
