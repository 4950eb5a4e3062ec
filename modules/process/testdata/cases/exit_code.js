// 'exit' listeners get process.exitCode as a number when the loop ends.
process.on('exit', (code) => console.log('exit', code, typeof code));
process.exitCode = '3';
