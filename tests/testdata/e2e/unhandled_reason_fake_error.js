// An unhandled rejection whose reason is { message: 'looks like error', stack: 'fake stack' }: node prints it and exits 1.
process.on('exit', (code) => console.log('exit', code));
Promise.reject({ message: 'looks like error', stack: 'fake stack' });
