// Calling process.exit repeatedly from exit listeners does not recurse.
let calls = 0;
process.on('exit', (code) => {
  calls++;
  console.log('exit listener', code, calls);
  if (calls < 3) process.exit(code + 1);
});
process.exit(1);
