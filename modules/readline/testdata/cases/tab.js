// Tab completion: sync and callback completers (readline), promise
// completers (readline/promises), listing on a second tab.
'use strict';
const readline = require('readline');
const readlinePromises = require('readline/promises');
const { PassThrough, Writable } = require('stream');

function makeOutput() {
  const out = new Writable({ write(chunk, enc, cb) { out.log.push(chunk.toString()); cb(); } });
  out.log = [];
  out.columns = 30;
  out.isTTY = true;
  out.take = () => { const s = JSON.stringify(out.log.join('')); out.log = []; return s; };
  return out;
}
const words = ['apple', 'apricot', 'banana', 'blueberry', 'cherry', 'avocado'];
function complete(line) {
  const last = line.split(' ').pop();
  const hits = words.filter((w) => w.startsWith(last));
  return [hits.length ? hits : words, last];
}

function run(mod, name, completer, keys, done) {
  const output = makeOutput();
  const input = new PassThrough();
  const rl = mod.createInterface({ input, output, completer, terminal: true, prompt: '' });
  rl.on('line', (l) => console.log(name, 'line', JSON.stringify(l)));
  let i = 0;
  function step() {
    if (i === keys.length) {
      rl.close();
      if (done) done();
      return;
    }
    const k = keys[i++];
    // Keys go through the input, as typed: completion needs the keypress path.
    input.write(k);
    setTimeout(() => {
      console.log(name, JSON.stringify(k), output.take().split('\\n')[0], JSON.stringify(rl.line), rl.cursor);
      step();
    }, 5);
  }
  step();
}

const keys = ['a', '\t', 'p', '\t', '\t', 'r', '\t', '\x15', '\t', '\t', 'x', '\t', '\t', '\r'];
run(readline, 'sync', complete, keys, () => {
  run(readline, 'callback', (line, cb) => setTimeout(() => cb(null, complete(line)), 1), keys, () => {
    run(readlinePromises, 'promise', async (line) => complete(line), keys, () => {
      run(readline, 'error', (line, cb) => cb(new Error('boom')), ['a', '\t'], () => {
        run(readline, 'groups', () => [['aa', 'ab', '', 'ba', 'bb'], ''], ['\t', '\t']);
      });
    });
  });
});
