// process.exit('2') takes a numeric string as the code.
process.on('exit', (code) => console.log('exit', code, typeof code, process.exitCode, typeof process.exitCode));
process.exit('2');
