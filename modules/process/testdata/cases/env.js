function show(label, fn) {
  try {
    console.log(label, fn());
  } catch (e) {
    console.log(label, e.name, e.code, e.message);
  }
}
const env = process.env;
show('plain', () => Object.defineProperty(env, 'GORUN_T1', { value: 'v' }));
show('open', () => Object.defineProperty(env, 'GORUN_T2', { value: 12, configurable: true, writable: true, enumerable: true }).GORUN_T2);
show('novalue', () => Object.defineProperty(env, 'GORUN_T3', { configurable: true, writable: true, enumerable: true }));
show('accessor', () => Object.defineProperty(env, 'GORUN_T4', { get() { return 'x'; }, configurable: true, enumerable: true }));
for (const attr of ['configurable', 'writable', 'enumerable']) {
  show(attr, () => Object.defineProperty(env, 'GORUN_T5', { value: 'v', [attr]: false }));
}
show('reflect', () => Reflect.defineProperty(env, 'GORUN_T6', { value: 1 }));
console.log(env.GORUN_T1, env.GORUN_T3, env.GORUN_T5, Object.getOwnPropertyDescriptor(env, 'GORUN_T2'));
env.GORUN_N = 42;
env.GORUN_U = undefined;
env.GORUN_O = { toString() { return 'obj'; } };
console.log(typeof env.GORUN_N, env.GORUN_N, env.GORUN_U, env.GORUN_O);
const sym = Symbol('s');
console.log(env[sym], sym in env, delete env[sym]);
show('symkey', () => { env[sym] = 1; });
show('symval', () => { env.GORUN_S = sym; });
console.log(delete env.GORUN_N, 'GORUN_N' in env, env.GORUN_N, delete env.GORUN_NEVER);
console.log(Object.keys(env).filter((k) => k.startsWith('GORUN_')).sort());
console.log(Object.prototype.toString.call(env), JSON.stringify({ a: env.GORUN_T2 }));
