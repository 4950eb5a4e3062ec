// Records how node rewrites top-level-await input in its REPL (the
// internal processTopLevelAwait) for each case below, into
// testdata/await_expected.json, for TestTransformAwait. null means node
// runs the code as it is.
//
//   node --expose-internals testdata/gen_await.js
'use strict';
const fs = require('fs');
const path = require('path');
const { processTopLevelAwait } = require('internal/repl/await');

const cases = [
  'await 1\n',
  'await Promise.resolve(2)\n',
  'const { a, b: [c] } = await x\n',
  'let p = await 3, q = 4\n',
  'var v = await 1\n',
  'function f() {}; await 0\n',
  'async function g() {}; await 0\n',
  'class K {}; await 0\n',
  '(await y).z\n',
  'await x; // c\n',
  'let z\nawait z\n',
  'let x = (await y)\n',
  'for (const v of await list) {}\n',
  'x = 1\n',
  'async function h() { await 1 }\n',
  'const k = async () => await 1\n',
  'await 1; return 2\n',
  'if (await ok()) { 1 }\n',
];
const out = {};
for (const c of cases) out[c] = processTopLevelAwait(c);
fs.writeFileSync(path.join(__dirname, 'await_expected.json'), JSON.stringify(out, null, 2) + '\n');
