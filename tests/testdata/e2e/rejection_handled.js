// A rejection handled after 'unhandledRejection' fired emits
// 'rejectionHandled' with the same promise; the process survives.
const seen = new Map();
process.on('unhandledRejection', (reason, p) => {
  seen.set(p, reason);
  console.log('unhandledRejection', reason);
  setTimeout(() => {
    p.catch((r) => console.log('late catch', r));
  }, 1);
});
process.on('rejectionHandled', (p) => {
  console.log('rejectionHandled', seen.has(p), seen.get(p));
});
process.on('exit', (code) => console.log('exit', code));
Promise.reject(null);
Promise.reject(undefined);
