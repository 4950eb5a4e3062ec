const e = Object.create(Error.prototype);
e.message = 'fake';
throw e;
