// Encrypted PKCS#1/SEC1 PEM (OpenSSL's legacy encryption) round trips.
'use strict';
const c = require('crypto');
const pems = require('./keys.json');
const rsa = c.createPrivateKey(pems.rsa);
const e = rsa.export({ type: 'pkcs1', format: 'pem', cipher: 'aes-256-cbc', passphrase: 'top secret' });
console.log(e.split('\n').slice(0, 3).map((l) => l.replace(/,[0-9A-F]+$/, ',IV')));
console.log(c.createPrivateKey({ key: e, passphrase: 'top secret' }).equals(rsa));
const ec = c.createPrivateKey(pems.ec);
const e2 = ec.export({ type: 'sec1', format: 'pem', cipher: 'des-ede3-cbc', passphrase: 'x' });
console.log(e2.split('\n')[2].replace(/,[0-9A-F]+$/, ',IV'), c.createPrivateKey({ key: e2, passphrase: 'x' }).equals(ec));
try { ec.export({ type: 'sec1', format: 'der', cipher: 'aes-128-cbc', passphrase: 'x' }) } catch (err) { console.log(err.code, err.message) }
try { c.createPrivateKey({ key: e, passphrase: 'wrong' }) } catch (err) { console.log(err.code, err.message) }
try { c.createPrivateKey(e) } catch (err) { console.log(err.code, err.message) }
{
  // Encrypted PKCS#8 DER.
  const rsa = c.createPrivateKey(pems.rsa);
  const der = rsa.export({ type: 'pkcs8', format: 'der', cipher: 'aes-128-cbc', passphrase: 'pw' });
  console.log(c.createPrivateKey({ key: der, format: 'der', type: 'pkcs8', passphrase: 'pw' }).equals(rsa));
  for (const p of ['bad', undefined]) try { c.createPrivateKey({ key: der, format: 'der', type: 'pkcs8', passphrase: p }) } catch (e) { console.log(e.code, e.message) }
}
