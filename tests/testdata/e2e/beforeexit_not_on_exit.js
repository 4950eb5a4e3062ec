// beforeExit is not emitted for process.exit() or uncaught errors.
process.on('beforeExit', () => console.log('never: beforeExit after explicit exit'));
process.on('exit', (code) => console.log('exit', code));
setTimeout(() => process.exit(), 1);
