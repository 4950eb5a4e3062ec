process.on('unhandledRejection', (reason, p) => {
  console.log('unhandled:', reason instanceof Error ? reason.message : reason, p instanceof Promise);
  setTimeout(() => p.catch(() => console.log('handled late')), 1);
});
process.on('rejectionHandled', (p) => console.log('rejectionHandled', p instanceof Promise));
process.on('exit', (code) => console.log('exit', code));
Promise.reject(new Error('first'));
const handledInTime = Promise.reject(new Error('second'));
process.nextTick(() => handledInTime.catch((e) => console.log('caught in time', e.message)));
(async () => { throw 'async string'; })();
