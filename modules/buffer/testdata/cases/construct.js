'use strict';
const { Buffer: B, SlowBuffer, kMaxLength, kStringMaxLength, constants } = require('buffer');
const tryIt = (f) => { try { return f(); } catch (e) { return `${e.name} ${e.code} ${e.message}`; } };
console.log(B === Buffer, Object.keys(require('buffer')));
console.log(kMaxLength, kStringMaxLength, constants, B.poolSize);

console.log(B.alloc(3), B.alloc(5, 'ab'), B.alloc(4, 0x101), B.alloc(4, 'YWJj', 'base64'), B.alloc(3, B.from([9, 8])), B.alloc(2, ''));
console.log(tryIt(() => B.alloc(-1)), tryIt(() => B.alloc('1')), tryIt(() => B.alloc(kMaxLength + 1)), tryIt(() => B.alloc(NaN)));
console.log(tryIt(() => B.alloc(2, 'a', 'nope')), tryIt(() => B.alloc(2, B.alloc(0))));
console.log(B.allocUnsafe(3).length, B.allocUnsafeSlow(3).length, B.allocUnsafe(0), tryIt(() => B.allocUnsafe(-5)));
const small = B.allocUnsafe(10);
console.log(small.buffer.byteLength, small.byteOffset % 8, B.allocUnsafeSlow(10).buffer.byteLength, B.allocUnsafe(5000).buffer.byteLength);
console.log(B.from('abc').buffer.byteLength, B.from([1, 2]).buffer.byteLength, B.from('x'.repeat(5000)).buffer.byteLength);

// from: arrays, array-likes, buffers, ArrayBuffers, objects.
console.log(B.from([1, 256, -1, 1.5, '7', 'x']), B.from(new Uint16Array([1, 0x1ff])), B.from({ length: 2, 0: 5 }), B.from({ length: 'x' }));
console.log(B.from(new String('str')), B.from({ valueOf() { return 'vo'; } }), B.from({ [Symbol.toPrimitive]() { return 'tp'; } }), B.from({ type: 'Buffer', data: [1, 2] }));
const ab = new ArrayBuffer(8);
const shared = B.from(ab, 2, 4);
new Uint8Array(ab)[3] = 42;
console.log(shared, shared.buffer === ab, shared.byteOffset, B.from(ab).length, B.from(ab, 8).length, B.from(ab, '2').length, B.from(ab, NaN, 3).length, B.from(ab, 1, -1).length);
console.log(tryIt(() => B.from(ab, 9)), tryIt(() => B.from(ab, 2, 7)));
const copied = B.from(shared);
shared[0] = 1;
console.log(copied, copied.buffer === ab);
for (const bad of [undefined, null, 5, true, Symbol('s'), () => {}, {}, new Number(3)]) {
  console.log(tryIt(() => B.from(bad)));
}
console.log(B.of(1, 2, 300), B.copyBytesFrom(new Uint16Array([1, 2, 3]), 1, 1), B.copyBytesFrom(new Float32Array([1])), tryIt(() => B.copyBytesFrom([1])));

// concat, compare, equals.
console.log(B.concat([B.from('ab'), new Uint8Array([99]), B.from('d')]), B.concat([B.from('abc')], 2), B.concat([B.from('a')], 4), B.concat([]));
console.log(tryIt(() => B.concat([1])), tryIt(() => B.concat('x')), tryIt(() => B.concat([B.from('a')], -1)));
console.log(B.compare(B.from('a'), B.from('b')), B.compare(B.from('b'), B.from('a')), B.compare(B.from('a'), B.from('a')), B.compare(B.from('a'), B.from('ab')));
console.log(tryIt(() => B.compare('a', B.from('a'))), tryIt(() => B.compare(B.from('a'), 1)));
const abc = B.from('abcdef');
console.log(abc.compare(B.from('abc')), abc.compare(B.from('bcd'), 0, 3, 1, 4), abc.compare(B.from('zzz'), 1, 1), abc.compare(B.from('x'), 0, 1, 2, 2));
console.log(tryIt(() => abc.compare(B.from('x'), -1)), tryIt(() => abc.compare(B.from('x'), 0, 5)), tryIt(() => abc.compare('x')));
console.log(abc.equals(B.from('abcdef')), abc.equals(new Uint8Array([97])), tryIt(() => abc.equals('abc')));

// Buffer() and SlowBuffer, isBuffer, instanceof.
console.log(SlowBuffer(3), SlowBuffer(2) instanceof B, B.isBuffer(new Uint8Array(1)), B.isBuffer(B.alloc(1)), B.alloc(1) instanceof Uint8Array);
console.log(Object.getPrototypeOf(B.prototype) === Uint8Array.prototype, Object.getPrototypeOf(B) === Uint8Array, B.prototype.constructor === B);
console.log(B.from([1, 2]).map((x) => x * 2), B.from([1, 2, 3]).filter((x) => x > 1).constructor.name, B[Symbol.species].name);
console.log(B.name, B.length, B.from('x').parent === B.from('x').buffer, typeof B.prototype.offset);

// slice/subarray share memory.
const s = B.from('hello');
const sub = s.subarray(1, 3);
sub[0] = 69;
console.log(s, sub, s.slice(-2), s.slice(2, 1), s.slice('1', '3'), s.subarray(NaN, 2), s.slice(1.9, 100));
