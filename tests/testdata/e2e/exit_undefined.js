// process.exit() without a code uses process.exitCode; exit(undefined) too.
process.exitCode = 6;
process.on('exit', (code) => console.log('exit', code));
process.exit(undefined);
