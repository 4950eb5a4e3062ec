// process.env coerces values to strings and has node's property semantics.
process.env.NUM = 42;
process.env.BOOL = true;
process.env.NUL = null;
process.env.UNDEF = undefined;
process.env.OBJ = { a: 1 };
process.env.ARR = [1, 2];
console.log(process.env.NUM, typeof process.env.NUM, process.env.BOOL, process.env.NUL, process.env.UNDEF);
console.log(process.env.OBJ, process.env.ARR);
console.log('NUM' in process.env, 'MISSING_VAR_XYZ' in process.env, process.env.MISSING_VAR_XYZ);
delete process.env.NUM;
console.log('NUM' in process.env, process.env.NUM);
console.log(delete process.env.NEVER_SET);
try { process.env.SYM = Symbol('s'); } catch (e) { console.log(e.name, e.message); }
Object.defineProperty(process.env, 'DEFINED', { value: 'dv', configurable: true, writable: true, enumerable: true });
console.log(process.env.DEFINED);
console.log(Object.keys(process.env).includes('BOOL'), typeof process.env.PATH);
console.log(JSON.stringify({ a: process.env.OBJ }));
process.env.EMPTY = '';
console.log(JSON.stringify(process.env.EMPTY), 'EMPTY' in process.env);
const copy = { ...process.env };
console.log(copy.BOOL, Object.getPrototypeOf(copy) === Object.prototype);
console.log(Object.prototype.hasOwnProperty.call(process.env, 'BOOL'), process.env.hasOwnProperty === Object.prototype.hasOwnProperty);
process.env.BIG = 10n;
console.log(process.env.BIG);
console.log(process.env.NO_COLOR, process.env.FORCE_COLOR);
