// process.exit() called inside an 'exit' listener replaces the code and
// stops the remaining listeners.
process.on('exit', (code) => {
  console.log('first listener', code, process.exitCode);
  process.exit(7);
});
process.on('exit', () => console.log('never: second listener after exit in exit'));
console.log('main');
process.exitCode = 2;
