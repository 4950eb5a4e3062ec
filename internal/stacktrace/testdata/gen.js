// Regenerates the expectation files next to each case from node's real
// output:  node internal/stacktrace/testdata/gen.js
//
// For cases/NAME.js it writes NAME.out (stdout) and NAME.err (stderr) and
// records node's version in node-version.txt. Two things are normalised:
// the cases directory becomes /abs, and frames of node's own JS
// (node:internal/...) are dropped, since gorun has its own internals.
'use strict';
const { spawnSync } = require('child_process');
const fs = require('fs');
const path = require('path');

const dir = path.join(__dirname, 'cases');

function normalise(text) {
  text = text.split(dir + path.sep).join('/abs/');
  const out = [];
  for (const line of text.split('\n')) {
    if (/^\s*at (.* \()?node:internal\//.test(line)) {
      // What util.inspect puts after the last frame (the brace of the
      // error's properties, the comma between array items) stays.
      const tail = / \{$|,$/.exec(line);
      if (tail && out.length > 0) {
        out[out.length - 1] += tail[0];
      }
      continue;
    }
    out.push(line);
  }
  return out.join('\n');
}

for (const name of fs.readdirSync(dir).sort()) {
  if (!name.endsWith('.js')) continue;
  const base = path.join(dir, name.slice(0, -3));
  const r = spawnSync(process.execPath, [path.join(dir, name)], { encoding: 'utf8' });
  fs.writeFileSync(base + '.out', normalise(r.stdout));
  fs.writeFileSync(base + '.err', normalise(r.stderr));
}
fs.writeFileSync(path.join(__dirname, 'node-version.txt'), process.version + '\n');
