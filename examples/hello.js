// The smallest gorun program: `make run` (or `gorun examples/hello.js`).
const os = process.platform;
console.log(`Hello from gorun ${process.versions.gorun} (Node ${process.version} API) on ${os}/${process.arch}`);
setTimeout(() => console.log('a timer fired'), 10);
setImmediate(() => console.log('an immediate ran'));
process.nextTick(() => console.log('a tick ran first'));
Promise.resolve().then(() => console.log('then a promise job'));
