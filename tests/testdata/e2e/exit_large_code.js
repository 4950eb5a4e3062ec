// The OS keeps only the low 8 bits of the exit code.
process.on('exit', (code) => console.log('exit', code));
process.exit(257);
