const cp = require('child_process');
const t = (label, fn) => {
  try {
    fn();
    console.log(label, 'no throw');
  } catch (e) {
    console.log(label, e.name, e.code, e.message);
  }
};
t('file number', () => cp.spawn(1));
t('file empty', () => cp.spawn(''));
t('file null byte', () => cp.spawn('a\u0000b'));
t('args string', () => cp.spawn('echo', 'x'));
t('options string', () => cp.spawn('echo', [], 'x'));
t('cwd number', () => cp.spawn('echo', [], { cwd: 1 }));
t('detached', () => cp.spawn('echo', [], { detached: 1 }));
t('uid', () => cp.spawn('echo', [], { uid: 'x' }));
t('gid', () => cp.spawn('echo', [], { gid: 1.5 }));
t('shell', () => cp.spawn('echo', [], { shell: 1 }));
t('argv0', () => cp.spawn('echo', [], { argv0: 1 }));
t('windowsHide', () => cp.spawn('echo', [], { windowsHide: 'x' }));
t('stdio string', () => cp.spawn('echo', [], { stdio: 'nope' }));
t('stdio item', () => cp.spawn('echo', [], { stdio: ['pipe', 'nope'] }));
t('stdio obj', () => cp.spawn('echo', [], { stdio: 5 }));
t('two ipc', () => cp.spawn('echo', [], { stdio: ['ipc', 'ipc'] }));
t('sync ipc', () => cp.spawnSync('echo', [], { stdio: ['ipc'] }));
t('timeout', () => cp.spawn('echo', [], { timeout: -1 }));
t('timeout float', () => cp.spawn('echo', [], { timeout: 1.5 }));
t('killSignal', () => cp.spawn('echo', [], { killSignal: 'NOPE' }));
t('killSignal type', () => cp.spawn('echo', [], { killSignal: {} }));
t('signal', () => cp.spawn('echo', [], { signal: {} }));
t('serialization', () => cp.spawn('echo', [], { serialization: 'x' }));
t('env null byte', () => cp.spawn('echo', [], { env: { A: 'a\u0000' } }));
t('exec cmd', () => cp.exec(1));
t('exec cb', () => cp.exec('echo', {}, 1));
t('execFile cb', () => cp.execFile('echo', [], {}, 'x'));
t('maxBuffer', () => cp.execFile('echo', { maxBuffer: -1 }));
t('spawnSync input', () => cp.spawnSync('cat', { input: 1 }));
t('fork path', () => cp.fork(1));
t('fork args', () => cp.fork('x', 'y'));
t('fork stdio', () => cp.fork('x', [], { stdio: ['pipe', 'pipe', 'pipe'] }));
t('fork stdio string', () => cp.fork('x', [], { stdio: 'bad' }));
t('execSync cmd', () => cp.execSync(null));
console.log(Object.keys(cp).sort());
