// An explicit process.exit(0) wins over process.exitCode.
process.exitCode = 9;
process.on('exit', (code) => {
  console.log('exit', code, process.exitCode);
});
process.exit(0);
