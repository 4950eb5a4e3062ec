'use strict';
const tryIt = (f) => { try { return f(); } catch (e) { return `${e.name} ${e.code} ${e.message}`; } };
const b = Buffer.from([0x01, 0x82, 0xff, 0x7f, 0x80, 0x00, 0xfe, 0x10, 0x20, 0x30]);
for (const m of ['readUInt8', 'readInt8', 'readUInt16LE', 'readUInt16BE', 'readInt16LE', 'readInt16BE', 'readUInt32LE',
  'readUInt32BE', 'readInt32LE', 'readInt32BE', 'readFloatLE', 'readFloatBE', 'readDoubleLE', 'readDoubleBE',
  'readBigUInt64LE', 'readBigUInt64BE', 'readBigInt64LE', 'readBigInt64BE', 'readUint8', 'readUint16LE', 'readBigUint64LE']) {
  console.log(m, b[m](0), b[m](1), b[m].name, tryIt(() => b[m](9)), tryIt(() => b[m](-1)), tryIt(() => b[m](1.5)), tryIt(() => b[m]('1')));
}
for (let n = 1; n <= 6; n++) {
  console.log(n, b.readUIntLE(1, n), b.readUIntBE(1, n), b.readIntLE(1, n), b.readIntBE(1, n), b.readUintLE(0, n));
}
console.log(tryIt(() => b.readUIntLE(0, 7)), tryIt(() => b.readIntBE(0)), tryIt(() => b.readUIntLE(0, 0)), tryIt(() => b.readUIntBE(8, 3)));
console.log(tryIt(() => b.readIntLE(0, 2.5)), tryIt(() => b.readUIntLE(undefined, 2)), b.readUInt8(), b.readUInt16LE());
console.log(tryIt(() => Buffer.alloc(0).readUInt8(0)), tryIt(() => Buffer.alloc(1).readUInt32LE(0)), tryIt(() => Buffer.alloc(3).readBigInt64LE()));

const w = Buffer.alloc(12);
const log = (label, r) => console.log(label, r, w.toString('hex'));
log('u8', w.writeUInt8(255, 0));
log('i8', w.writeInt8(-2, 1));
log('u16le', w.writeUInt16LE(0xabcd, 2));
log('u16be', w.writeUInt16BE(0xabcd, 4));
log('i16le', w.writeInt16LE(-2, 6));
log('i16be', w.writeInt16BE(-300, 8));
log('u32le', w.writeUInt32LE(0xdeadbeef, 0));
log('u32be', w.writeUInt32BE(0xdeadbeef, 4));
log('i32le', w.writeInt32LE(-123456, 8));
log('i32be', w.writeInt32BE(-1, 0));
log('floatle', w.writeFloatLE(1.5, 0));
log('floatbe', w.writeFloatBE(-0.1, 4));
log('doublele', w.writeDoubleLE(Math.PI, 0));
log('doublebe', w.writeDoubleBE(-Infinity, 4));
log('nan', w.writeDoubleLE(NaN, 0) + w.writeFloatBE(NaN, 8));
log('bigle', w.writeBigInt64LE(-5n, 0));
log('bigbe', w.writeBigUInt64BE(0x0102030405060708n, 4));
log('uint alias', w.writeUint16BE(1, 0) + w.writeUint32LE(2, 2) + w.writeUint8(3, 6) + w.writeBigUint64LE(4n, 4));
for (let n = 1; n <= 6; n++) {
  log(`uintle${n}`, w.writeUIntLE(0x123456789abc % 2 ** (8 * n), 0, n));
  log(`uintbe${n}`, w.writeUIntBE(0x123456789abc % 2 ** (8 * n), 6, n));
  log(`intle${n}`, w.writeIntLE(-(2 ** (8 * n - 1)), 0, n));
  log(`intbe${n}`, w.writeIntBE(2 ** (8 * n - 1) - 1, 6, n));
}
console.log(w.writeUInt8(1.9, 0), w[0], w.writeInt8(-1.5, 0), w[0], w.writeUInt16LE('258', 0), w[0], w[1]);
for (const f of [
  () => w.writeUInt8(256), () => w.writeInt8(-129), () => w.writeUInt16LE(65536), () => w.writeInt16BE(40000),
  () => w.writeUInt32LE(-1), () => w.writeInt32LE(2 ** 31), () => w.writeUIntLE(2 ** 40, 0, 5), () => w.writeIntBE(-(2 ** 47) - 1, 0, 6),
  () => w.writeUIntLE(1, 0, 7), () => w.writeUInt32LE(1, 9), () => w.writeDoubleLE(1, 5), () => w.writeFloatLE(1, -1),
  () => w.writeBigInt64LE(2n ** 63n), () => w.writeBigUInt64LE(-1n), () => w.writeBigInt64LE(1), () => w.writeBigUInt64BE(1n, 5),
  () => w.writeUInt8(1, 'x'), () => w.writeUInt16BE(1, 1.5), () => w.writeUInt8(1, 12), () => w.writeIntLE(1, 0),
]) {
  console.log(tryIt(f));
}
const bb = Buffer.alloc(8);
for (const v of [0, 1, -1, 0.5, 1e-40, 3.4e38, 1e39, -0]) {
  bb.writeFloatLE(v, 0);
  bb.writeDoubleBE(v, 0);
  console.log(v, bb.toString('hex'), bb.readDoubleBE(0), bb.writeFloatLE(v, 0), bb.readFloatLE(0));
}
