process.on('exit', (code) => console.log('exit event', code));
function fail() {
  throw new Error('boom');
}
console.log('before');
fail();
