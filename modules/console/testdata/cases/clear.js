c.clear();
const tty = stream('tty', { isTTY: true });
new Console(tty).clear();
env.TERM = 'dumb';
new Console(tty).clear();
