// Terminal-mode editing: keys written into an interface whose output is
// a fake 40-column TTY that records every escape sequence.
'use strict';
const readline = require('readline');
const { PassThrough, Writable } = require('stream');

function makeOutput() {
  const out = new Writable({ write(chunk, enc, cb) { out.log.push(chunk.toString()); cb(); } });
  out.log = [];
  out.columns = 40;
  out.isTTY = true;
  out.take = () => { const s = JSON.stringify(out.log.join('')); out.log = []; return s; };
  return out;
}

function session(name, opts, steps) {
  const input = new PassThrough();
  const output = makeOutput();
  const rl = readline.createInterface({ input, output, terminal: true, ...opts });
  rl.on('line', (l) => console.log(name, 'line', JSON.stringify(l)));
  rl.on('history', (h) => console.log(name, 'history', JSON.stringify(h)));
  rl.on('close', () => console.log(name, 'close'));
  for (const [data, key] of steps) {
    rl.write(data, key);
    console.log(name, JSON.stringify(data), key ? JSON.stringify(key) : '', output.take(), rl.line, rl.cursor);
  }
  return rl;
}

// Plain typing, cursor keys, home/end, deletes.
session('edit', { prompt: '$ ' }, [
  ['hello world', undefined],
  [null, { name: 'left' }],
  [null, { name: 'home' }],
  [null, { name: 'right' }],
  ['X', undefined],
  [null, { name: 'end' }],
  [null, { name: 'backspace' }],
  [null, { name: 'w', ctrl: true }],
  [null, { name: 'a', ctrl: true }],
  [null, { name: 'delete' }],
  [null, { name: 'f', meta: true }],
  [null, { name: 'b', meta: true }],
  [null, { name: 'k', ctrl: true }],
  [null, { name: 'y', ctrl: true }],
  [null, { name: 'u', ctrl: true }],
  [null, { sequence: '\x1f' }],
  [null, { sequence: '\x1e' }],
  ['abc\n', undefined],
]).close();

// History: up/down with substring search, duplicates removed.
const h = session('hist', { historySize: 3, removeHistoryDuplicates: true }, [
  ['one\r', undefined],
  ['two\r', undefined],
  ['one\r', undefined],
  ['three\r', undefined],
  ['four\r', undefined],
  [null, { name: 'up' }],
  [null, { name: 'up' }],
  [null, { name: 'up' }],
  [null, { name: 'up' }],
  [null, { name: 'down' }],
  [null, { name: 'down' }],
  [null, { name: 'down' }],
  ['t', undefined],
  [null, { name: 'up' }],
  [null, { name: 'up' }],
  [null, { name: 'n', ctrl: true }],
]);
console.log(JSON.stringify(h.history));
h.close();

// Ctrl-C with and without a SIGINT listener; Ctrl-D on an empty line.
const c = session('sigint', {}, [['x', undefined]]);
c.on('SIGINT', () => console.log('got SIGINT'));
c.write(null, { name: 'c', ctrl: true });
c.on('SIGTSTP', () => console.log('got SIGTSTP'));
c.write(null, { name: 'z', ctrl: true });
c.on('pause', () => console.log('paused by close'));
c.removeAllListeners('SIGINT');
c.write(null, { name: 'd', ctrl: true });
c.write(null, { name: 'c', ctrl: true });
session('eof', {}, [[null, { name: 'd', ctrl: true }]]);

// Long lines wrap at the output's width; prompt() redraws.
const w = session('wrap', { prompt: '> ' }, [['x'.repeat(45), undefined], [null, { name: 'home' }]]);
w.prompt();
console.log(w.getCursorPos(), JSON.stringify(w.output.log.join('')));
w.close();

// Wide characters and tabs in the display position.
const wide = session('wide', { prompt: '' }, [['日本\tz', undefined], [null, { name: 'left' }]]);
console.log(wide.getCursorPos());
wide.close();
