// Regenerates expected.json: every case in cases/ run under real Node with
// harness.js. Run with Node 20 from this directory:
//
//	node gen_expected.js
'use strict';

const fs = require('fs');
const path = require('path');
const runCase = require('./harness.js');

const dir = path.join(__dirname, 'cases');
const names = fs.readdirSync(dir).filter((f) => f.endsWith('.js')).sort();
const lines = [`{"node": ${JSON.stringify(process.version)},`, '"cases": {'];
names.forEach((file, i) => {
  const events = runCase(fs.readFileSync(path.join(dir, file), 'utf8'));
  lines.push(`${JSON.stringify(file.slice(0, -3))}: [`);
  lines.push(events.map((e) => '  ' + JSON.stringify(e)).join(',\n'));
  lines.push(i === names.length - 1 ? ']' : '],');
});
lines.push('}}');
fs.writeFileSync(path.join(__dirname, 'expected.json'), lines.join('\n') + '\n');
process.stdout.write(`wrote ${names.length} cases\n`);
