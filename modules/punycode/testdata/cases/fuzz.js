// encode, decode, toASCII, toUnicode and ucs2 on random strings (valid
// labels, garbage, non-ASCII, surrogates), with a few fixed cases first.
// The output is a digest (set PUNY_FUZZ_VERBOSE=1 to see each result).
'use strict';
const punycode = require('punycode');

console.log(Object.keys(punycode).join(','), punycode.version, Object.keys(punycode.ucs2).join(','));
console.log(punycode.toASCII('mañana.com'), punycode.toUnicode('xn--maana-pta.com'));
console.log(punycode.toASCII('джумла@джpумлатест.bрфa'), punycode.toASCII('a.b。c．d｡é'));
console.log(punycode.encode('ü'), punycode.decode('tda'), punycode.ucs2.decode('\ud83d\ude00a').join(), punycode.ucs2.encode([0x1f600, 97]));
for (const bad of ['é-a', 'zz999999', 'a-!', 'xn--x']) {
  try {
    punycode.decode(bad);
  } catch (e) {
    console.log(e.name, e.message);
  }
}

let seed = 777;
function rand(n) {
  seed = (seed + 0x6d2b79f5) | 0;
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) % n;
}
const alphabet = ['a', 'b', 'z', '0', '9', '-', '-', '.', 'xn--', 'é', 'ñ', '€', '😀', '\ud800', 'A', '!', '@', '。', '~', '\x01', '['];
function randStr() {
  const n = rand(12);
  let s = '';
  for (let i = 0; i < n; i++) s += alphabet[rand(alphabet.length)];
  return s;
}
const verbose = process.env.PUNY_FUZZ_VERBOSE === '1';
let hash = 2166136261;
let count = 0;
function record(label, fn) {
  let out;
  try {
    const v = fn();
    // Spell out every UTF-16 unit: lone surrogates print differently.
    out = typeof v === 'string' ? Array.from(v, (c) => c.charCodeAt(0).toString(16) + (c.length > 1 ? `:${c.charCodeAt(1).toString(16)}` : '')).join(' ') : String(v);
  } catch (e) {
    out = `throws ${e.name}: ${e.message}`;
  }
  const line = `${label} -> ${out}`;
  if (verbose) console.log(line);
  for (let i = 0; i < line.length; i++) hash = Math.imul(hash ^ line.charCodeAt(i), 16777619) >>> 0;
  count++;
}
for (let n = 0; n < 2000; n++) {
  const s = randStr();
  const q = escape(s);
  record(`decode ${q}`, () => punycode.decode(s));
  record(`encode ${q}`, () => punycode.encode(s));
  record(`roundtrip ${q}`, () => punycode.decode(punycode.encode(s)) === s);
  record(`toASCII ${q}`, () => punycode.toASCII(s));
  record(`toUnicode ${q}`, () => punycode.toUnicode(s));
  record(`ucs2 ${q}`, () => punycode.ucs2.decode(s).join());
}
console.log(`${count} results, digest ${hash.toString(16)}`);
