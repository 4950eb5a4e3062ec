const cp = require('child_process');
const { once } = require('events');
(async () => {
  const c = cp.spawn('sleep', ['10']);
  console.log('kill', c.kill(), c.killed);
  const [code, sig] = await once(c, 'exit');
  console.log('exit', code, sig, c.killed, c.exitCode, c.signalCode);
  console.log('kill after exit', c.kill());

  const d = cp.spawn('sleep', ['10']);
  console.log(d.kill('SIGKILL'));
  console.log('exit d', ...(await once(d, 'exit')));

  const e = cp.spawn('sleep', ['10']);
  console.log(e.kill(0), e.killed);
  for (const bad of ['SIGNOPE', 'sigterm', -1, 1000, {}]) {
    try {
      e.kill(bad);
      console.log('no throw', bad);
    } catch (err) {
      console.log(err.name, err.code, err.message);
    }
  }
  e.kill(2);
  console.log('exit e', ...(await once(e, 'exit')));

  // A shell that traps SIGTERM exits with its own code.
  const t = cp.spawn('sh', ['-c', 'trap "exit 7" TERM; echo ready; while true; do sleep 0.05; done']);
  t.stdout.once('data', () => t.kill());
  console.log('exit t', ...(await once(t, 'exit')));

  // Killed by a signal it raised itself.
  const s = cp.spawn('sh', ['-c', 'kill -USR1 $$']);
  console.log('exit s', ...(await once(s, 'exit')), s.killed);

  // unref: the program may end while the child still runs.
  const u = cp.spawn('sleep', ['10'], { stdio: 'ignore', detached: true });
  u.unref();
  u.on('exit', () => console.log('never printed'));
  console.log('unref', typeof u.pid);
  // Killed as the program exits, when its 'exit' can no longer arrive
  // (killing it now would race the program's end).
  process.on('exit', () => process.kill(u.pid));
})();
