// One child's output pipe given whole as another's stdin (`sh | tr`), and
// a pipe that is already being read, whose data is forwarded instead.
'use strict';
const { spawn } = require('child_process');

const a = spawn('sh', ['-c', 'echo hello; echo world'], { stdio: ['ignore', 'pipe', 'inherit'] });
const b = spawn('tr', ['a-z', 'A-Z'], { stdio: [a.stdout, 'pipe', 'inherit'] });
console.log('b.stdin', b.stdin, 'a.stdout paused', a.stdout.readableFlowing, a.stdout.destroyed);
let out = '';
b.stdout.on('data', (d) => { out += d; });
b.on('close', (code) => {
  console.log('b', JSON.stringify(out), code);
  // Already flowing into this process: tr still gets every byte.
  const c = spawn('sh', ['-c', 'echo one; echo two'], { stdio: ['ignore', 'pipe', 'inherit'] });
  let seen = '';
  c.stdout.on('data', (d) => { seen += d; });
  setTimeout(() => {
    const d = spawn('tr', ['a-z', 'A-Z'], { stdio: [c.stdout, 'pipe', 'inherit'] });
    let got = '';
    d.stdout.on('data', (x) => { got += x; });
    d.on('close', (code2) => console.log('d', code2, d.stdin, seen.startsWith('one')));
  }, 0);
});
