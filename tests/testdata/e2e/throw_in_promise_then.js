// An error thrown inside .then becomes an unhandled rejection.
Promise.resolve(1).then(function step(v) {
  throw new Error('thrown in then ' + v);
});
