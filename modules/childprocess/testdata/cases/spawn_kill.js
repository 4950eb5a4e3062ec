const cp = require('child_process');
const c = cp.spawn('sleep', ['10']);
c.on('exit', (code, sig) => {
  console.log('exit', code, sig, c.killed, c.exitCode, c.signalCode);
  console.log('kill after exit', c.kill());
});
console.log('kill', c.kill(), c.killed);

const d = cp.spawn('sleep', ['10']);
d.on('exit', (code, sig) => console.log('exit d', code, sig));
console.log(d.kill('SIGKILL'));

const e = cp.spawn('sleep', ['10']);
e.on('exit', (code, sig) => console.log('exit e', code, sig));
console.log(e.kill(0));
for (const bad of ['SIGNOPE', 'sigterm', -1, 1000, {}]) {
  try {
    e.kill(bad);
    console.log('no throw', bad);
  } catch (err) {
    console.log(err.name, err.code, err.message);
  }
}
e.kill(2);

// A shell that traps SIGTERM exits with its own code.
const t = cp.spawn('sh', ['-c', 'trap "exit 7" TERM; echo ready; while true; do sleep 0.05; done']);
t.stdout.once('data', () => t.kill());
t.on('exit', (code, sig) => console.log('exit t', code, sig));
