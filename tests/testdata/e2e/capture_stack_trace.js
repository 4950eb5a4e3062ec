// Error.captureStackTrace on plain objects and errors, with and without
// a constructorOpt that hides the frames above it.
function makeObj() {
  const obj = { name: 'Obj', message: 'plain object' };
  Error.captureStackTrace(obj);
  return obj;
}
const o = makeObj();
console.log(typeof o.stack, o.stack.split('\n').slice(0, 3).join('\n'));
console.log(Object.getOwnPropertyDescriptor(o, 'stack') !== undefined, Object.keys(o));
function hiddenFactory() { return inner(); }
function inner() {
  const e = {};
  Error.captureStackTrace(e, hiddenFactory);
  return e;
}
function caller() { return hiddenFactory(); }
console.log(caller().stack.split('\n').slice(0, 3).join('\n'));
class AppError extends Error {
  constructor(msg) {
    super(msg);
    this.name = this.constructor.name;
    Error.captureStackTrace(this, this.constructor);
  }
}
function thrower() { throw new AppError('app failure'); }
try { thrower(); } catch (e) {
  console.log(e.stack.split('\n').slice(0, 3).join('\n'));
  console.log(e instanceof AppError, e instanceof Error, e.name, Object.keys(e));
}
const notInStack = {};
Error.captureStackTrace(notInStack, function neverCalled() {});
console.log(JSON.stringify(notInStack.stack));
const withMsg = { message: 'msg only' };
Error.captureStackTrace(withMsg);
console.log(withMsg.stack.split('\n')[0]);
const withName = { name: 'OnlyName' };
Error.captureStackTrace(withName);
console.log(withName.stack.split('\n')[0]);
try { Error.captureStackTrace(1); } catch (e) { console.log(e.name, e.message); }
const e2 = new Error('before');
e2.message = 'after';
console.log(e2.stack.split('\n')[0]);
Error.captureStackTrace(e2);
console.log(e2.stack.split('\n')[0]);
const desc = Object.getOwnPropertyDescriptor(e2, 'stack');
console.log(typeof desc, desc.enumerable, desc.configurable, 'writable' in desc ? desc.writable : 'accessor');
