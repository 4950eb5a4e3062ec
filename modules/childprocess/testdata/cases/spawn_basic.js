const cp = require('child_process');
const { ChildProcess } = cp;
const EventEmitter = require('events');
const c = cp.spawn('sh', ['-c', 'echo hi; echo err >&2; exit 3']);
console.log(c instanceof ChildProcess, c instanceof EventEmitter, typeof c.pid, c.pid > 0);
console.log(c.spawnfile, c.spawnargs, c.connected, c.exitCode, c.signalCode, c.killed);
console.log(c.stdio.length, c.stdio[0] === c.stdin, c.stdio[1] === c.stdout, c.stdio[2] === c.stderr);
console.log(typeof c.stdin.write, typeof c.stdout.on, c.stdout.readable, c.stdin.writable);
let out = '';
let err = '';
c.stdout.setEncoding('utf8');
c.stdout.on('data', (d) => { out += d; });
c.stderr.on('data', (d) => { err += d; });
c.on('spawn', () => console.log('spawn'));
c.on('exit', (code, sig) => console.log('exit', code, sig, c.exitCode, c.signalCode));
c.on('close', (code, sig) => {
  console.log('close', code, sig, JSON.stringify(out), JSON.stringify(err));
  console.log(c.stdout.destroyed, c.stdin.destroyed);
});
