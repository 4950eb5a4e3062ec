// Every path function, posix and win32, on a few thousand random paths
// made of the characters that matter to the algorithms. The output is a
// digest of all results (set PATH_FUZZ_VERBOSE=1 to see each one).
'use strict';
const path = require('path');

// mulberry32: deterministic, and no short cycle.
let seed = 12345;
function rand(n) {
  seed = (seed + 0x6d2b79f5) | 0;
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) % n;
}
const alphabet = ['a', 'b', 'C', '.', '.', '/', '/', '\\', '\\', ':', 'x.js', '..', ' ', '?', 'C:', 'C:\\', '//', 'CON'];
function randPath() {
  const n = rand(9);
  let s = '';
  for (let i = 0; i < n; i++) s += alphabet[rand(alphabet.length)];
  return s;
}

// resolve and relative read the working directory: run from '/' so that
// the results don't depend on where the repository lives.
process.chdir('/');
const clean = JSON.stringify;

const verbose = process.env.PATH_FUZZ_VERBOSE === '1';
let hash = 2166136261;
let count = 0;
function record(label, fn) {
  let out;
  try {
    out = clean(fn());
  } catch (e) {
    out = `throws ${e.code}`;
  }
  const line = `${label} -> ${out}`;
  if (verbose) console.log(line);
  for (let i = 0; i < line.length; i++) hash = Math.imul(hash ^ line.charCodeAt(i), 16777619) >>> 0;
  count++;
}

for (let n = 0; n < 1500; n++) {
  const a = randPath();
  const b = randPath();
  const c = randPath();
  const suffix = ['', 'js', '.js', 'a', 'x.js', '/', 'b/'][rand(7)];
  for (const [name, p] of [['posix', path.posix], ['win32', path.win32]]) {
    const q = JSON.stringify([a, b, c]);
    record(`${name}.normalize ${q}`, () => p.normalize(a));
    record(`${name}.join ${q}`, () => p.join(a, b, c));
    record(`${name}.resolve ${q}`, () => p.resolve(a, b));
    record(`${name}.relative ${q}`, () => p.relative(a, b));
    record(`${name}.dirname ${q}`, () => p.dirname(a));
    record(`${name}.basename ${q}`, () => p.basename(a));
    record(`${name}.basename+${suffix} ${q}`, () => p.basename(a, suffix));
    record(`${name}.extname ${q}`, () => p.extname(a));
    record(`${name}.parse ${q}`, () => p.parse(a));
    record(`${name}.format ${q}`, () => p.format(p.parse(a)));
    record(`${name}.isAbsolute ${q}`, () => p.isAbsolute(a));
    record(`${name}.toNamespacedPath ${q}`, () => p.toNamespacedPath(a));
  }
}
console.log(`${count} results, digest ${hash.toString(16)}`);
