const cc = new Console({ stdout: out, colorMode: true });
cc.table([{ a: 1, b: 'str', c: null }, 5]);
cc.table(new Set([true, undefined]));
const tty = stream('tty', { isTTY: true, getColorDepth() { return 8; } });
new Console(tty).table(new Map([[1, 'x']]));
