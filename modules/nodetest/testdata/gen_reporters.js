// Regenerates reporters.json from real Node 20 (node gen_reporters.js):
// every case of cases/ run with NODE_OPTIONS=--test-reporter=<name> for the
// spec and dot reporters, recorded like internal/jstest/gen.js records
// expected.json (which covers the default, tap).
'use strict';

const { spawnSync } = require('child_process');
const fs = require('fs');
const path = require('path');

const dir = path.join(__dirname, 'cases');
const names = fs.readdirSync(dir).filter((f) => f.endsWith('.js')).sort();
const clean = (s) => s.replace(/\(node:\d+\)/g, '(node:PID)').split(dir).join('<dir>');
const out = { node: process.version, reporters: {} };
for (const reporter of ['spec', 'dot']) {
  const cases = {};
  for (const file of names) {
    const r = spawnSync(process.execPath, [file], {
      cwd: dir,
      env: { PATH: process.env.PATH, GORUN_TEST: '1', NODE_OPTIONS: `--test-reporter=${reporter}` },
      encoding: 'utf8',
    });
    cases[file.slice(0, -3)] = { stdout: clean(r.stdout), stderr: clean(r.stderr), code: r.status };
  }
  out.reporters[reporter] = cases;
}
fs.writeFileSync(path.join(__dirname, 'reporters.json'), JSON.stringify(out, null, 1) + '\n');
process.stdout.write(`wrote ${names.length} cases per reporter\n`);
