// Line splitting over a stream: \n, \r\n, lone \r, a \r\n split across
// chunks (crlfDelay), a last line without an ending, multi-byte
// characters split across chunks; pause/resume/close events; options.
'use strict';
const readline = require('readline');
const { PassThrough, Readable } = require('stream');

const input = new PassThrough();
const rl = readline.createInterface({ input });
for (const ev of ['pause', 'resume', 'close']) rl.on(ev, () => console.log('event', ev));
rl.on('line', (l) => console.log('line', JSON.stringify(l)));
console.log(Object.keys(rl), rl.terminal, rl.crlfDelay, rl.historySize, rl.getPrompt(), rl.columns);
console.log(rl instanceof readline.Interface, rl instanceof require('events'), rl.constructor.name);
const chunks = ['a\nb\r\n', 'c\r', '\nd\re\n\n', Buffer.from([0xe6, 0x97]), Buffer.from([0xa5, 0x0a]), 'tail'];
let i = 0;
(function next() {
  if (i < chunks.length) {
    input.write(chunks[i++]);
    setTimeout(next, 5);
  } else {
    rl.pause();
    rl.resume();
    input.end();
    rl.on('close', afterClose);
  }
})();

function afterClose() {
  console.log('closed', rl.closed, input.isPaused());
  try { rl.question('again?', () => {}); } catch (e) { console.log(e.code, e.message); }
  // A Readable.from source with createInterface(input, output) arguments.
  const r2 = readline.createInterface(Readable.from(['x\ny', '\nz']), null);
  const got = [];
  r2.on('line', (l) => got.push(l));
  r2.on('close', () => { console.log('from', got); options(); });
}

function options() {
  const input = new PassThrough();
  const bad = [
    { input, historySize: -1 }, { input, historySize: NaN }, { input, completer: 'x' },
    { input, tabSize: 0 }, { input, escapeCodeTimeout: 'x' }, { input, history: 'x' },
    { input, signal: {} },
  ];
  for (const o of bad) {
    try { readline.createInterface(o); console.log('no throw'); } catch (e) { console.log(e.name, e.code, e.message); }
  }
  const r = readline.createInterface({ input, crlfDelay: 500, historySize: 5, prompt: '% ', tabSize: 4, escapeCodeTimeout: 50 });
  console.log(r.crlfDelay, r.historySize, r.getPrompt(), r.tabSize, r.escapeCodeTimeout, r.terminal);
  r.setPrompt('# ');
  console.log(r.getPrompt(), r._prompt);
  const ac = new AbortController();
  const r3 = readline.createInterface({ input: new PassThrough(), signal: ac.signal });
  r3.on('close', () => console.log('aborted close'));
  ac.abort();
  r.close();
}
