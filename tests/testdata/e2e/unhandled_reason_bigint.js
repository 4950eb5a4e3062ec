// An unhandled rejection whose reason is 10n: node prints it and exits 1.
process.on('exit', (code) => console.log('exit', code));
Promise.reject(10n);
