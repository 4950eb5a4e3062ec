// question() in its callback, promisified and readline/promises forms,
// with AbortSignal, and prompt() output.
'use strict';
const readline = require('readline');
const rlp = require('readline/promises');
const util = require('util');
const { PassThrough, Writable } = require('stream');

function pair(mod, opts = {}) {
  const input = new PassThrough();
  const out = new Writable({ write(c, e, cb) { out.text += c; cb(); } });
  out.text = '';
  const rl = mod.createInterface({ input, output: out, ...opts });
  return { input, out, rl };
}

async function main() {
  {
    const { input, out, rl } = pair(readline);
    rl.question('name? ', (a) => console.log('answer', JSON.stringify(a), JSON.stringify(out.text)));
    rl.question('ignored? ', () => console.log('never'));
    input.write('Ada\n');
    await new Promise((r) => setTimeout(r, 5));
    rl.on('line', (l) => console.log('line after', l));
    rl.setPrompt('>> ');
    rl.prompt();
    input.write('more\n');
    await new Promise((r) => setTimeout(r, 5));
    console.log(JSON.stringify(out.text));
    const q = util.promisify(rl.question);
    const p = q.call(rl, 'promisified? ');
    input.write('yes\n');
    console.log('promisified', await p);
    const ac = new AbortController();
    rl.question('abort? ', { signal: ac.signal }, () => console.log('never'));
    ac.abort();
    input.write('after abort\n');
    await new Promise((r) => setTimeout(r, 5));
    const ac2 = new AbortController();
    ac2.abort();
    await q.call(rl, 'x', { signal: ac2.signal }).catch((e) => console.log(e.name, e.code, e.message));
    rl.close();
  }
  {
    const { input, out, rl } = pair(rlp);
    console.log(rl instanceof readline.Interface, Object.getPrototypeOf(rlp.Interface.prototype) === Object.getPrototypeOf(readline.Interface.prototype));
    const p = rl.question('promise? ');
    input.write('ok\n');
    console.log('promises', await p, JSON.stringify(out.text));
    const ac = new AbortController();
    const p2 = rl.question('abort? ', { signal: ac.signal });
    ac.abort();
    await p2.catch((e) => console.log(e.name, e.code, e.message));
    const ac3 = new AbortController();
    ac3.abort('why');
    await rl.question('pre-aborted', { signal: ac3.signal }).catch((e) => console.log(e.name, e.code, e.cause));
    rl.close();
    try { await rl.question('closed?'); } catch (e) { console.log(e.code, e.message); }
  }
}
main();
