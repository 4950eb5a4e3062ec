// An uncaught Error whose stack was deleted or replaced.
const e = new Error('stackless');
e.stack = 'CustomStack: replaced\n    at nowhere (fake.js:1:1)';
e.extra = true;
throw e;
