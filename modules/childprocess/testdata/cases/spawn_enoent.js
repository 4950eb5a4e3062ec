const cp = require('child_process');
const c = cp.spawn('nope-not-here', ['a', 'b']);
console.log(c.pid, c.stdout !== null);
c.on('spawn', () => console.log('spawn (wrong)'));
c.on('exit', () => console.log('exit (wrong)'));
c.on('error', (e) => {
  console.log(e instanceof Error, e.message, e.errno, e.code, e.syscall, e.path, e.spawnargs);
  console.log(Object.keys(e), c.exitCode, c.pid);
});
c.on('close', (code, sig) => console.log('close', code, sig));
const d = cp.spawn('./nope', { cwd: '/' });
d.on('error', (e) => console.log(e.message, e.code));
const f = cp.spawn('/etc/passwd');
f.on('error', (e) => console.log(e.message, e.code, e.errno));
const g = cp.spawn('sh', { cwd: '/no/such/dir' });
g.on('error', (e) => console.log(e.message, e.code));
