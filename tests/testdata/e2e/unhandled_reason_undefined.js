// An unhandled rejection whose reason is undefined: node prints it and exits 1.
process.on('exit', (code) => console.log('exit', code));
Promise.reject(undefined);
