'use strict';
const show = (label, v) => console.log(label, JSON.stringify(v));
const hex = (b) => b.toString('hex');

// UTF-8 decoding: WHATWG replacement of maximal subparts.
for (const bytes of [[0xe2, 0x82, 0x41], [0xed, 0xa0, 0x80], [0xf0, 0x90, 0x41], [0xc0, 0x80], [0xf4, 0x90, 0x80, 0x80],
  [0xe0, 0x80, 0x80], [0xff, 0xfe, 0x41], [0xf0, 0x9f, 0x98, 0x80], [0xe2, 0x82], [0xc3]]) {
  show(`utf8 ${bytes}`, Buffer.from(bytes).toString());
}
// UTF-8 encoding: lone surrogates become U+FFFD.
console.log(hex(Buffer.from('\ud800x')), hex(Buffer.from('a\udc00')), hex(Buffer.from('😀€é')));

// base64: skips junk, stops at '=', accepts both alphabets.
for (const s of ['YWJjZA', 'YWJj$ZA', 'YW$Jj', 'YWJjZ', 'YWJjZA==', 'YWJjZA=x', 'YW Jj ZA', 'YWJjZA==YWJj',
  'Y', 'YW=Jj', '\nYWJj\nZGVm\n', '-_-_', '+/+/', '']) {
  console.log(JSON.stringify(s), hex(Buffer.from(s, 'base64')), hex(Buffer.from(s, 'base64url')),
              Buffer.byteLength(s, 'base64'));
}
const all = Buffer.from(Array.from({ length: 256 }, (_, i) => i));
console.log(all.toString('base64'));
console.log(all.toString('base64url'));
for (let n = 0; n < 5; n++) console.log(n, all.subarray(250, 250 + n).toString('base64'), all.subarray(250, 250 + n).toString('base64url'));

// hex: stops at the first bad pair, odd digit dropped.
for (const s of ['abc', 'zz11', '11zz22', '1', 'ABCDEF', '0g', 'a b']) {
  console.log(JSON.stringify(s), hex(Buffer.from(s, 'hex')), Buffer.byteLength(s, 'hex'));
}
console.log(all.toString('hex'));

// latin1, ascii, ucs2.
show('latin1', all.toString('latin1'));
show('ascii', all.toString('ascii'));
show('binary', Buffer.from([0xe9, 0x41]).toString('binary'));
console.log(hex(Buffer.from('é€\u0100', 'latin1')), hex(Buffer.from('é€', 'ascii')));
console.log(hex(Buffer.from('a€😀\ud800', 'ucs2')), hex(Buffer.from('ab', 'utf16le')));
show('ucs2', Buffer.from([0x61, 0x00, 0x3d, 0xd8, 0x00, 0xde, 0x00, 0xd8, 0x62]).toString('ucs2'));

// byteLength.
for (const [s, e] of [['€', undefined], ['😀', 'utf8'], ['\ud800', 'utf8'], ['abc', 'ucs2'], ['abc', 'latin1'],
  ['abc', 'ascii'], ['YQ==', 'base64'], ['ab$$', 'base64'], ['abc', 'hex'], ['abc', 'nope'], ['', 'hex']]) {
  console.log(s, e, Buffer.byteLength(s, e));
}
console.log(Buffer.byteLength(new Uint16Array(3)), Buffer.byteLength(new ArrayBuffer(7)), Buffer.byteLength(new DataView(new ArrayBuffer(5))));
try { Buffer.byteLength(5); } catch (e) { console.log(e.code, e.message); }

// toString ranges and encodings.
const b = Buffer.from('hello world');
console.log(b.toString('utf8', 1, 4), b.toString(undefined, -5, 100), b.toString('hex', 3), JSON.stringify(b.toString('utf8', 5, 2)));
console.log(b.toString('UTF-8'), b.toString('Hex', 0, 2), b.toString('ucs-2', 0, 4), b.toString('latin1', 1.7, 3.9));
for (const enc of ['', null, 'utf9', 1]) {
  try { b.toString(enc); } catch (e) { console.log(e.name, e.code, e.message); }
}
console.log(b.utf8Slice(0, 5), b.latin1Slice(6), b.hexSlice(0, 2), b.base64Slice(0, 3), b.asciiSlice(1, 2), b.ucs2Slice(0, 2));

// write.
const w = Buffer.alloc(10);
console.log(w.write('€€€€'), hex(w));
console.log(Buffer.alloc(5).write('€€'), Buffer.alloc(5).write('abc', 'ucs2'), Buffer.alloc(4).write('zz', 'hex'), Buffer.alloc(4).write('1z', 'hex'));
console.log(w.write('abcdef', 2, 3), hex(w), w.write('ff00', 8, 'hex'), hex(w), w.write('YWJj', 'base64'), hex(w));
console.log(w.write('xyz', 1, 'latin1'), w.write('é', 9, 1, 'latin1'), hex(w));
for (const args of [[1], ['a', -1], ['a', 11], ['a', 0, -1], ['a', 0, 1, 'nope'], ['a', 1.5]]) {
  try { console.log(w.write(...args)); } catch (e) { console.log(e.name, e.code, e.message); }
}
console.log(w.utf8Write('hi', 1), w.latin1Write('é', 0), w.hexWrite('abab', 4, 1), hex(w));

// isEncoding.
for (const e of ['utf8', 'UTF-8', 'ucs2', 'UCS-2', 'utf16le', 'utf-16le', 'latin1', 'binary', 'base64', 'BASE64URL',
  'hex', 'ascii', 'utf-16', 'utf32', '', null, undefined, 1, {}]) {
  console.log(String(e), Buffer.isEncoding(e));
}

// base64 and hex read the low byte of each UTF-16 unit, as Node does.
for (const s of ['a€😀é\u00ffz', 'YWJj€', '\u0141\u0141YQ', 'az€']) {
  console.log(JSON.stringify(s), hex(Buffer.from(s, 'base64')), hex(Buffer.from(s, 'hex')), Buffer.alloc(8).write(s, 'base64'));
}
console.log(hex(Buffer.from('\u0141\u0141', 'hex')), Buffer.from('abc').indexOf('\u0162', 'hex'));
