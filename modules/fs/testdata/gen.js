// Regenerates expected.json: every script in cases/ run by real Node as a
// program of its own, with what it wrote to stdout and stderr and its exit
// code. Run with Node 20 from this directory:
//
//	node gen.js
//
// The Go test runs the same scripts through a gorun runtime and compares.
// Process ids in warnings are written as PID on both sides.
'use strict';

const { spawnSync } = require('child_process');
const fs = require('fs');
const path = require('path');

const dir = path.join(__dirname, 'cases');
const names = fs.readdirSync(dir).filter((f) => f.endsWith('.js')).sort();
const cases = {};
for (const file of names) {
  const r = spawnSync(process.execPath, [file], {
    cwd: dir,
    env: { PATH: process.env.PATH, GORUN_TEST: '1' },
    encoding: 'utf8',
  });
  const pid = (s) => s.replace(/\(node:\d+\)/g, '(node:PID)');
  cases[file.slice(0, -3)] = { stdout: pid(r.stdout), stderr: pid(r.stderr), code: r.status };
}
const out = { node: process.version, cases };
fs.writeFileSync(path.join(__dirname, 'expected.json'), JSON.stringify(out, null, 1) + '\n');
process.stdout.write(`wrote ${names.length} cases\n`);
