// isatty, WriteStream writing to stdout (a pipe here) with the cursor
// helpers' control sequences, color depth rules, and the errors.
'use strict';
const tty = require('tty');

console.log(Object.keys(tty).join(), tty.isatty(0), tty.isatty(1), tty.isatty(99), tty.isatty(-1), tty.isatty('1'), tty.isatty(1.5));

const out = new tty.WriteStream(1);
console.log(out instanceof tty.WriteStream, out.isTTY, out.fd, typeof out.on, 'columns' in out);
out.write('plain\n');
out.write(new Uint8Array([98, 121, 116, 101, 115, 10]));
console.log(out.cursorTo(3), out.cursorTo(3, 4), out.cursorTo(), out.moveCursor(-2, 3), out.moveCursor(0, 0));
console.log(out.clearLine(-1), out.clearLine(1), out.clearLine(0), out.clearScreenDown());
out.write('\n', () => console.log('write callback'));
const fn = tty.WriteStream(2);
console.log(fn instanceof tty.WriteStream);

const envs = [
  {}, { TERM: 'dumb' }, { TERM: 'xterm-256color' }, { TERM: 'screen' }, { TERM: 'KONSOLE' }, { COLORTERM: 'truecolor' },
  { COLORTERM: 'yes' }, { TMUX: '1' }, { CI: '1' }, { CI: '1', TRAVIS: '1' }, { CI: '1', CI_NAME: 'codeship' },
  { TEAMCITY_VERSION: '9.1.0' }, { TEAMCITY_VERSION: '8.0' }, { TERM_PROGRAM: 'iTerm.app' },
  { TERM_PROGRAM: 'iTerm.app', TERM_PROGRAM_VERSION: '3.1' }, { TERM_PROGRAM: 'Apple_Terminal' },
  { FORCE_COLOR: '' }, { FORCE_COLOR: '2' }, { FORCE_COLOR: '3' }, { FORCE_COLOR: 'x' }, { NO_COLOR: '' },
  { TERM: 'mosh' }, { TERM: 'rxvt-unicode' }, { FORCE_COLOR: '1', NO_COLOR: '1', NODE_DISABLE_COLORS: '1' },
];
console.log(envs.map((env) => out.getColorDepth(env)).join());
console.log(out.hasColors(), out.hasColors(256, { TERM: 'xterm-256color' }), out.hasColors({ TERM: 'xterm' }), out.hasColors(2 ** 24, {}));

function show(fn) {
  try {
    console.log(fn());
  } catch (e) {
    console.log(`${e.name} ${e.code}: ${e.message}`);
  }
}
show(() => new tty.WriteStream(-1));
show(() => new tty.WriteStream(1.5));
show(() => out.hasColors(1));
show(() => out.hasColors('16'));
show(() => out.cursorTo(NaN));
show(() => out.cursorTo(1, NaN));
show(() => out.cursorTo('a', 2));
show(() => out.clearLine(0, 'nope'));
show(() => out.write(5));
const input = new tty.ReadStream(0);
console.log(input.isTTY, input.isRaw, input.fd);
input.on('error', (e) => console.log('setRawMode error', e.code, e.syscall));
input.setRawMode(true);
console.log(input.isRaw);
