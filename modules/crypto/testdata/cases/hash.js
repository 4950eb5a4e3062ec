// Known-answer digests for every algorithm and alias, encodings, copy(),
// Hash and Hmac as streams.
'use strict';
const crypto = require('crypto');
for (const a of ['md5', 'sha1', 'sha224', 'sha256', 'sha384', 'sha512', 'sha512-224', 'sha512-256',
  'SHA256', 'RSA-SHA1', 'sha256WithRSAEncryption', 'sha3-224', 'sha3-256', 'sha3-384', 'sha3-512',
  'ripemd160', 'rmd160', 'blake2b512', 'blake2s256', 'shake128', 'shake256']) {
  console.log(a, crypto.createHash(a).update('hello').update(Buffer.from(' world')).digest('hex'));
}
console.log(crypto.createHash('shake128', { outputLength: 5 }).update('x').digest('hex'));
console.log(crypto.createHash('shake256', { outputLength: 0 }).digest('hex'));
console.log(crypto.createHash('sha256', { outputLength: 32 }).digest('hex'));
for (const enc of ['hex', 'base64', 'base64url', 'latin1', 'binary', 'buffer', 'bogus', undefined]) {
  console.log(enc, crypto.createHash('sha1').update('abc').digest(enc));
}
console.log(crypto.createHash('sha256').update('aGVsbG8=', 'base64').digest('hex'));
console.log(crypto.createHash('sha256').update('68656c6c6f', 'hex').digest('hex'));
console.log(crypto.createHash('sha256').update('héllo €', 'utf8').digest('hex'));
console.log(crypto.createHash('sha256').update('héllo', 'latin1').digest('hex'));
console.log(crypto.createHash('sha256').update('x', 'bogus').digest('hex'));
console.log(crypto.createHash('sha256').update(new Uint16Array([1, 2, 3])).digest('hex'));
console.log(crypto.createHash('sha256').update(new DataView(new ArrayBuffer(4))).digest('hex'));
const h = crypto.createHash('sha256').update('a');
const h2 = h.copy();
h2.update('b');
console.log(h.digest('hex'), h2.digest('hex'));
console.log(crypto.createHash('shake256').update('a').copy({ outputLength: 4 }).digest('hex'));
console.log(crypto.createHmac('sha256', 'key').update('data').digest('hex'));
console.log(crypto.createHmac('sha1', Buffer.alloc(100, 1)).update('data').digest('base64'));
console.log(crypto.createHmac('md5', crypto.createSecretKey(Buffer.from('k'))).update('d').digest('hex'));
console.log(crypto.createHmac('sha512', '').digest('hex').length);
const mac = crypto.createHmac('sha256', 'k');
mac.digest();
console.log(JSON.stringify(mac.digest('hex')), mac.digest());
console.log(crypto.Hash('md5').update('x').digest('hex'), crypto.createHash('md5') instanceof crypto.Hash);
console.log(crypto.createHash('md5') instanceof require('stream').Transform);
console.log(crypto.getHashes().length > 20, crypto.getHashes().includes('sha256'));

const hs = crypto.createHash('sha256');
hs.on('data', (d) => console.log('stream', d.toString('hex')));
hs.write('ab');
hs.end('c');
const ms = crypto.createHmac('sha1', 'k');
ms.setEncoding('hex');
ms.on('data', (d) => console.log('hmac stream', d));
ms.end('hello');
console.log(crypto.hash('sha1', 'abc'), crypto.hash('sha256', Buffer.from('abc'), 'base64'), crypto.hash('md5', 'x', 'buffer'));
for (const f of [() => crypto.hash(1, 'a'), () => crypto.hash('sha1', 1), () => crypto.hash('sha1', 'a', 1),
  () => crypto.hash('nope', 'a'), () => crypto.hash('sha1', 'a', 'bogus')]) {
  try { f(); } catch (e) { console.log(e.name, e.code, e.message); }
}
