// An interval keeps running when its callback throws and the exception is
// handled.
let n = 0;
process.on('uncaughtException', (e) => console.log('caught', e.message));
const i = setInterval(() => {
  n++;
  if (n === 3) clearInterval(i);
  throw new Error(`throw ${n}`);
}, 1);
process.on('exit', () => console.log('exit', n));
