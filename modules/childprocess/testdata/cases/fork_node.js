// gorun parent, node child: Node's IPC protocol on the wire.
const cp = require('child_process');
const path = require('path');
const c = cp.fork(path.join(__dirname, 'fork_child.js'), ['arg'], { execPath: 'node', execArgv: [], silent: true });
console.log(c.connected, typeof c.send, typeof c.channel.ref, typeof c.disconnect, c.spawnargs.slice(2));
let out = '';
c.stdout.on('data', (d) => { out += d; });
const got = [];
c.on('message', (m) => {
  got.push(m);
  if (got.length === 4) console.log('parent got', JSON.stringify(got));
});
c.on('disconnect', () => console.log('disconnect', c.connected));
c.on('exit', (code, sig) => console.log('exit', code, sig));
c.on('close', () => {
  console.log('child printed', JSON.stringify(out));
  c.send('late', (err) => console.log('late', err.code, err.message));
});
c.send('hello', (err) => console.log('sent cb', err));
c.send({ nested: [1, 'two', null], s: 'line\nbreak', u: 'é✓' });
c.send(42);
c.send('bye');
try {
  c.send(undefined);
} catch (e) {
  console.log(e.code, e.message);
}
try {
  c.send(Symbol('x'));
} catch (e) {
  console.log(e.code);
}
