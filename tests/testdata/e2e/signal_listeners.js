// SIGTERM and SIGINT listeners run when the process signals itself, and
// with a listener installed the process survives. Signal handles do not
// keep the loop alive, so a timer does until the last listener has run.
const keepAlive = setTimeout(() => console.log('never: keep-alive timer'), 60000);
const order = [];
process.once('SIGTERM', function onTerm() {
  order.push('TERM');
  console.log('SIGTERM listener, this is process:', this === process);
  process.kill(process.pid, 'SIGINT');
});
process.once('SIGINT', () => {
  order.push('INT');
  console.log('SIGINT listener', process.listenerCount('SIGINT'), process.listenerCount('SIGTERM'));
  clearTimeout(keepAlive);
  setTimeout(() => console.log('after signals', order.join(',')), 1);
});
console.log('kill returns', process.kill(process.pid, 'SIGTERM'));
process.on('exit', (code) => console.log('exit', code));
