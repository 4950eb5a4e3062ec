// A negative code is passed through; the shell sees it modulo 256.
process.on('exit', (code) => console.log('exit', code));
process.exitCode = -1;
