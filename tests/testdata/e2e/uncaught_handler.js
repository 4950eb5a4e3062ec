process.on('uncaughtException', (err, origin) => {
  console.log('caught:', err.message, origin);
});
process.on('exit', (code) => console.log('exit', code));
setTimeout(() => {
  console.log('timer runs');
  throw new Error('from timer');
}, 200);
setImmediate(() => { throw new Error('from immediate'); });
setImmediate(() => console.log('next immediate still runs'));
process.nextTick(() => { throw new Error('from tick'); });
throw new Error('from main');
