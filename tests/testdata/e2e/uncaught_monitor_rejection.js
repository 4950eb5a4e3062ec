// An unhandled rejection reaches the monitor with origin 'unhandledRejection'.
process.on('uncaughtExceptionMonitor', (err, origin) => {
  console.log('monitor', err instanceof Error ? err.message : err, origin);
});
process.on('exit', (code) => console.log('exit', code));
Promise.reject(new Error('rejected'));
