// Without a listener, SIGTERM kills the process: the exit listeners never
// run and the shell sees 128+15.
process.on('exit', () => console.log('never: exit listener on signal death'));
console.log('before kill');
process.kill(process.pid, 'SIGTERM');
setTimeout(() => console.log('never: timer after SIGTERM'), 1000);
