// Records the exact bytes node's REPL writes to a terminal for each case of
// testdata/tty_cases.json, into testdata/tty_expected.json, for
// TestTerminal in repl_test.go. Needs tmux:
//
//   node testdata/gen_tty.js
//
// Each case is a list of input chunks (keys as a terminal sends them) and
// numbers (extra milliseconds to wait). node runs in a tmux pane 200
// columns wide with persistent history off; tmux's pipe-pane records its
// output as it leaves the terminal driver (with "\n" turned into "\r\n").
// The welcome line is left out: gorun's differs on purpose.
'use strict';
const { execFileSync } = require('child_process');
const fs = require('fs');
const os = require('os');
const path = require('path');

const cases = require('./tty_cases.json');
const sleep = (ms) => Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
const tmux = (...args) => execFileSync('tmux', args, { encoding: 'utf8' });
const gap = 150;

function run(name, chunks) {
  const raw = path.join(os.tmpdir(), `repl-tty-${process.pid}-${name}.raw`);
  fs.rmSync(raw, { force: true });
  const session = `repl-gen-${process.pid}`;
  tmux('new-session', '-d', '-s', session, '-x', '200', '-y', '50',
    `env NODE_REPL_HISTORY= TERM=xterm-256color ${process.execPath}`);
  tmux('pipe-pane', '-t', session, '-o', `cat >> ${raw}`);
  sleep(700);
  for (const c of chunks) {
    if (typeof c === 'number') {
      sleep(c);
      continue;
    }
    tmux('send-keys', '-t', session, '-H', ...Buffer.from(c).toString('hex').match(/../g));
    sleep(gap);
  }
  sleep(500);
  try { tmux('kill-session', '-t', session); } catch { /* exited */ }
  sleep(200);
  const out = fs.readFileSync(raw, 'latin1');
  fs.rmSync(raw, { force: true });
  return Buffer.from(out.replace(/^Welcome to Node\.js v[^\n]*\n/, ''), 'latin1').toString('utf8');
}

const expected = {};
for (const name of Object.keys(cases).sort()) expected[name] = run(name, cases[name]);
fs.writeFileSync(path.join(__dirname, 'tty_expected.json'), JSON.stringify(expected, null, 2) + '\n');
