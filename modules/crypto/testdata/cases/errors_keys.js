// Argument errors of the key, sign, DH and KDF APIs, as node words them.
'use strict';
const c = require('crypto');
const fns = [
  () => c.createSecretKey(1), () => c.createSecretKey(Buffer.alloc(0)).symmetricKeySize, () => c.createPublicKey(1), () => c.createPrivateKey(1),
  () => c.createPublicKey({ key: 1 }), () => c.createPrivateKey({ key: 'x', format: 'nope' }), () => c.createPublicKey({ key: Buffer.alloc(3), format: 'der' }),
  () => c.KeyObject.from(1), () => new c.KeyObject('nope'), () => c.createSecretKey(Buffer.from('a')).export({ format: 'nope' }),
  () => c.createSecretKey(Buffer.from('a')).equals(1), () => c.sign('sha256', 1, 'k'), () => c.verify('sha256', Buffer.alloc(1), 'k', 1),
  () => c.publicEncrypt(1, Buffer.alloc(1)), () => c.diffieHellman(1), () => c.diffieHellman({ privateKey: 1 }),
  () => c.generateKeySync('hmac', { length: 7 }), () => c.generateKeySync('hmac'), () => c.generateKey('hmac', { length: 8 }),
  () => c.createECDH(1), () => c.createSign(1), () => c.createHmac('sha1', 'k').update('x').digest('nope'),
  () => c.getCipherInfo(1.5), () => c.createCipheriv('aes-128-gcm', Buffer.alloc(16), Buffer.alloc(12), { authTagLength: 'x' }),
  () => c.scryptSync('a', 'b', 10, { N: 'x' }), () => c.hkdfSync('sha256', 'a', 'b', 'c', -1), () => c.randomInt(1, 'x'),
];
for (const f of fns) { try { const r = f(); console.log('ok', typeof r === 'object' ? Object.prototype.toString.call(r) : r); } catch (e) { console.log(e.name, e.code, e.message); } }
