// Setting process.exitCode inside 'exit' changes the final code.
process.on('exit', (code) => {
  console.log('exit', code);
  process.exitCode = 12;
});
process.on('exit', (code) => console.log('second listener sees', code, process.exitCode));
