// parse (default and custom separators, maxKeys, a custom decoder),
// unescape and escape on random strings made of the characters that
// matter to them; stringify of the parsed results. The output is a digest
// (set QS_FUZZ_VERBOSE=1 to see each result).
'use strict';
const qs = require('querystring');

let seed = 4242;
function rand(n) {
  seed = (seed + 0x6d2b79f5) | 0;
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) % n;
}
const alphabet = ['a', 'b', '&', '&', '=', '=', '+', '%', '%2', '%41', '%e2', '%82', '%ac', '%zz', ';', ':',
  'é', '€', ' ', '\ud83d', '\ude00', '__proto__', 'ab'];
function randStr() {
  const n = rand(10);
  let s = '';
  for (let i = 0; i < n; i++) s += alphabet[rand(alphabet.length)];
  return s;
}

const verbose = process.env.QS_FUZZ_VERBOSE === '1';
let hash = 2166136261;
let count = 0;
function record(label, fn) {
  let out;
  try {
    // Surrogates spelled out: JSON.stringify escapes lone ones in node,
    // not (yet) in goja, and this test is about querystring.
    out = JSON.stringify(fn()).replace(/[\ud800-\udfff]/g, (c) => `\\u${c.charCodeAt(0).toString(16)}`);
  } catch (e) {
    out = `throws ${e.code}`;
  }
  const line = `${label} -> ${out}`;
  if (verbose) console.log(line);
  for (let i = 0; i < line.length; i++) hash = Math.imul(hash ^ line.charCodeAt(i), 16777619) >>> 0;
  count++;
}

const seps = [undefined, '&', ';', '&&', 'ab', '=&', '', null];
const eqs = [undefined, '=', ':', '==', 'ab', '&', ''];
const upper = (s) => `<${s}>`;
for (let n = 0; n < 1500; n++) {
  const s = randStr();
  const sep = seps[rand(seps.length)];
  const eq = eqs[rand(eqs.length)];
  const maxKeys = [undefined, 0, 1, 2, 3, -1, NaN, Infinity, '2'][rand(9)];
  const q = JSON.stringify([s, sep, eq, maxKeys]);
  record(`parse ${q}`, () => qs.parse(s, sep, eq, { maxKeys }));
  record(`parse/decoder ${q}`, () => qs.parse(s, sep, eq, { maxKeys, decodeURIComponent: upper }));
  record(`parse/throwing ${q}`, () => qs.parse(s, sep, eq, {
    decodeURIComponent(x) {
      if (x.length % 2) throw new Error('odd');
      return x;
    },
  }));
  record(`unescape ${q}`, () => qs.unescape(s));
  record(`unescape+ ${q}`, () => qs.unescape(s, true));
  record(`escape ${q}`, () => qs.escape(s));
  record(`roundtrip ${q}`, () => qs.stringify(qs.parse(s, sep, eq), sep, eq));
  record(`stringify/encoder ${q}`, () => qs.stringify(qs.parse(s), sep, eq, { encodeURIComponent: upper }));
}
console.log(`${count} results, digest ${hash.toString(16)}`);
