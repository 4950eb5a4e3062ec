'use strict';
const { StringDecoder } = require('string_decoder');
const { Buffer } = require('buffer');
const tryIt = (f) => { try { return JSON.stringify(f()); } catch (e) { return `${e.name} ${e.code} ${e.message}`; } };
const state = (d) => `need=${d.lastNeed} total=${d.lastTotal} char=${d.lastChar.toString('hex')}`;

// Every encoding, fed one byte at a time, then all at once.
const text = 'a€😀é\u00ff\ud800z';
for (const enc of ['utf8', 'utf-8', 'ucs2', 'utf16le', 'UTF-16LE', 'latin1', 'binary', 'ascii', 'base64', 'base64url', 'hex', undefined, null]) {
  const bytes = Buffer.from(text, enc === null || enc === undefined ? 'utf8' : enc.toLowerCase().replace('utf-8', 'utf8'));
  const d = new StringDecoder(enc);
  const parts = [];
  for (const b of bytes) {
    parts.push(d.write(Buffer.from([b])));
    parts.push(state(d));
  }
  parts.push(d.end());
  console.log(String(enc), d.encoding, JSON.stringify(parts));
  const whole = new StringDecoder(enc);
  console.log(JSON.stringify(whole.write(bytes)), JSON.stringify(whole.end()), JSON.stringify(whole.end(bytes.subarray(0, 3))));
}

// UTF-8 edge cases: invalid continuations, overlong, truncated at end().
const cases = [
  [[0xe2], [0x41]], [[0xe2, 0x82], [0xe2, 0x82, 0xac]], [[0xf0, 0x9f], [0x98], [0x80]], [[0xc3], [0xc3], [0xa9]],
  [[0x80, 0x80]], [[0xf8, 0x80]], [[0xe2, 0x82, 0xac, 0xe2]], [[0xff, 0xe2, 0x82]], [[0xc0, 0xaf]], [[0xed, 0xa0]], [[0xed], [0xa0, 0x80]],
  [[0xf0, 0x80, 0x80, 0x80, 0x80]], [[0xe2, 0x82], [0x41, 0x42]], [[0xf4, 0x90]],
];
for (const chunks of cases) {
  const d = new StringDecoder('utf8');
  const out = chunks.map((c) => [d.write(Buffer.from(c)), state(d)]);
  console.log(JSON.stringify(chunks), JSON.stringify(out), JSON.stringify(d.end()), state(d));
}
// UCS-2 surrogate pairs split and lone.
for (const chunks of [[[0x3d], [0xd8, 0x00, 0xde]], [[0x3d, 0xd8], [0x00, 0xde]], [[0x3d, 0xd8]], [[0x61, 0x00, 0x3d]], [[0x00, 0xde, 0x61]]]) {
  const d = new StringDecoder('utf16le');
  const out = chunks.map((c) => [d.write(Buffer.from(c)), state(d)]);
  console.log(JSON.stringify(chunks), JSON.stringify(out), JSON.stringify(d.end()), state(d));
}
// base64 remainders.
for (const chunks of [[[1]], [[1, 2]], [[1, 2, 3, 4]], [[1], [2], [3], [4]], [[250, 251], [252, 253, 254]]]) {
  for (const enc of ['base64', 'base64url']) {
    const d = new StringDecoder(enc);
    const out = chunks.map((c) => [d.write(Buffer.from(c)), state(d)]);
    console.log(enc, JSON.stringify(chunks), JSON.stringify(out), JSON.stringify(d.end()));
  }
}

// Inputs, text(), errors, shape.
const d = new StringDecoder();
console.log(d.write('str'), d.write(new Uint16Array([0x4241])), d.write(new DataView(new Uint8Array([0x43]).buffer)), d.text(Buffer.from('xyz'), 1));
console.log(tryIt(() => d.write(null)), tryIt(() => d.write(1)), tryIt(() => d.end(1)), tryIt(() => new StringDecoder('nope')), tryIt(() => new StringDecoder('')));
console.log(tryIt(() => StringDecoder.prototype.write.call({}, Buffer.from('a'))), tryIt(() => new StringDecoder(1)));
console.log(d, Object.keys(d), Object.keys(StringDecoder.prototype), Object.keys(require('string_decoder')), StringDecoder.name, typeof StringDecoder);
const half = new StringDecoder('utf8');
half.write(Buffer.from([0xf0, 0x9f]));
console.log(half, half.lastChar, Buffer.isBuffer(half.lastChar));
