const cp = require('child_process');
const run = (label, file, args, opts) => new Promise((resolve) => {
  const c = cp.spawn(file, args, opts);
  let out = '';
  if (c.stdout) c.stdout.on('data', (d) => { out += d; });
  c.on('error', (e) => console.log(label, 'error', e.code));
  c.on('close', (code, sig) => {
    console.log(label, code, sig, JSON.stringify(out));
    resolve();
  });
});
(async () => {
  await run('cwd', 'pwd', [], { cwd: '/tmp' });
  await run('cwd url', 'pwd', [], { cwd: new URL('file:///usr') });
  await run('env', 'sh', ['-c', 'echo "$FOO-$BAR"'], { env: { FOO: 'foo', BAR: undefined, PATH: process.env.PATH } });
  process.env.GORUN_CP_TEST = 'inherited';
  await run('env default', 'sh', ['-c', 'echo $GORUN_CP_TEST']);
  await run('shell', 'echo $((1+2)) | tr 3 x', [], { shell: true });
  await run('shell args', 'echo', ['a', '"b c"'], { shell: true });
  await run('shell path', 'echo $0', [], { shell: '/bin/sh' });
  await run('argv0', 'sh', ['-c', 'echo $0'], { argv0: 'custom0' });
  await run('ignore', 'sh', ['-c', 'echo gone'], { stdio: 'ignore' });
  await run('inherit', 'sh', ['-c', 'echo inherited-out'], { stdio: 'inherit' });
  await run('mixed', 'sh', ['-c', 'echo out; echo err >&2'], { stdio: ['ignore', 'pipe', 'ignore'] });
  await run('fd', 'sh', ['-c', 'echo via-fd1'], { stdio: ['pipe', 1, 2] });
  await run('process.stdout', 'sh', ['-c', 'echo via-stream'], { stdio: [null, process.stdout, 'pipe'] });
  await run('detached', 'sh', ['-c', 'echo detached'], { detached: true });
  await run('windowsHide', 'echo', ['x'], { windowsHide: true });
  const c = cp.spawn('sh', ['-c', 'echo x'], { stdio: ['pipe', 'pipe', 'pipe', 'pipe', 'ignore'] });
  console.log(c.stdio.length, c.stdio.map((s) => s === null ? null : typeof s));
  c.on('close', () => console.log('five closed'));
})();
