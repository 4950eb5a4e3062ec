// process.exit() inside beforeExit ends the process with that code.
process.on('beforeExit', (code) => {
  console.log('beforeExit', code);
  process.exit(5);
});
process.on('exit', (code) => console.log('exit', code));
