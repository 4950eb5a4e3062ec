const cp = require('child_process');
const c = cp.spawn('sleep', ['5'], { timeout: 50 });
c.on('exit', (code, sig) => {
  console.log('timeout exit', code, sig, c.killed);
  const ac = new AbortController();
  const d = cp.spawn('sleep', ['5'], { signal: ac.signal });
  d.on('error', (e) => console.log('abort error', e.name, e.code, e.message, e.cause.name));
  d.on('exit', (code, sig) => {
    console.log('abort exit', code, sig);
    const e = cp.spawn('sleep', ['5'], { signal: AbortSignal.abort('why'), killSignal: 'SIGKILL' });
    e.on('error', (err) => console.log('pre-aborted', err.name, err.cause));
    e.on('exit', (code, sig) => {
      console.log('pre-aborted exit', code, sig);
      const ac2 = new AbortController();
      cp.exec('sleep 5', { signal: ac2.signal }, (err) => console.log('exec abort', err.name, err.code, err.message));
      setTimeout(() => ac2.abort(), 20);
    });
  });
  setTimeout(() => ac.abort(), 20);
});
