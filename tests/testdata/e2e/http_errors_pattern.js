// http-errors style: prototype-built error classes, setPrototypeOf,
// captureStackTrace with the constructor, and toJSON/inspect output.
function createError(status, msg) {
  const err = new Error(msg);
  Error.captureStackTrace(err, createError);
  Object.setPrototypeOf(err, NotFoundError.prototype);
  Object.defineProperty(err, 'message', { enumerable: true, configurable: true, value: msg, writable: true });
  Object.defineProperty(err, 'name', { enumerable: false, configurable: true, value: 'NotFoundError', writable: true });
  err.status = err.statusCode = status;
  err.expose = true;
  return err;
}
function NotFoundError() { throw new TypeError('cannot construct abstract class'); }
Object.setPrototypeOf(NotFoundError.prototype, Error.prototype);
Object.defineProperty(NotFoundError.prototype, 'constructor', { value: NotFoundError, enumerable: false, writable: true, configurable: true });
function route() { return createError(404, 'Page missing'); }
const err = route();
console.log(err instanceof NotFoundError, err instanceof Error, err.name, err.message, err.status);
console.log(err.stack.split('\n').slice(0, 2).join('\n'));
console.log(Object.keys(err));
console.log(err);
console.log(JSON.stringify(err));
console.log(String(err), Object.prototype.toString.call(err));
throw err;
