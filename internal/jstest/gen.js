// The generator behind every package's testdata/gen.js: runs each script
// in <testdata>/cases under real Node as a program of its own and records
// what it wrote to stdout and stderr and its exit code in
// <testdata>/expected.json, the file MatchNode compares gorun with.
// Process ids read PID and the cases' directory <dir> on both sides, so
// no machine's path is recorded.
'use strict';

const { spawnSync } = require('child_process');
const fs = require('fs');
const path = require('path');

module.exports = function generate(testdata) {
  const dir = path.join(testdata, 'cases');
  const names = fs.readdirSync(dir).filter((f) => f.endsWith('.js')).sort();
  const clean = (s) => s.replace(/\(node:\d+\)/g, '(node:PID)').split(dir).join('<dir>');
  const cases = {};
  for (const file of names) {
    const r = spawnSync(process.execPath, [file], {
      cwd: dir,
      env: { PATH: process.env.PATH, GORUN_TEST: '1' },
      encoding: 'utf8',
    });
    cases[file.slice(0, -3)] = { stdout: clean(r.stdout), stderr: clean(r.stderr), code: r.status };
  }
  const out = { node: process.version, cases };
  fs.writeFileSync(path.join(testdata, 'expected.json'), JSON.stringify(out, null, 1) + '\n');
  process.stdout.write(`wrote ${names.length} cases\n`);
};
