const cp = require('child_process');
const { once } = require('events');
(async () => {
  // cat echoes stdin: both directions, and a large payload through
  // backpressure.
  const c = cp.spawn('cat');
  const chunks = [];
  c.stdout.on('data', (d) => chunks.push(d));
  c.stdin.write('hello ');
  c.stdin.write(Buffer.from('world\n'));
  const big = Buffer.alloc(1 << 20, 'x');
  console.log('write returned', c.stdin.write(big));
  c.stdin.end('bye\n');
  c.stdin.on('finish', () => console.log('stdin finish'));
  const [code] = await once(c, 'close');
  const all = Buffer.concat(chunks);
  console.log('cat', code, all.length, all.subarray(0, 12).toString(), all.subarray(-4).toString());

  // wc counts what we send.
  const wc = cp.spawn('wc', ['-c']);
  let n = '';
  wc.stdout.on('data', (d) => { n += d; });
  wc.stdin.end(Buffer.alloc(300000));
  await once(wc, 'close');
  console.log('wc', n.trim());

  // pipe() from one child into another.
  const a = cp.spawn('printf', ['one\\ntwo\\nthree\\n']);
  const b = cp.spawn('sort', ['-r']);
  a.stdout.pipe(b.stdin);
  let sorted = '';
  b.stdout.on('data', (d) => { sorted += d; });
  await once(b, 'close');
  console.log('sorted', JSON.stringify(sorted));

  // Output nobody reads still ends, and 'close' follows.
  const q = cp.spawn('sh', ['-c', 'head -c 2000 /dev/zero']);
  const [qc] = await once(q, 'close');
  console.log('unread', qc);

  // Writing to a child that exited fails with EPIPE on stdin.
  const t = cp.spawn('true');
  await once(t, 'exit');
  t.stdin.on('error', (e) => console.log('stdin error', e.code));
  t.stdin.write('x', (e) => console.log('write cb', e && e.code));
})();
