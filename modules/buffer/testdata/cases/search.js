'use strict';
const tryIt = (f) => { try { return f(); } catch (e) { return `${e.name} ${e.code} ${e.message}`; } };
const b = Buffer.from('abcdef abcdef');
const offsets = [undefined, 0, 1, 7, 8, 13, 14, 100, -1, -6, -7, -100, NaN, 'latin1', 1.5, null, {}];
for (const needle of ['abc', 'def', '', 'f', 'zz', Buffer.from('cd'), new Uint8Array([0x20]), 0x61, 0x161, -159, 'abcdef abcdefX']) {
  console.log(String(needle), offsets.map((o) => [b.indexOf(needle, o), b.lastIndexOf(needle, o), b.includes(needle, o)].join(',')).join(' '));
}
const e = Buffer.alloc(0);
console.log(e.indexOf(''), e.indexOf('', 1), e.lastIndexOf(''), e.indexOf('a'), e.indexOf(0), e.lastIndexOf(0, -1));
// Encodings of the needle.
const u = Buffer.from('ab\u00e9\u20acx\u20ac', 'ucs2');
console.log(u.indexOf('\u20ac', 'ucs2'), u.lastIndexOf('\u20ac', 'utf16le'), u.indexOf('\u20ac', 1, 'ucs2'), u.indexOf(Buffer.from('\u20ac', 'ucs2'), 0, 'ucs2'),
            u.indexOf('\u00ac', 'ucs2'), u.indexOf('ac20', 'hex'), u.indexOf('6100', 'hex'), u.indexOf('YQ==', 'base64'), u.indexOf('\u00e9', 'latin1'), u.lastIndexOf('x', -1, 'ucs2'));
const odd = Buffer.from([0x00, 0x61, 0x00, 0x61, 0x00]);
console.log(odd.indexOf('a', 'ucs2'), odd.lastIndexOf('a', 'ucs2'), odd.indexOf(Buffer.from([0x61, 0x00]), 0, 'ucs2'), odd.indexOf(Buffer.from([0x61]), 0, 'ucs2'));
console.log(tryIt(() => b.indexOf('a', 0, 'nope')), tryIt(() => b.indexOf({})), tryIt(() => b.indexOf(true)), b.indexOf(Buffer.from('a'), 0, 'nope'));
console.log(Buffer.prototype.indexOf.call(new Uint8Array([1, 2, 3]), 2), tryIt(() => Buffer.prototype.indexOf.call([1, 2], 2)));

// fill.
const f = Buffer.alloc(10);
const show = (r) => console.log(r === f, f.toString('hex'));
show(f.fill('ab'));
show(f.fill('\u20ac', 1));
show(f.fill(0x1ff, 2, 4));
show(f.fill('YWJj', 'base64'));
show(f.fill('abcd', 2, 'hex'));
show(f.fill('x', 1, 3, 'latin1'));
show(f.fill(Buffer.from([1, 2, 3]), 4));
show(f.fill(new Uint16Array([0x102])));
show(f.fill(true));
show(f.fill(''));
show(f.fill(7, 5, 5));
show(f.fill('\u0222', 'latin1'));
show(f.fill('ab', 'ucs2'));
for (const g of [() => f.fill('a', -1), () => f.fill('a', 0, 11), () => f.fill('zz', 'hex'), () => f.fill('a', 'nope'),
  () => f.fill('a', 0, 1, 1), () => f.fill(Buffer.alloc(0)), () => f.fill(1, 1.5), () => f.fill('a', 0, 'x', 'y')]) {
  console.log(tryIt(g));
}

// copy.
const src = Buffer.from('0123456789');
const dst = Buffer.alloc(6, '.');
for (const args of [[], [2], [0, 5], [0, 2, 4], [4, 0, 10], [6], [0, 3, 3], [0, 10], [0, 1.9, 3.2], ['1', '2'], [0, 0, 20]]) {
  dst.fill('.');
  console.log(JSON.stringify(args), src.copy(dst, ...args), dst.toString());
}
for (const args of [[-1], [0, -1], [0, 11], [0, 0, -1]]) console.log(tryIt(() => src.copy(dst, ...args)));
console.log(tryIt(() => src.copy('x')), tryIt(() => src.copy(new Uint16Array(2))), src.copy(src, 2, 0, 5), src.toString());
const overlap = Buffer.from('abcdef');
overlap.copy(overlap, 0, 2);
console.log(overlap.toString());

// swap.
const sw = Buffer.from('0123456789abcdef');
console.log(sw.swap16().toString(), sw.swap32().toString(), sw.swap64().toString());
console.log(tryIt(() => Buffer.alloc(3).swap16()), tryIt(() => Buffer.alloc(6).swap32()), tryIt(() => Buffer.alloc(12).swap64()));
const big = Buffer.alloc(1024);
for (let i = 0; i < big.length; i++) big[i] = i & 0xff;
big.swap16();
console.log(big[0], big[1], big[1022], big[1023]);
