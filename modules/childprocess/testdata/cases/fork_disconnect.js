// The parent disconnects; the child sees 'disconnect' and, with nothing
// else to do, exits.
const cp = require('child_process');
const path = require('path');
const c = cp.fork(path.join(__dirname, 'fork_child.js'), [], { execPath: 'node', execArgv: [], stdio: ['pipe', 'pipe', 'pipe', 'ipc'] });
let out = '';
c.stdout.on('data', (d) => { out += d; });
c.once('message', (m) => {
  console.log('first', m);
  c.disconnect();
  console.log('after disconnect', c.connected);
  c.disconnect();
});
c.on('error', (e) => console.log('error', e.code, e.message));
c.on('disconnect', () => console.log('disconnect'));
c.on('exit', (code) => console.log('exit', code));
c.send('ping');
