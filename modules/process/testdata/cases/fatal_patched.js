// The uncaught path calls process._fatalException, so a replacement is
// used; returning anything but false means "handled".
process.on('exit', (c) => console.log('exit event', c));
process._fatalException = (e, fromPromise) => { console.log('custom', e.message, fromPromise); };
throw new Error('first');
