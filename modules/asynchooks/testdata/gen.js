// Records node's output for every case: node testdata/gen.js
'use strict';
const { execFileSync } = require('child_process');
const fs = require('fs');
const path = require('path');
const dir = path.join(__dirname, 'cases');
const out = { node: process.version, cases: {} };
for (const f of fs.readdirSync(dir).filter((f) => f.endsWith('.js')).sort()) {
  let stdout = '';
  let stderr = '';
  let code = 0;
  try {
    stdout = execFileSync(process.execPath, [f], { cwd: dir, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  } catch (e) {
    stdout = e.stdout;
    stderr = e.stderr;
    code = e.status;
  }
  out.cases[f.slice(0, -3)] = { stdout, stderr: stderr.replace(/\(node:\d+\)/g, '(node:PID)'), code };
}
fs.writeFileSync(path.join(__dirname, 'expected.json'), JSON.stringify(out, null, 2) + '\n');
