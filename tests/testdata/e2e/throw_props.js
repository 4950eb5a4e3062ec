// An uncaught error with extra properties prints them after the stack.
function load(path) {
  const err = new Error(`ENOENT: no such file or directory, open '${path}'`);
  err.code = 'ENOENT';
  err.errno = -2;
  err.path = path;
  err.details = { attempts: [1, 2, 3], when: 'startup' };
  throw err;
}
function start() { load('/missing.json'); }
start();
