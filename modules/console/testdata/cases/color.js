const value = { a: 1, s: 'x' };
const plain = stream('plain');
new Console(plain).log(value);
const ttyNoDepth = stream('ttyNoDepth', { isTTY: true });
new Console(ttyNoDepth).log(value);
const tty2 = stream('tty2', { isTTY: true, getColorDepth() { return 2; } });
new Console(tty2).log(value);
const tty4 = stream('tty4', { isTTY: true, getColorDepth() { return 4; } });
new Console(tty4).log(value);
new Console({ stdout: plain, colorMode: true }).log(value, '%o', 's');
new Console({ stdout: tty4, colorMode: false }).log(value);
new Console({ stdout: plain, stderr: tty4 }).error(value);
new Console({ stdout: tty4, stderr: plain }).error(value);
new Console({ stdout: tty4 }).dir(value);
new Console({ stdout: tty4 }).dir(value, { colors: false });
const io = {};
new Console({ stdout: tty4, inspectOptions: io }).log(value);
note(io);
const io2 = { depth: 0 };
new Console({ stdout: plain, inspectOptions: io2 }).log({ a: { b: 1 } });
note(io2);
for (const v of ['', '0', '1', 'true', 'false', '2', '3', 'x']) {
  env.FORCE_COLOR = v;
  new Console(plain).log(v, value);
}
env.FORCE_COLOR = '0';
new Console(tty4).log('forced off', value);
delete env.FORCE_COLOR;
