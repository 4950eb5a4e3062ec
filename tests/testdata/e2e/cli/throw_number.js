// Throwing a number.
process.on('exit', (c) => console.log('exit', c));
throw 42;
