// emitKeypressEvents decodes raw terminal input into keys.
'use strict';
const readline = require('readline');
const { PassThrough } = require('stream');

const input = new PassThrough();
readline.emitKeypressEvents(input);
readline.emitKeypressEvents(input); // a second call changes nothing
input.on('keypress', (s, key) => console.log(JSON.stringify(s), JSON.stringify(key)));
const seqs = [
  'a', 'A', '1', ' ', '\r', '\n', '\t', '\x7f', '\b', '\x01', '\x03', '\x1a',
  '\x1b[A', '\x1b[B', '\x1b[C', '\x1b[D', '\x1b[H', '\x1b[F', '\x1bOA', '\x1bOH',
  '\x1b[1;5C', '\x1b[1;2D', '\x1b[1;3A', '\x1b[3~', '\x1b[3;5~', '\x1b[5~', '\x1b[2~',
  '\x1b[11~', '\x1b[24~', '\x1bOP', '\x1b[[A', '\x1b[200~', '\x1b[Z', '\x1b[a', '\x1bOc',
  '\x1bb', '\x1bf', '\x1b\x7f', '\x1b\r', '\x1b\x1b[A', '\x1b[99x', '.', 'é', '日本', '😀',
  'ab\x1b[Dc',
];
let i = 0;
function next() {
  if (i === seqs.length) {
    // A lone ESC is the Escape key once the escape-code timeout passes.
    input.write('\x1b');
    setTimeout(() => console.log('done'), 600);
    return;
  }
  console.log('--', JSON.stringify(seqs[i]));
  input.write(seqs[i++]);
  setImmediate(next);
}
next();
