// A signal listener receives the signal's name and number, as node emits
// process.emit(name, name, number).
const keepAlive = setTimeout(() => {}, 60000);
process.once('SIGTERM', (...args) => {
  console.log('SIGTERM listener', args);
  clearTimeout(keepAlive);
});
process.kill(process.pid, 'SIGTERM');
