// X509Certificate on a self-signed certificate (made with openssl) with
// subjectAltName, extended key usage and authority info access.
'use strict';
const crypto = require('crypto');
const { cert, key } = require('./x509.json');
const x = new crypto.X509Certificate(cert);
console.log(x);
for (const k of ['subject', 'issuer', 'subjectAltName', 'infoAccess', 'validFrom', 'validTo', 'fingerprint',
  'fingerprint256', 'fingerprint512', 'serialNumber', 'ca', 'keyUsage', 'issuerCertificate']) {
  console.log(k, JSON.stringify(x[k]));
}
console.log(x.publicKey.asymmetricKeyType, x.publicKey === x.publicKey, x.raw.length, x.toString() === cert, x.toJSON() === cert);
console.log(x.checkHost('gorun.example'), x.checkHost('a.gorun.example'), x.checkHost('a.b.gorun.example'), x.checkHost('other'));
console.log(x.checkEmail('a@gorun.example'), x.checkEmail('b@gorun.example'), x.checkIP('10.0.0.1'), x.checkIP('10.0.0.2'));
console.log(x.checkIssued(x), x.verify(x.publicKey), x.checkPrivateKey(crypto.createPrivateKey(key)));
console.log(new crypto.X509Certificate(x.raw).fingerprint === x.fingerprint, Object.keys(x));
for (const f of [() => new crypto.X509Certificate(1), () => new crypto.X509Certificate('garbage'), () => x.checkHost(1),
  () => x.verify(1), () => x.checkIssued(1), () => x.checkPrivateKey(x.publicKey)]) {
  try { f(); } catch (e) { console.log(e.name, e.code, e.message); }
}
