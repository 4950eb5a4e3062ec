// process.exit(code) passes its own argument on to 'exit' listeners.
process.on('exit', (code) => console.log('exit', code, typeof code));
process.exit('4');
