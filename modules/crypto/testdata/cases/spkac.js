// The legacy Certificate class over an SPKAC made by `openssl spkac`
// (RSA, MD5 signature).
'use strict';
const { Certificate } = require('crypto');
const { spkac } = require('./spkac.json');
console.log(Certificate.verifySpkac(Buffer.from(spkac)), Certificate.exportChallenge(spkac).toString(),
  Certificate.exportPublicKey(spkac).toString());
const c = new Certificate();
console.log(c.verifySpkac(Buffer.from(spkac)), typeof Certificate, Certificate());
console.log(Certificate.verifySpkac(Buffer.from('bad')), JSON.stringify(Certificate.exportChallenge(Buffer.from('bad'))),
  JSON.stringify(Certificate.exportPublicKey('bad')));
for (const f of [() => Certificate.verifySpkac(1), () => Certificate.exportChallenge(1)]) {
  try { f(); } catch (e) { console.log(e.code, e.message); }
}
const t = Buffer.from(spkac);
t[60] ^= 1;
console.log(Certificate.verifySpkac(t));
