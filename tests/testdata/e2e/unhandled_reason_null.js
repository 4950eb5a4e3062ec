// An unhandled rejection whose reason is null: node prints it and exits 1.
process.on('exit', (code) => console.log('exit', code));
Promise.reject(null);
