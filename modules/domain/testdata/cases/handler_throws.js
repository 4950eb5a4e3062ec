// An error thrown by the outermost domain's 'error' listener is fatal:
// printed instead of the original, exit code 7.
// gorun-test: stderr differs (the fatal report's stack frames and version)
const domain = require('domain');
const d = domain.create();
process.on('exit', (code) => console.log('exit', code));
d.on('error', (err) => {
  console.log('handling', err.message);
  throw new Error('from handler');
});
d.run(() => {
  process.nextTick(() => { throw new Error('original'); });
});
