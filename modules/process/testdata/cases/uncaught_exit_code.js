// An 'exit' listener may overrule the exit code of an uncaught exception,
// here one thrown by a 'beforeExit' listener.
// gorun-test: stderr differs (the stack trace's frames)
process.on('exit', (code) => {
  console.log('exit', code);
  process.exitCode = 0;
});
process.on('beforeExit', () => {
  throw new Error('from beforeExit');
});
