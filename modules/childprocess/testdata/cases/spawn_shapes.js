// Options are read as own properties (a polluted Object.prototype does
// not reach the child), env entries are taken with for-in (inherited
// ones included), pipes are one-directional, and a forked child has the
// deprecated _channel alias.
const cp = require('child_process');
const path = require('path');
const env = { PATH: process.env.PATH, HELLO: 'WORLD', UNDEF: undefined };
Object.setPrototypeOf(env, { FOO: 'BAR' });
const out = cp.spawnSync('/usr/bin/env', [], { env }).stdout.toString().split('\n').filter(Boolean).sort();
console.log(out.filter((l) => !l.startsWith('PATH=')));
Object.prototype.cwd = '/not/existing';
Object.prototype.shell = '/not/a/shell';
Object.prototype.uid = 424242;
try {
  console.log('execSync', String(cp.execSync('pwd')).trim() === process.cwd());
  console.log('execFileSync', String(cp.execFileSync('pwd')).trim() === process.cwd());
  console.log('spawnSync', String(cp.spawnSync('pwd').stdout).trim() === process.cwd());
} finally {
  delete Object.prototype.cwd;
  delete Object.prototype.shell;
  delete Object.prototype.uid;
}
const cat = cp.spawn('cat');
console.log('stdin', cat.stdin.writable, cat.stdin.readable);
console.log('stdout', cat.stdout.readable);
cat.stdout.on('data', (d) => console.log('cat says', String(d)));
cat.on('close', (code) => {
  console.log('cat closed', code);
  process.on('warning', (w) => console.log('warning', w.code));
  const child = cp.fork(path.join(__dirname, 'fork_child.js'), [], { execPath: 'node', execArgv: [], stdio: ['pipe', 'ignore', 'ignore', 'ipc'] });
  console.log('alias', child._channel === child.channel, Object.keys(child).includes('_channel'));
  child.send('bye');
  child.on('exit', (c) => console.log('child exit', c));
});
cat.stdin.end('hi');
