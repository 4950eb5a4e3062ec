// A custom Error subclass, uncaught, with a name field and a cause.
class HttpError extends Error {
  constructor(status, message, options) {
    super(message, options);
    this.name = 'HttpError';
    this.status = status;
    this.expose = status < 500;
  }
}
class NotFound extends HttpError {
  constructor(what) { super(404, `${what} not found`, { cause: new Error('lookup failed') }); }
}
function handler() { throw new NotFound('user 7'); }
handler();
