// unhandledRejection with reasons that are not Errors.
const reasons = [42, null, undefined, { code: 'OBJ', msg: 'plain object' }, 'a string', Symbol('sym'), [1, 2], 10n];
process.on('unhandledRejection', (reason, p) => {
  console.log('unhandled', typeof reason, reason, p instanceof Promise);
});
for (const r of reasons) Promise.reject(r);
new Promise((_, reject) => reject());
new Promise(() => { throw 'thrown string in executor'; });
Promise.resolve().then(() => { throw { thrown: 'object in then' }; });
process.on('exit', (code) => console.log('exit', code));
