// Records what node's REPL prints for each testdata/pipe/*.in script fed
// through a pipe, into testdata/expected.json, for repl_test.go.
//
//   node testdata/gen_expected.js
//
// A line `#wait N` in a script is not sent: it pauses the input N ms, so
// timers and other asynchronous output land where they would for a person
// typing. Every script runs in a fresh directory holding testdata/fixtures;
// files the script creates there (.save) are recorded too. The first line
// of output, node's welcome, is left out: gorun's differs on purpose.
'use strict';
const { spawn } = require('child_process');
const fs = require('fs');
const os = require('os');
const path = require('path');

const dir = __dirname;
const fixtures = path.join(dir, 'fixtures');

function chunks(input) {
  const out = [];
  let current = '';
  for (const line of input.split(/(?<=\n)/)) {
    const m = /^#wait (\d+)\n?$/.exec(line);
    if (m) {
      out.push({ text: current, wait: Number(m[1]) });
      current = '';
    } else {
      current += line;
    }
  }
  out.push({ text: current, wait: 0 });
  return out;
}

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

async function run(name) {
  const input = fs.readFileSync(path.join(dir, 'pipe', name + '.in'), 'utf8');
  const cwd = fs.mkdtempSync(path.join(os.tmpdir(), 'repl-'));
  const before = new Set();
  for (const f of fs.readdirSync(fixtures)) {
    fs.copyFileSync(path.join(fixtures, f), path.join(cwd, f));
    before.add(f);
  }
  const child = spawn('sh', ['-c', 'exec node -i 2>&1'], {
    cwd,
    env: { ...process.env, NODE_REPL_HISTORY: '', NO_COLOR: '1' },
    stdio: ['pipe', 'pipe', 'inherit'],
  });
  let output = '';
  child.stdout.setEncoding('utf8');
  child.stdout.on('data', (d) => { output += d; });
  const exited = new Promise((resolve) => child.on('close', (code) => resolve(code)));
  child.stdin.on('error', () => {}); // the REPL may exit before reading it all
  for (const { text, wait } of chunks(input)) {
    child.stdin.write(text);
    if (wait) await sleep(wait);
  }
  child.stdin.end();
  const code = await exited;
  const files = {};
  for (const f of fs.readdirSync(cwd)) {
    if (!before.has(f)) files[f] = fs.readFileSync(path.join(cwd, f), 'utf8');
  }
  fs.rmSync(cwd, { recursive: true, force: true });
  return { output: output.replace(/^Welcome to Node\.js v[^\n]*\n/, ''), code, files };
}

(async () => {
  const names = fs.readdirSync(path.join(dir, 'pipe'))
    .filter((f) => f.endsWith('.in')).map((f) => f.slice(0, -3)).sort();
  const expected = {};
  for (const name of names) expected[name] = await run(name);
  fs.writeFileSync(path.join(dir, 'expected.json'), JSON.stringify(expected, null, 2) + '\n');
})();
