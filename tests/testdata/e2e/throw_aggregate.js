// An uncaught AggregateError lists its errors.
throw new AggregateError([new Error('one'), new TypeError('two')], 'several things failed');
