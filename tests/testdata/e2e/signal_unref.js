// A signal listener alone does not keep the process alive.
process.on('SIGUSR2', () => console.log('never: nobody sends SIGUSR2'));
process.on('exit', (code) => console.log('exit', code));
console.log('main done');
