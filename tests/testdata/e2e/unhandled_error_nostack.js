// An unhandled rejection whose reason is (() => { const e = new Error('no stack'); e.stack = undefined; return e; })(): node prints it and exits 1.
process.on('exit', (code) => console.log('exit', code));
Promise.reject((() => { const e = new Error('no stack'); e.stack = undefined; return e; })());
