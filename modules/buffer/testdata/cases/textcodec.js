'use strict';
const tryIt = (f) => { try { return JSON.stringify(f()); } catch (e) { return `${e.name} ${e.code} ${e.message}`; } };
const enc = new TextEncoder();
console.log(enc, enc.encoding, enc.encode('a€😀\ud800'), enc.encode(), enc.encode(12), Object.prototype.toString.call(enc));
console.log(enc.encode('x') instanceof Uint8Array, Buffer.isBuffer(enc.encode('x')));
for (const [s, n] of [['a€😀', 5], ['a€😀', 4], ['a€😀', 8], ['😀', 3], ['\ud800b', 4], ['', 2], ['abc', 0]]) {
  const dest = new Uint8Array(n);
  console.log(JSON.stringify(s), n, enc.encodeInto(s, dest), dest);
}
console.log(tryIt(() => enc.encodeInto('a', [])), tryIt(() => enc.encodeInto('a')));
console.log(Object.keys(TextEncoder.prototype), Object.keys(TextDecoder.prototype));

const labels = ['utf-8', 'UTF8', ' unicode-1-1-utf-8 ', 'utf-16', 'utf-16le', 'UCS-2', 'unicode', 'latin1', 'ascii',
  'iso-8859-1', 'windows-1252', 'us-ascii', 'utf-16be', 'utf-32', 'nope', ''];
for (const l of labels) {
  console.log(JSON.stringify(l), tryIt(() => new TextDecoder(l).encoding));
}
const d = new TextDecoder();
console.log(d, d.encoding, d.fatal, d.ignoreBOM, [new TextDecoder('latin1', { fatal: true, ignoreBOM: true })]);
const bytes = (a) => new Uint8Array(a);
for (const a of [[0xef, 0xbb, 0xbf, 0x41], [0xe2, 0x82, 0x41], [0xff], [0xf0, 0x9f, 0x98, 0x80], [0xef, 0xbb, 0xbf, 0xef, 0xbb, 0xbf]]) {
  console.log(a, tryIt(() => d.decode(bytes(a))), tryIt(() => new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes(a))),
              tryIt(() => new TextDecoder('utf-8', { fatal: true }).decode(bytes(a))));
}
console.log(tryIt(() => d.decode()), tryIt(() => d.decode(new ArrayBuffer(2))), tryIt(() => d.decode(new Uint16Array([0x4241]))),
            tryIt(() => d.decode(new DataView(bytes([0x43]).buffer))), tryIt(() => d.decode(Buffer.from('buf'))));
console.log(tryIt(() => d.decode('x')), tryIt(() => d.decode(null)), tryIt(() => d.decode(1)), tryIt(() => d.decode(bytes([1]), 1)));

// Streaming UTF-8: characters split across chunks, BOM only at the start.
const s = new TextDecoder();
const chunks = [[0xef, 0xbb], [0xbf, 0xe2], [0x82], [0xac, 0xf0, 0x9f], [0x98], [0x80, 0xef, 0xbb, 0xbf]];
console.log(chunks.map((c) => s.decode(bytes(c), { stream: true })), JSON.stringify(s.decode()));
console.log(JSON.stringify(s.decode(bytes([0xe2, 0x82]), { stream: true })), JSON.stringify(s.decode()), JSON.stringify(s.decode(bytes([0x41]))));
const fatal = new TextDecoder('utf-8', { fatal: true });
console.log(JSON.stringify(fatal.decode(bytes([0xe2]), { stream: true })), tryIt(() => fatal.decode()), tryIt(() => fatal.decode(bytes([0x42]))));

// UTF-16LE/BE.
const u = new TextDecoder('utf-16le');
console.log(u.decode(bytes([0xff, 0xfe, 0x61, 0x00, 0x3d, 0xd8, 0x00, 0xde])), u.decode(bytes([0x61, 0x00, 0x62])), u.decode(bytes([0x00, 0xd8, 0x61, 0x00])));
console.log(['\ufeffab', 'a\ud83d\ude00'].map((x) => Buffer.from(x, 'ucs2')).map((b) => [...b].map((_, i, a) => u.decode(b.subarray(i, i + 1), { stream: true })).join('|')), JSON.stringify(u.decode()));
console.log(tryIt(() => new TextDecoder('utf-16le', { fatal: true }).decode(bytes([0x00, 0xdc]))), tryIt(() => new TextDecoder('utf-16le', { fatal: true }).decode(bytes([0x61]))));
console.log(new TextDecoder('utf-16be').decode(bytes([0xfe, 0xff, 0x00, 0x61, 0xd8, 0x3d, 0xde, 0x00])));

// windows-1252.
const w = new TextDecoder('latin1');
console.log(JSON.stringify(w.decode(bytes([0x41, 0x80, 0x81, 0x8d, 0x9f, 0xa0, 0xe9, 0xff]))));
