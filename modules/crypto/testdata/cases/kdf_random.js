// PBKDF2, HKDF and scrypt known answers (sync and async), random shapes.
'use strict';
const crypto = require('crypto');
console.log(crypto.pbkdf2Sync('password', 'salt', 1, 20, 'sha1').toString('hex'));
console.log(crypto.pbkdf2Sync('password', 'salt', 4096, 32, 'sha256').toString('hex'));
console.log(crypto.pbkdf2Sync(Buffer.from('pw'), new Uint8Array([1, 2]), 10, 64, 'sha512').toString('base64'));
console.log(crypto.pbkdf2Sync('pw', 'salt', 1, 0, 'sha1'));
console.log(Buffer.from(crypto.hkdfSync('sha256', 'ikm', 'salt', 'info', 42)).toString('hex'));
console.log(crypto.hkdfSync('sha512', crypto.createSecretKey(Buffer.from('k')), '', '', 10));
console.log(crypto.scryptSync('password', 'salt', 32).toString('hex'));
console.log(crypto.scryptSync('pw', 'salt', 16, { N: 1024, r: 4, p: 2 }).toString('hex'));
console.log(crypto.scryptSync('pw', 'salt', 16, { cost: 16, blockSize: 1, parallelization: 1 }).toString('hex'));
crypto.pbkdf2('pw', 'salt', 1, 16, 'sha1', (err, key) => {
  console.log('pbkdf2', err, key.toString('hex'));
  crypto.scrypt('pw', 'salt', 16, { N: 16 }, (err, key) => {
    console.log('scrypt', err, key.toString('hex'));
    crypto.hkdf('sha256', 'a', 'b', 'c', 10, (err, key) => {
      console.log('hkdf', err, key instanceof ArrayBuffer, Buffer.from(key).toString('hex'));
      crypto.randomBytes(7, (err, buf) => {
        console.log('randomBytes', err, buf.length);
        crypto.randomFill(new Uint16Array(4), 1, 2, (err, arr) => {
          console.log('randomFill', err, arr.length);
          crypto.randomInt(3, (err, n) => console.log('randomInt', err, n >= 0 && n < 3));
        });
      });
    });
  });
});
console.log(crypto.randomBytes(16).length, crypto.randomBytes(0).length);
const a = new Uint8Array(8);
crypto.randomFillSync(a, 4);
console.log(a.subarray(0, 4).join(','));
const dv = new DataView(new ArrayBuffer(6));
console.log(crypto.randomFillSync(dv, 2, 2) === dv);
let inRange = true;
for (let i = 0; i < 3000; i++) {
  const n = crypto.randomInt(-5, 5);
  if (n < -5 || n >= 5 || !Number.isInteger(n)) inRange = false;
}
console.log('randomInt in range', inRange);
console.log(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/.test(crypto.randomUUID()));
console.log(crypto.getRandomValues(new Uint8Array(4)).length, crypto.webcrypto.getRandomValues(new Int32Array(2)).length);
console.log(crypto.timingSafeEqual(Buffer.from('abc'), Buffer.from('abc')),
  crypto.timingSafeEqual(Buffer.from('abc'), Buffer.from('abd')));
console.log(crypto.constants.RSA_PKCS1_OAEP_PADDING, crypto.getFips(), typeof crypto.subtle);
