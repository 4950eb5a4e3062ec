'use strict';
// Records node's output for every *.test.js here as <name>.expected, which
// the Go test compares with gorun's output for the same file.
//
//   node modules/events/testdata/gen.js          # all files
//   node modules/events/testdata/gen.js foo      # foo.test.js only
//
// Each file runs in its own node process with --expose-internals, so
// tests may require('internal/errors') as gorun's shims do. Run it with
// Node 20.

const { spawnSync } = require('child_process');
const fs = require('fs');
const path = require('path');

if (process.argv[2] === '--run') {
  globalThis.print = (s) => process.stdout.write(s + '\n');
  // Warnings go to the 'warning' event in the test; node's stderr
  // printout is not part of the expectation.
  process.removeAllListeners('warning');
  require('./harness.js');
  require(path.resolve(process.argv[3]));
  return;
}

const dir = __dirname;
const only = process.argv[2];
for (const file of fs.readdirSync(dir).sort()) {
  if (!file.endsWith('.test.js')) continue;
  if (only && file !== `${only}.test.js`) continue;
  const r = spawnSync(process.execPath,
                      ['--expose-internals', '--no-warnings', __filename, '--run', path.join(dir, file)],
                      { encoding: 'utf8' });
  if (r.status !== 0) {
    console.error(`${file} failed under node:\n${r.stderr}`);
    process.exitCode = 1;
    continue;
  }
  const out = r.stdout;
  fs.writeFileSync(path.join(dir, file.replace(/\.test\.js$/, '.expected')), out);
  console.log(`${file}: ${out.split('\n').length - 1} lines`);
}
