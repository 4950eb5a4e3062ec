const cp = require('child_process');
const util = require('util');
const step = (label, fn) => new Promise((resolve) => fn((...a) => { console.log(label, ...a); resolve(); }));
const show = (err) => err && { message: err.message, code: err.code, killed: err.killed, signal: err.signal, cmd: err.cmd, keys: Object.keys(err) };
(async () => {
  await step('ok', (done) => cp.exec('echo hello; echo warn >&2', (err, out, errout) => done(err, JSON.stringify(out), JSON.stringify(errout))));
  await step('fail', (done) => cp.exec('echo partial; echo bad >&2; exit 4', (err, out, errout) => done(show(err), out, errout)));
  await step('buffer', (done) => cp.exec('printf abc', { encoding: 'buffer' }, (err, out) => done(err, out)));
  await step('latin1', (done) => cp.exec('printf "\\351"', { encoding: 'latin1' }, (err, out) => done(err, JSON.stringify(out))));
  await step('maxBuffer', (done) => cp.exec('yes | head -c 5000', { maxBuffer: 100 }, (err, out) => done(show(err), out.length)));
  await step('maxBuffer stderr', (done) => cp.exec('echo 123456789 >&2', { maxBuffer: 4 }, (err, out, e) => done(show(err), JSON.stringify(e))));
  await step('timeout', (done) => cp.exec('sleep 5', { timeout: 50 }, (err) => done(show(err))));
  await step('killSignal', (done) => cp.exec('sleep 5', { timeout: 50, killSignal: 'SIGKILL' }, (err) => done(show(err))));
  await step('shell', (done) => cp.exec('echo $0', { shell: '/bin/sh' }, (err, out) => done(err, out.trim())));
  await step('cwd+env', (done) => cp.exec('pwd; echo $X', { cwd: '/', env: { X: 'y' } }, (err, out) => done(err, JSON.stringify(out))));
  await step('execFile', (done) => cp.execFile('echo', ['a', 'b c'], (err, out) => done(err, JSON.stringify(out))));
  await step('execFile fail', (done) => cp.execFile('sh', ['-c', 'exit 2'], (err) => done(show(err))));
  await step('execFile enoent', (done) => cp.execFile('nope-cmd', ['x'], (err, out, e) => done(err.message, err.code, err.errno, err.cmd, err.path, err.spawnargs, JSON.stringify(out), JSON.stringify(e))));
  await step('execFile opts', (done) => cp.execFile('pwd', { cwd: '/usr' }, (err, out) => done(err, out.trim())));
  const child = cp.exec('echo child', () => {});
  console.log('returns', child instanceof cp.ChildProcess);
  await new Promise((r) => child.on('close', r));

  const execP = util.promisify(cp.exec);
  const p = execP('echo promised');
  console.log('promise child', p.child instanceof cp.ChildProcess);
  console.log(await p);
  try {
    await execP('echo o; echo e >&2; exit 1');
  } catch (err) {
    console.log('rejected', err.message, err.code, JSON.stringify(err.stdout), JSON.stringify(err.stderr));
  }
  const execFileP = util.promisify(cp.execFile);
  console.log(await execFileP('echo', ['ef']));
  console.log(util.promisify(cp.exec) === cp.exec[util.promisify.custom]);
})();
