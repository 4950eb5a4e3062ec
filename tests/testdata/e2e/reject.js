process.on('exit', (code) => console.log('exit event', code));
async function g() {
  throw new Error('rejected');
}
g();
setTimeout(() => console.log('never printed'), 10);
