// An error thrown in beforeExit is uncaught.
process.on('beforeExit', function onBeforeExit() {
  throw new Error('from beforeExit');
});
process.on('exit', (code) => console.log('exit', code));
