// beforeExit receives process.exitCode; setting it there changes the exit.
let n = 0;
process.on('beforeExit', (code) => {
  console.log('beforeExit', code, n);
  if (n++ === 0) {
    process.exitCode = 3;
    Promise.resolve().then(() => console.log('microtask keeps loop? no, but runs'));
  } else if (n === 2) {
    process.exitCode = 4;
    setImmediate(() => console.log('immediate from beforeExit'));
  }
});
process.on('exit', (code) => console.log('exit', code, process.exitCode));
