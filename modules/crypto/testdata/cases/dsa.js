// DSA keys: import/export, details, sign/verify (der and ieee-p1363),
// generation.
'use strict';
const c = require('crypto');
const { pub: pubPem, priv: privPem } = require('./dsa.json');
const pub = c.createPublicKey(pubPem);
console.log(pub.asymmetricKeyType, pub.asymmetricKeyDetails, pub.export({ type: 'spki', format: 'pem' }) === pubPem);
const priv = c.createPrivateKey(privPem);
console.log(priv.asymmetricKeyDetails, priv.export({ type: 'pkcs8', format: 'pem' }) === privPem);
console.log(c.createPublicKey(priv).equals(pub), priv.equals(c.createPrivateKey(privPem)));
const s = c.sign('sha256', Buffer.from('x'), priv);
console.log(s.length > 60, c.verify('sha256', Buffer.from('x'), pub, s), c.verify('sha256', Buffer.from('y'), pub, s));
const s2 = c.sign('sha256', Buffer.from('x'), { key: priv, dsaEncoding: 'ieee-p1363' });
console.log(s2.length, c.verify('sha256', Buffer.from('x'), { key: pub, dsaEncoding: 'ieee-p1363' }, s2));
console.log(c.createVerify('sha1').update('x').verify(pubPem, c.createSign('sha1').update('x').sign(privPem)));
try { pub.export({ format: 'jwk' }); } catch (e) { console.log(e.code); }
const k = c.generateKeyPairSync('dsa', { modulusLength: 1024, divisorLength: 160 });
console.log(k.privateKey.asymmetricKeyDetails, k.publicKey.asymmetricKeyType);
