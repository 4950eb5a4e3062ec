// Records node's output for every testdata/cases/*.js into expected.json:
//   node internal/polyfill/testdata/gen.js
// Each case runs in its own node process with helpers.js prepended and
// print() writing one stdout line, as polyfill_test.go runs it under goja.
'use strict';
const fs = require('fs');
const path = require('path');
const { execFileSync } = require('child_process');

const dir = __dirname;
const helpers = fs.readFileSync(path.join(dir, 'helpers.js'), 'utf8');
const cases = {};
for (const f of fs.readdirSync(path.join(dir, 'cases')).filter((n) => n.endsWith('.js')).sort()) {
  const src = `${helpers}\nglobalThis.print = (...a) => process.stdout.write(a.join(' ') + '\\n');\n` +
    fs.readFileSync(path.join(dir, 'cases', f), 'utf8');
  cases[f.replace(/\.js$/, '')] = execFileSync(process.execPath, ['-e', src], { encoding: 'utf8' });
}
fs.writeFileSync(path.join(dir, 'expected.json'),
  JSON.stringify({ node: process.version, cases }, null, 2) + '\n');
