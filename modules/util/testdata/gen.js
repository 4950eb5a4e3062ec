// Regenerates the expectations from real node (Node 20 is the reference):
//   node modules/util/testdata/gen.js
'use strict';
const fs = require('fs');
const path = require('path');
const util = require('util');
const assert = require('assert');
const { runInspect, runFormat, runEqual } = require('./runner.js');

function write(file, results) {
  const seen = new Set();
  for (const { name } of results) {
    if (seen.has(name)) throw new Error(`duplicate case name: ${name}`);
    seen.add(name);
  }
  const doc = { node: process.version, cases: results };
  fs.writeFileSync(path.join(__dirname, file), `${JSON.stringify(doc, null, 1)}\n`);
  console.log(`${file}: ${results.length} cases (node ${process.version})`);
}

write('inspect_expected.json', runInspect(util, require('./inspect_corpus.js')));
write('format_expected.json', runFormat(util, require('./format_corpus.js')));
write('misc_expected.json', runInspect(util, require('./misc_corpus.js')));
const looseEqual = (a, b) => {
  try {
    assert.deepEqual(a, b);
    return true;
  } catch {
    return false;
  }
};
write('equal_expected.json', runEqual(util, require('./equal_corpus.js'), looseEqual));
