// An unhandled rejection whose reason is 'a string': node prints it and exits 1.
process.on('exit', (code) => console.log('exit', code));
Promise.reject('a string');
