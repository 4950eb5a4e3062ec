// process.exitCode round-trips through getters and exit listeners.
console.log(process.exitCode);
process.exitCode = 0;
console.log(process.exitCode);
process.exitCode = '7';
console.log(process.exitCode, typeof process.exitCode);
process.exitCode = 255;
process.on('exit', (code) => console.log('exit', code, process.exitCode));
