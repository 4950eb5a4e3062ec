// With both a monitor and a handler, both run and the process survives.
process.on('uncaughtExceptionMonitor', (err, origin) => console.log('monitor', err.message, origin));
process.on('uncaughtException', (err, origin) => console.log('handler', err.message, origin));
process.on('exit', (code) => console.log('exit', code));
Promise.reject(new Error('rejected'));
setTimeout(() => {
  console.log('still alive');
  throw new Error('second');
}, 1);
